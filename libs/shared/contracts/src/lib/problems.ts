/**
 * What an error answer says as data: every 4xx (and 5xx) body carries `problems`, each naming the field (null
 * for the request as a whole), a code from this closed set and the code's parameters. Clients translate the
 * code; `message` stays English for people reading logs. One code per rule, named after the rule.
 */
export const PROBLEM_CODES = [
  // A field's value: the request's validation rules.
  /** Missing, null where a value is needed, or empty. */
  'required',
  /** `{ max }` characters at most. */
  'too_long',
  /** `{ min }` characters at least. */
  'too_short',
  'not_string',
  'not_boolean',
  /** A whole number is needed. */
  'not_integer',
  'not_number',
  'not_array',
  'not_object',
  /** `{ min }` at least. */
  'too_small',
  /** `{ max }` at most. */
  'too_large',
  /** A list with more than `{ max }` entries. */
  'too_many_items',
  /** A list names the same entry twice. */
  'duplicate_items',
  'invalid_email',
  /** Not a calendar date in the form YYYY-MM-DD (years 1900–2999). */
  'invalid_date',
  /** The text does not have the form the field needs (e.g. a colour as #rrggbb). */
  'invalid_format',
  /** Not an absolute http or https address. */
  'invalid_url',
  /** Not an id of this API (ids are UUIDs). */
  'invalid_id',
  /** Text with NUL characters or that is not well-formed Unicode. */
  'invalid_text',
  /** JSON nested more than `{ max }` levels deep. */
  'nesting_too_deep',
  /** One of `{ allowed }` is needed. */
  'not_allowed_value',
  /** The request has a field the operation does not know. */
  'unknown_field',
  /** Any other rule of a field's value. */
  'invalid_value',
  /** The request cannot be read: malformed JSON or URL. */
  'malformed_request',

  // Rules between fields and between records.
  /** An end date before its start: `{ other }` names the start field. */
  'date_before_start',
  /** A period longer than `{ max }` years. */
  'period_too_long',
  /** A date after today where only past dates make sense. */
  'date_in_future',
  /** A reporting date to compare with must lie before the other one: `{ other }` names it. */
  'not_earlier',
  /** An id that names no record of the kind the field needs. */
  'unknown_reference',
  /** The lead actor is also listed as a partner. */
  'lead_is_partner',
  /** No such record, route or file (or not visible to the caller). */
  'not_found',
  /** There is nothing earlier to compare with. */
  'nothing_to_compare',
  /** Another record of this kind has the same name. */
  'duplicate_name',
  /** Another account has this e-mail address. */
  'duplicate_email',
  /** Another indicator has this code (codes are compared ignoring case). */
  'duplicate_code',
  /** The record is still used by `{ count }` others (a meeting body named by meetings) and cannot be deleted. */
  'in_use',
  /** The record already has its one linked record (a meeting its reporting date). */
  'already_linked',

  // The measure lifecycle.
  /** A status change `{ from, to }` the lifecycle does not allow; `{ allowed }` lists the next statuses. */
  'illegal_transition',
  /** A change to `{ status }` needs a note with the reason. */
  'note_required',

  // Optimistic locking.
  /** Someone saved in between: `{ current }` is the version now stored. */
  'version_mismatch',
  'if_match_required',
  'if_match_malformed',

  // Sign-in and rights.
  'sign_in_required',
  'wrong_credentials',
  /** The API token is unknown or revoked. */
  'token_invalid',
  /** Only a password sign-in (a session), not an API token, may do this. */
  'session_required',
  'csrf_token_invalid',
  /** The caller's role may not do this. */
  'forbidden_role',
  /** An editor with an actor changes only measures in which that actor is lead or partner. */
  'not_lead_or_partner',
  /** Only the lead actor's editors change the lead actor or remove partners. */
  'lead_actor_only',
  /** An editor with an actor changes only indicators that actor is responsible for, and stays responsible. */
  'not_responsible_actor',
  /** Only the author may change this. */
  'author_only',
  /** Changes are possible only `{ minutes }` after writing. */
  'edit_window_closed',
  /** Administrators cannot deactivate or demote their own account. */
  'self_lockout',
  'current_password_wrong',
  /** Too many failed sign-ins from this address at this account (or at many accounts): wait `{ seconds }`. */
  'sign_in_throttled',
  /** The password is one of the most common passwords. */
  'password_too_common',
  /** The password contains the user's e-mail address or name. */
  'password_contains_personal_data',
  /** Signing in with a password is turned off (PASSWORD_LOGIN=off): single sign-on only. */
  'password_login_off',
  /** Only administrators sign in with a password (PASSWORD_LOGIN=admins); everyone else uses single sign-on. */
  'password_login_admins_only',
  /** The account signs in through the identity provider and has no password here. */
  'single_sign_on_account',

  // Files of the import and their cells.
  /** No file was sent in the multipart field `file`, or in another field. */
  'file_missing',
  'file_empty',
  /** Neither a .csv nor an .xlsx file. */
  'file_type_unsupported',
  /** The file's name says one type, its content another. */
  'file_type_mismatch',
  'file_unreadable',
  /** The first row of the file names no columns. */
  'header_missing',
  /** More than `{ max }` data rows. */
  'too_many_rows',
  /** The first row names more than `{ max }` columns. */
  'too_many_columns',
  'unknown_column',
  'duplicate_column',
  /** The file or row needs the column `{ column }`. */
  'column_required',
  /** The same ID as row `{ row }`. */
  'duplicate_id',
  /** The same entry (an indicator and date) as row `{ row }`. */
  'duplicate_entry',
  /** The cell lost characters to `?` or U+FFFD: the file was saved as Windows-1252 instead of UTF-8. */
  'characters_lost',
  /** An Excel cell with an error value or a formula without a stored result. */
  'cell_without_value',
  /** Neither yes nor no. */
  'not_yes_no',

  // Limits of the service.
  /** The body or file is larger than `{ max }` bytes (when known). */
  'payload_too_large',
  'unsupported_media_type',
  /** The request's headers are larger than the server reads. */
  'headers_too_large',
  /** The request did not arrive in time. */
  'request_timeout',
  'rate_limited',
  /** An import of the same user is still running; one at a time. */
  'import_in_progress',
  /** A page has `{ max }` entries at most. */
  'page_limit',

  // Anything else.
  'method_not_allowed',
  'request_failed',
  'internal_error',
  'service_unavailable',
] as const;

export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** Parameters of a problem, e.g. `{ max: 200 }` for `too_long`; lists are lists of strings. */
export type ProblemParams = Record<string, string | number | boolean | null | readonly string[]>;

/** One problem of a request. */
export interface Problem {
  /** The field in the request's names (nested ones as `contact.email`), or null for the request as a whole. */
  field: string | null;
  code: ProblemCode;
  params: ProblemParams;
}

export function isProblemCode(value: unknown): value is ProblemCode {
  return typeof value === 'string' && (PROBLEM_CODES as readonly string[]).includes(value);
}
