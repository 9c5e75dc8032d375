import { HttpErrorResponse } from '@angular/common/http';

/** One problem the API named in a 400 answer, as far as the dashboard understands it. */
export interface ApiProblem {
  /** The field the message names (the first word, e.g. `title` or `contact.email`), if it is one of `fields`. */
  readonly field: string | null;
  /** The message as the API wrote it (English). */
  readonly message: string;
  /** A translation key for common messages, with its parameters; null when only the raw message is known. */
  readonly key: string | null;
  readonly params: Readonly<Record<string, string>>;
}

/** The messages of an API error body: `message` is a string or a list of strings. */
export function apiMessages(error: unknown): string[] {
  if (!(error instanceof HttpErrorResponse)) {
    return [];
  }
  const message = (error.error as { message?: unknown } | null)?.message;
  if (typeof message === 'string') {
    return [message];
  }
  return Array.isArray(message) ? message.filter((item): item is string => typeof item === 'string') : [];
}

const PATTERNS: readonly { readonly pattern: RegExp; readonly key: string; readonly names: readonly string[] }[] = [
  { pattern: /must be shorter than or equal to (\d+) characters/, key: 'tooLong', names: ['max'] },
  { pattern: /should not be empty|must not be empty/, key: 'required', names: [] },
  { pattern: /must not be before (\w+)/, key: 'beforeOther', names: ['other'] },
  { pattern: /must not be greater than (\d+)/, key: 'max', names: ['max'] },
  { pattern: /must not be less than (-?\d+)/, key: 'min', names: ['min'] },
  { pattern: /must be an integer/, key: 'integer', names: [] },
  { pattern: /must be an email/, key: 'email', names: [] },
  { pattern: /must be a (valid )?(ISO|calendar)/i, key: 'date', names: [] },
  { pattern: /must be the id of an existing|must all be ids of existing/, key: 'unknownReference', names: [] },
  { pattern: /must not contain the lead actor/, key: 'leadIsPartner', names: [] },
  { pattern: /a reason is required/, key: 'required', names: [] },
];

/** Splits the API's messages by the field they name; `fields` are the field names the caller can show. */
export function apiProblems(error: unknown, fields: readonly string[]): ApiProblem[] {
  return apiMessages(error).map((message) => {
    const first = message.split(/[\s:]/, 1)[0] ?? '';
    // `guidelineIds.0 must be ...` and `contact.email must be ...` both belong to a field of the form.
    const candidates = [first, first.replace(/\.\d+$/, ''), first.split('.')[0] ?? ''];
    const field = candidates.find((candidate) => fields.includes(candidate)) ?? null;
    for (const { pattern, key, names } of PATTERNS) {
      const match = pattern.exec(message);
      if (match) {
        const values = match.slice(1).filter((value) => value !== undefined && !/^(valid |ISO|calendar)/i.test(value));
        const params = Object.fromEntries(names.map((name, index) => [name, values[index] ?? '']));
        return { field, message, key, params };
      }
    }
    return { field, message, key: null, params: {} };
  });
}
