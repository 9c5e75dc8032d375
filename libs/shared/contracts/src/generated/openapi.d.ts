// Generated from the API's OpenAPI document by openapi-typescript: do not edit. Regenerate with `npm run openapi:types`;
// `npm test` fails while this file differs from what the API documents.
export interface paths {
  '/api/v1/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Audit entries, newest first. */
    get: operations['AuditController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Signs in: the user, an HttpOnly session cookie and the readable XSRF-TOKEN cookie. */
    post: operations['AuthController_login'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Ends the session on the server at once: 204, or 200 with `redirectTo` for a session that came from single
     *     sign-on when the provider offers RP-initiated logout — the browser goes there to end the provider's session too.
     */
    post: operations['AuthController_logout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in user. */
    get: operations['AuthController_me'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Changes one's own password; every other session of the account ends. */
    post: operations['AuthController_changePassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/tokens': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One's own API tokens (without the tokens themselves). */
    get: operations['AuthController_listTokens'];
    put?: never;
    /** Creates a personal API token; the answer is the only time the token is shown. */
    post: operations['AuthController_createToken'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/tokens/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Revokes one of one's own API tokens at once. */
    delete: operations['AuthController_revokeToken'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The user accounts (administrators). */
    get: operations['UsersController_list'];
    put?: never;
    /** Creates a user account. */
    post: operations['UsersController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Name, role, actor and `active`; deactivating ends the user's sessions at once. */
    patch: operations['UsersController_update'];
    trace?: never;
  };
  '/api/v1/users/{id}/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sets a new password for the user and ends their sessions. */
    post: operations['UsersController_resetPassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/providers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What the sign-in page offers: password sign-in (all, administrators only, off) and single sign-on. */
    get: operations['OidcController_providers'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/oidc/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Starts single sign-on: 302 to the provider (authorization code flow with PKCE, `state` and `nonce`), or to
     *     `/login?sso=unavailable` when the provider cannot be reached. `returnTo` is a page of the dashboard to go to
     *     afterwards; anything else (another site, `/api/…`) is ignored.
     */
    get: operations['OidcController_login'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/oidc/callback': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The provider's answer. Success: a session (cookies as after a password sign-in) and 302 to `returnTo`. Any
     *     failure — wrong or replayed `state`, a code used twice, wrong nonce, an ID token of another issuer or audience,
     *     the provider down, no mapped role, a deactivated account — 302 to `/login?sso=<reason>` without a session.
     */
    get: operations['OidcController_callback'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Answers 200 only when the database answers and takes writes, so a load balancer can take a broken instance
     *     out — also one that stopped writing because its write-ahead log could not be synced (it needs a restart).
     */
    get: operations['HealthController_check'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/fields-of-action': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The fields of action, in the Leitbild's order. */
    get: operations['FieldsOfActionController_list'];
    put?: never;
    /** Adds a field of action (administrators). */
    post: operations['FieldsOfActionController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/fields-of-action/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One field of action. */
    get: operations['FieldsOfActionController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Renames or describes a field of action (administrators). */
    patch: operations['FieldsOfActionController_update'];
    trace?: never;
  };
  '/api/v1/guidelines': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The Leitbild: sections with their guideline statements. */
    get: operations['GuidelinesController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/actors': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Responsible bodies, filtered by name (`q`) and type. */
    get: operations['ActorsController_list'];
    put?: never;
    /** Adds an actor (administrators). */
    post: operations['ActorsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/actors/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One actor. */
    get: operations['ActorsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Renames an actor or changes its type (administrators). */
    patch: operations['ActorsController_update'];
    trace?: never;
  };
  '/api/v1/measures/statuses': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The status lifecycle: for each status the statuses it may change to, and whether a reason is needed. */
    get: operations['MeasuresController_statuses'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/measures': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The register: filtered, sorted, paged. */
    get: operations['MeasuresController_list'];
    put?: never;
    /** Creates a measure; it starts as `proposed`. */
    post: operations['MeasuresController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/measures/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One measure, with its version as `ETag`. */
    get: operations['MeasuresController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Edits fields; the status changes only through `POST /measures/:id/status`. */
    patch: operations['MeasuresController_update'];
    trace?: never;
  };
  '/api/v1/measures/{id}/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Changes the status along the lifecycle (`GET /measures/statuses`); `on_hold` and `rejected` need a note. */
    post: operations['MeasuresController_changeStatus'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/measures/{id}/progress': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A dated progress note, optionally with a new progress value. */
    post: operations['MeasuresController_addProgressUpdate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/measures/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every change of the measure, newest first, with who, when (UTC) and old → new. */
    get: operations['MeasuresController_history'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/indicators/values/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Import indicator values from a CSV or Excel file
     * @description Each row enters (or corrects) the value of an indicator at a date, through the same rules as PUT /indicators/{id}/values/{date} without If-Match: rights per indicator (editors of an actor only for the indicators it is responsible for), history, audit, state. `dry-run` reports row by row what would happen and every error; `commit` writes all rows in one transaction, or nothing when any row has an error (422, same body). `errors` lists the first 200 errors by row, `errorCount` counts them all. CSV: `;` or `,`, UTF-8 (with or without BOM) or Windows-1252. At most 5 MB, 20000 rows and 64 columns; one import per user at a time (429 `import_in_progress`). Columns (German headers, first row): Code (of the indicator), Kennzahl (its name, for orientation; not read), Datum (31.12.2024 or 2024-12-31), Wert (12,5 — in CSV files also 1.234 for 1234 — or 12.5), Anmerkung (optional; an empty cell clears the note, a file without the column keeps it).
     */
    post: operations['IndicatorValuesTransferController_import'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/indicators/values/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Every value of every indicator as CSV or Excel: the template of the import
     * @description One row per value, by code and date. CSV with `;`, decimal commas and UTF-8 BOM as German Excel opens it; xlsx with number and date cells. Columns (German headers, first row): Code (of the indicator), Kennzahl (its name, for orientation; not read), Datum (31.12.2024 or 2024-12-31), Wert (12,5 — in CSV files also 1.234 for 1234 — or 12.5), Anmerkung (optional; an empty cell clears the note, a file without the column keeps it).
     */
    get: operations['IndicatorValuesTransferController_export'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/indicators': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The indicators, filtered, sorted and paged
     * @description Baseline: the value at `baselineDate`, else the earliest value. Latest: the value with the latest date. Final goal: the goal with the latest date. Goal line: straight lines from the baseline through every goal dated after it, flat at the final goal beyond the last one. `progress` = (latest − baseline) / (finalGoal − baseline) in percent, bounded to 0–100, one decimal (100 when baseline and final goal are equal and the latest value meets it). State: `no_data` without a value dated after the baseline or without a goal (progress null); else `reached` when the latest value meets the final goal (≥ for increase, ≤ for decrease); else `on_track` when it is at or beyond the goal line at its date; else `off_track`.
     */
    get: operations['IndicatorsController_list'];
    put?: never;
    /**
     * Creates an indicator
     * @description Staff write: administrators every indicator, editors of an actor those it is responsible for (else 403 `not_responsible_actor`), editors without an actor every one.
     */
    post: operations['IndicatorsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/indicators/summary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Per field of action, how many indicators are on track, off track, reached or without data. */
    get: operations['IndicatorsController_summary'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/indicators/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One indicator
     * @description Baseline: the value at `baselineDate`, else the earliest value. Latest: the value with the latest date. Final goal: the goal with the latest date. Goal line: straight lines from the baseline through every goal dated after it, flat at the final goal beyond the last one. `progress` = (latest − baseline) / (finalGoal − baseline) in percent, bounded to 0–100, one decimal (100 when baseline and final goal are equal and the latest value meets it). State: `no_data` without a value dated after the baseline or without a goal (progress null); else `reached` when the latest value meets the final goal (≥ for increase, ≤ for decrease); else `on_track` when it is at or beyond the goal line at its date; else `off_track`.
     */
    get: operations['IndicatorsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Changes an indicator’s fields, links or baseline
     * @description Staff write: administrators every indicator, editors of an actor those it is responsible for (else 403 `not_responsible_actor`), editors without an actor every one.
     */
    patch: operations['IndicatorsController_update'];
    trace?: never;
  };
  '/api/v1/indicators/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every change of the indicator, its values and goals, newest first; a corrected value keeps its old one here. */
    get: operations['IndicatorsController_history'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/indicators/{id}/values/{date}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Enters or corrects the value of a date
     * @description If-Match: the indicator's version. A correction keeps the old value in the history. Staff write: administrators every indicator, editors of an actor those it is responsible for (else 403 `not_responsible_actor`), editors without an actor every one.
     */
    put: operations['IndicatorsController_putValue'];
    post?: never;
    /**
     * Removes the value of a date
     * @description If-Match: the indicator's version. Staff write: administrators every indicator, editors of an actor those it is responsible for (else 403 `not_responsible_actor`), editors without an actor every one.
     */
    delete: operations['IndicatorsController_deleteValue'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/indicators/{id}/goals/{date}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Sets the goal of a date (an interim goal, or the final one: the latest)
     * @description If-Match: the indicator's version. Staff write: administrators every indicator, editors of an actor those it is responsible for (else 403 `not_responsible_actor`), editors without an actor every one.
     */
    put: operations['IndicatorsController_putGoal'];
    post?: never;
    /**
     * Removes the goal of a date
     * @description If-Match: the indicator's version. Staff write: administrators every indicator, editors of an actor those it is responsible for (else 403 `not_responsible_actor`), editors without an actor every one.
     */
    delete: operations['IndicatorsController_deleteGoal'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/measures/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Import measures from a CSV or Excel file
     * @description A row with an ID updates that measure (through the same rules as PATCH and the status change), a row without one creates a measure. `dry-run` reports row by row what would happen and every error; `commit` writes all rows in one transaction, or nothing when any row has an error (422, same body). `errors` lists the first 200 errors by row, `errorCount` counts them all. CSV: `;` or `,`, UTF-8 (with or without BOM) or Windows-1252; dates as 31.12.2027 or 2027-12-31. At most 5 MB, 20000 rows and 64 columns; an xlsx file may unpack to at most 100 MB. One import per user at a time: a second one while the first runs is refused with 429 (`import_in_progress`). Sent with `Prefer: respond-async` (as the import page does), the import runs as a job: the answer is `202` with `Location: /api/v1/imports/:jobId`, where the job shows its progress (rows done of rows in all) and, at the end, the body this answer would have had. Without the header the answer is synchronous, whatever the size of the file. Either way other requests are answered while an import runs. Columns (German headers, first row): ID, Version, Titel, Beschreibung, Handlungsfeld, Status, Statusbegründung, Fortschritt, Geplanter Beginn, Geplantes Ende, Tatsächlicher Beginn, Tatsächliches Ende, Federführung, Beteiligte, Leitsätze, Herkunft, Umsetzbarkeit, Begründung der Umsetzbarkeit, Öffentlich, Name der Ansprechperson, E-Mail der Ansprechperson, Drucksachen (council papers: `21-1234 https://…; 21-2000`).
     */
    post: operations['TransferController_import'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/measures/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The (filtered) register as CSV, Excel or JSON, in the import format
     * @description Accepts the filters and sort of GET /measures; every matching measure, no paging. CSV with `;` and UTF-8 BOM as German Excel opens it; text cells a spreadsheet would run as formulas get a leading apostrophe, which the import removes again. JSON: an array of objects keyed by the column headers. Columns (German headers, first row): ID, Version, Titel, Beschreibung, Handlungsfeld, Status, Statusbegründung, Fortschritt, Geplanter Beginn, Geplantes Ende, Tatsächlicher Beginn, Tatsächliches Ende, Federführung, Beteiligte, Leitsätze, Herkunft, Umsetzbarkeit, Begründung der Umsetzbarkeit, Öffentlich, Name der Ansprechperson, E-Mail der Ansprechperson, Drucksachen (council papers: `21-1234 https://…; 21-2000`).
     */
    get: operations['TransferController_export'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/imports/{jobId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The state and progress of an import that runs as a job
     * @description The address of the `Location` header of an import answered with `202`. While the job runs: `state` `queued` or `running` with `rowsDone` of `rowsTotal`; at the end `done` with `result`, the body the synchronous answer would have had (`statusCode` 200, or 422 for a commit refused for errors — nothing was written), or `failed` with its error body. Only the user who started the job sees it; jobs are kept in the memory of the instance that runs them for 15 minutes after they end, and a restart forgets them (an import writes all its rows or none, so a job cut off by a restart has written nothing).
     */
    get: operations['ImportJobsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/measures/{measureId}/comments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Newest first. */
    get: operations['ReviewCommentsController_list'];
    put?: never;
    /** Writes a review comment (reviewers, administrators). */
    post: operations['ReviewCommentsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/measures/{measureId}/comments/{commentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** The author corrects their comment within the edit window. */
    patch: operations['ReviewCommentsController_update'];
    trace?: never;
  };
  '/api/v1/dashboard/summary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Roll-up per field of action and per guideline, and the latest changes
     * @description Mean progress of a field of action: the arithmetic mean of the progress (0–100) of its measures whose progress is known and whose status is neither rejected nor on_hold, rounded to one decimal; null when no measure counts. Overdue: the planned end has passed and the measure is neither completed nor rejected. Active measures of a guideline: those planned or in progress. Optional filters: fieldOfAction narrows every part; from/to (YYYY-MM-DD, from ≤ to, at most 100 years, default the last 12 calendar months) bound the timeline and the recent changes. Timeline: the measures whose status first changed to in_progress (started) or to completed, counted per calendar month (UTC) for periods of up to 24 months, per quarter up to 72 months and per year beyond (resolution); firstRecorded is the day of the first recorded change, where a period "since the beginning" starts.
     */
    get: operations['SummaryController_summary'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/measures': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Published measures, with the filters, sort and pagination of the internal list. */
    get: operations['PublicController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/measures/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Open data: the published measures as CSV or JSON
     * @description Published measures only, with the filters and sort of GET /public/measures and no paging. No personal data: no contact person, no internal notes, no feasibility reasoning. Columns (German headers, JSON keys alike): ID, Titel, Beschreibung, Handlungsfeld, Status, Fortschritt, Geplanter Beginn, Geplantes Ende, Tatsächlicher Beginn, Tatsächliches Ende, Federführung, Beteiligte, Leitsätze, Überfällig, Zuletzt geändert. CSV: `;`-separated UTF-8 with BOM. See docs/open-data.md.
     */
    get: operations['PublicController_export'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/measures/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One published measure. */
    get: operations['PublicController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/measures/{id}/details': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Everything the public page of one published measure shows
     * @description The published measure, the texts of its guidelines, its public indicators with values and goals, and its public changes, newest first: from its history, only while it was published, only status, progress and public fields — never who made a change, never a note, never the contact person. 404 for a measure that is not published.
     */
    get: operations['PublicController_details'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/changes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The public changes of the published measures, newest first
     * @description As GET /public/measures/{id}/details lists them for one measure: only while a measure was published, only status, progress and public fields, no names, no notes. Measures not published today are left out. The same as an Atom feed: GET /public/feed.atom.
     */
    get: operations['PublicController_listChanges'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/feed.atom': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The public changes as an Atom feed
     * @description The newest 50 public changes (as GET /public/changes) as an Atom 1.0 document, in German (lang=de, the default) or English; each entry links to the measure's public page /public/measures/{id} under PUBLIC_URL (or the address the request came to when PUBLIC_URL is unset). Its ETag follows the data: If-None-Match with the current one is answered 304.
     */
    get: operations['PublicController_atomFeed'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/summary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Roll-up of the published measures only
     * @description Optional filters: fieldOfAction narrows every part; from/to (YYYY-MM-DD, from ≤ to, at most 100 years, default the last 12 calendar months) bound the timeline and the recent changes. Timeline: the measures whose status first changed to in_progress (started) or to completed, counted per calendar month (UTC) for periods of up to 24 months, per quarter up to 72 months and per year beyond (resolution); firstRecorded is the day of the first recorded change, where a period "since the beginning" starts.
     */
    get: operations['PublicController_summary'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/indicators': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The public indicators
     * @description Baseline: the value at `baselineDate`, else the earliest value. Latest: the value with the latest date. Final goal: the goal with the latest date. Goal line: straight lines from the baseline through every goal dated after it, flat at the final goal beyond the last one. `progress` = (latest − baseline) / (finalGoal − baseline) in percent, bounded to 0–100, one decimal (100 when baseline and final goal are equal and the latest value meets it). State: `no_data` without a value dated after the baseline or without a goal (progress null); else `reached` when the latest value meets the final goal (≥ for increase, ≤ for decrease); else `on_track` when it is at or beyond the goal line at its date; else `off_track`.
     */
    get: operations['PublicController_listIndicators'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/indicators/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Open data: the values and goals of the public indicators as CSV or JSON
     * @description One row per value and goal of every public indicator, by code and date. No personal data and no notes. Columns (German headers, JSON keys alike): Code, Kennzahl, Einheit, Handlungsfeld, Gewünschte Entwicklung (steigen, sinken), Quelle, Art (Wert, Ziel), Datum (YYYY-MM-DD), Wert. CSV: `;`-separated UTF-8 with BOM and decimal commas; JSON numbers. See docs/open-data.md.
     */
    get: operations['PublicController_exportIndicators'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/indicators/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One public indicator
     * @description Baseline: the value at `baselineDate`, else the earliest value. Latest: the value with the latest date. Final goal: the goal with the latest date. Goal line: straight lines from the baseline through every goal dated after it, flat at the final goal beyond the last one. `progress` = (latest − baseline) / (finalGoal − baseline) in percent, bounded to 0–100, one decimal (100 when baseline and final goal are equal and the latest value meets it). State: `no_data` without a value dated after the baseline or without a goal (progress null); else `reached` when the latest value meets the final goal (≥ for increase, ≤ for decrease); else `on_track` when it is at or beyond the goal line at its date; else `off_track`.
     */
    get: operations['PublicController_getIndicator'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/pages/{slug}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A legal page as administrators edit it, with its version as ETag (0: the shipped text) */
    get: operations['PagesController_get'];
    /**
     * Saves the text of a legal page in one language (`?lang=de|en`, German by default)
     * @description The content is HTML and is stored sanitised with an allow-list of elements (headings h2–h4, paragraphs, lists, tables, emphasis, links to http(s), mailto and tel): script, style, event handlers and javascript: addresses are removed. If-Match: the version read (`"0"` for the shipped text).
     */
    put: operations['PagesController_update'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/pages/gebaerdensprache/video': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Uploads the video in German Sign Language (replaces the previous one)
     * @description Multipart field `file`: an MP4 or WebM video (judged by its content, not its name) of at most 200 MB. Stored on disk beside the database.
     */
    put: operations['PagesController_uploadVideo'];
    post?: never;
    /** Removes the sign-language video; the page then says in text that there is none */
    delete: operations['PagesController_removeVideo'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/feedback': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The barrier reports sent through the public form, newest first */
    get: operations['FeedbackController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/pages/{slug}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A legal page of the public site (`?lang=de|en`, German by default); sanitised HTML */
    get: operations['PublicPagesController_read'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/pages/gebaerdensprache/video': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The video in German Sign Language, with range requests
     * @description Answers `Range: bytes=…` with 206 and `Content-Range`; 404 until a video is uploaded.
     */
    get: operations['PublicPagesController_streamVideo'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/feedback': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Reports a barrier of the website (no sign-in, no personal data)
     * @description Stored for the administrators, never shown publicly. At most 5 reports an hour from one address (429 beyond).
     */
    post: operations['PublicPagesController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reporting-dates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Newest date first. */
    get: operations['ReportingController_list'];
    put?: never;
    /** Freezes the state of every measure as of now under this name and date. */
    post: operations['ReportingController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reporting-dates/development': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The development across reporting dates: per date (oldest first) the measures per status, the mean progress and
     *     the overdue count, overall and per field of action, from the frozen snapshots. `until` ends it at that date.
     */
    get: operations['ReportingController_development'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reporting-dates/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One reporting date. */
    get: operations['ReportingController_get'];
    put?: never;
    post?: never;
    /** Removes a reporting date taken by mistake, with its snapshot. */
    delete: operations['ReportingController_remove'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reporting-dates/{id}/changes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * What changed from the reporting date `since` to this one; `current` as the id compares with today's state.
     *     Without `since`: from the reporting date just before (for `current`: the latest). Each list holds at most `limit`
     *     measures, `totals` counts them all.
     */
    get: operations['ReportingController_changes'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reporting-dates/{id}/report': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The council report's content as JSON (the dashboard's printable page renders it with `limit` 100, as the PDF
     *     prints it). Each list holds at most `limit` entries: a city's register would otherwise answer tens of megabytes.
     */
    get: operations['ReportingController_report'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reporting-dates/{id}/report.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The council report as a tagged PDF in German. */
    get: operations['ReportingController_reportPdf'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/tasks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The "Zu erledigen" list: only what the user is responsible for (or, for reviewers, the council digest). */
    get: operations['MyNotificationsController_tasksOf'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/notification-settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** How often the user gets notices by e-mail, and in which language. */
    get: operations['MyNotificationsController_settingsOf'];
    /** Sets the frequency (`off`, `immediate`, `daily`, `weekly`) and the language of the e-mails. */
    put: operations['MyNotificationsController_updateSettings'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications/settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The limits, the digest hour and weekday, the time zone, and whether e-mail is configured. */
    get: operations['NotificationsAdminController_read'];
    /** Sets the limits, the digest hour and weekday, and the time zone. */
    put: operations['NotificationsAdminController_update'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications/log': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every e-mail, newest first: to whom, what, whether it was sent, and why not. */
    get: operations['NotificationsAdminController_log'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications/unsubscribe': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A page asking to confirm the unsubscription (no sign-in; the link's signature identifies the user). */
    get: operations['UnsubscribeController_confirm'];
    put?: never;
    /** Turns the user's e-mails off: the confirm button, or a mail program's one-click unsubscribe (RFC 8058). */
    post: operations['UnsubscribeController_unsubscribe'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/meeting-bodies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every body in the list's order, each with the number of its meetings. */
    get: operations['MeetingBodiesController_list'];
    put?: never;
    /** Adds a body (administrators) */
    post: operations['MeetingBodiesController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/meeting-bodies/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Removes a body no meeting names (administrators); 409 `in_use` otherwise */
    delete: operations['MeetingBodiesController_remove'];
    options?: never;
    head?: never;
    /** Renames or moves a body (administrators) */
    patch: operations['MeetingBodiesController_update'];
    trace?: never;
  };
  '/api/v1/meetings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The meetings: upcoming, past or all, paged */
    get: operations['MeetingsController_list'];
    put?: never;
    /** Schedules a meeting (administrators and editors) */
    post: operations['MeetingsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/meetings/next': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The next meeting from now and the calendar days until it (installation time zone), as the server counts. */
    get: operations['MeetingsController_next'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/meetings/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One meeting; its version as `ETag`. */
    get: operations['MeetingsController_get'];
    put?: never;
    post?: never;
    /**
     * Deletes a meeting (administrators and editors)
     * @description With `If-Match` only that version (412 otherwise). A reporting date taken for it stays.
     */
    delete: operations['MeetingsController_remove'];
    options?: never;
    head?: never;
    /** Changes a meeting (administrators and editors) */
    patch: operations['MeetingsController_update'];
    trace?: never;
  };
  '/api/v1/meetings/{id}/reporting-date': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Takes the reporting date for the meeting and links it (administrators and editors)
     * @description Dated the meeting’s day; 409 `already_linked` when the meeting has one, `duplicate_name` for a name in use.
     */
    post: operations['MeetingsController_createReportingDate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    PageDto: {
      /** @description The records of this page. */
      items: unknown[];
      /** @description How many records match, over all pages. */
      total: number;
      /** @description The page number, from 1. */
      page: number;
      /** @description The page size asked for. */
      limit: number;
    };
    AuditEntryDto: {
      details: {
        [key: string]: unknown;
      };
      id: number;
      /** @description UTC ISO timestamp. */
      at: string;
      userId: string | null;
      /** @description E-mail or name of whoever acted; for failed sign-ins the e-mail that was tried. */
      actorLabel: string | null;
      clientAddress: string | null;
      /** @description What happened, e.g. `auth.login`, `auth.login_failed`, `measure.update`, `access.denied`. */
      action: string;
      targetType: string | null;
      targetId: string | null;
      /**
       * @description The entry's seal (HMAC-SHA-256, hex). Empty for an entry written moments ago on PostgreSQL, which one instance
       *     seals after its commit, within about a second (docs/security.md, "Audit log").
       */
      hash: string;
    };
    UserDto: {
      /** @enum {string} */
      role: 'admin' | 'editor' | 'reviewer' | 'viewer';
      id: string;
      email: string;
      name: string;
      /** @description The actor the user works for; an editor with one may change only that actor's measures. */
      actorId: string | null;
      active: boolean;
      createdAt: string;
      updatedAt: string;
    };
    LoginDto: {
      email: string;
      /** @description Not checked for length here: a wrong password of any length is simply wrong. */
      password: string;
    };
    LogoutResultDto: {
      /** @description The provider's sign-out address (RP-initiated logout); the browser goes there to end that session too. */
      redirectTo: string;
    };
    ChangeOwnPasswordDto: {
      currentPassword: string;
      newPassword: string;
    };
    CreatedApiTokenDto: {
      id: string;
      /** @description The token (`lbm_…`): shown this once, send it as `Authorization: Bearer <token>`. */
      token: string;
    };
    CreateApiTokenDto: {
      name: string;
    };
    ApiTokenDto: {
      id: string;
      name: string;
      /** @description The first characters of the token, to recognise it; the token itself is shown only once. */
      prefix: string;
      createdAt: string;
      lastUsedAt: string | null;
    };
    CreateUserDto: {
      /** @enum {string} */
      role: 'admin' | 'editor' | 'reviewer' | 'viewer';
      /** Format: email */
      email: string;
      name: string;
      password: string;
      actorId?: string | null;
    };
    UpdateUserDto: {
      /** @enum {string} */
      role?: 'admin' | 'editor' | 'reviewer' | 'viewer';
      name?: string;
      actorId?: string | null;
      active?: boolean;
    };
    ResetPasswordDto: {
      password: string;
    };
    OidcProviderDto: {
      /** @description The button's text (OIDC_LABEL); null: the dashboard's own ("Mit Dienstkonto anmelden"). */
      label: string | null;
      /** @description Where the browser goes to sign in, e.g. `/api/v1/auth/oidc/login?returnTo=/measures`. */
      loginUrl: string;
    };
    AuthProvidersDto: {
      /**
       * @description Who may sign in with a password: `all`, `admins` (administrators only) or `off`.
       * @enum {string}
       */
      password: 'all' | 'admins' | 'off';
      /** @description Single sign-on with the administration's OpenID Connect provider; null when not configured. */
      oidc: components['schemas']['OidcProviderDto'] | null;
    };
    HealthStatusDto: {
      /** @enum {string} */
      status: 'ok';
    };
    FieldOfActionDto: {
      id: string;
      /** @description Stable key derived from the name, e.g. `antidiskriminierung`. */
      key: string;
      name: string;
      description: string | null;
      position: number;
    };
    CreateFieldOfActionDto: {
      name: string;
      description?: string | null;
    };
    UpdateFieldOfActionDto: {
      name?: string;
      description?: string | null;
    };
    GuidelineDto: {
      id: string;
      /** @description E.g. `1.2`. */
      code: string;
      text: string;
      position: number;
    };
    LeitbildSectionDto: {
      guidelines: components['schemas']['GuidelineDto'][];
      id: string;
      code: string;
      title: string;
      motto: string | null;
      position: number;
    };
    ActorDto: {
      /** @enum {string} */
      type:
        | 'administration'
        | 'council'
        | 'politics'
        | 'network'
        | 'association'
        | 'migrant_organisation'
        | 'education'
        | 'social_institution'
        | 'business'
        | 'other';
      id: string;
      name: string;
    };
    CreateActorDto: {
      /** @enum {string} */
      type:
        | 'administration'
        | 'council'
        | 'politics'
        | 'network'
        | 'association'
        | 'migrant_organisation'
        | 'education'
        | 'social_institution'
        | 'business'
        | 'other';
      name: string;
    };
    UpdateActorDto: {
      /** @enum {string} */
      type?:
        | 'administration'
        | 'council'
        | 'politics'
        | 'network'
        | 'association'
        | 'migrant_organisation'
        | 'education'
        | 'social_institution'
        | 'business'
        | 'other';
      name?: string;
    };
    StatusDefinitionDto: {
      /** @enum {string} */
      key: 'proposed' | 'in_review' | 'planned' | 'in_progress' | 'completed' | 'on_hold' | 'rejected';
      /** @description Statuses this one may change to. */
      next: ('proposed' | 'in_review' | 'planned' | 'in_progress' | 'completed' | 'on_hold' | 'rejected')[];
      /** @description Whether changing to this status needs a note (the reason). */
      requiresNote: boolean;
      /** @description Whether a measure in this status counts as active (planned or being worked on). */
      active: boolean;
      /** @description Whether a measure in this status is finished (no longer overdue, whatever its dates). */
      closed: boolean;
    };
    CouncilPaperDto: {
      /**
       * Format: date
       * @description YYYY-MM-DD
       */
      date: string | null;
      /** @description E.g. `21-1234`. */
      reference: string;
      title: string | null;
      /** @description An http or https address. */
      url: string | null;
    };
    ContactPersonDto: {
      name: string | null;
      email: string | null;
    };
    MeasureListItemDto: {
      /** @enum {string} */
      status: 'proposed' | 'in_review' | 'planned' | 'in_progress' | 'completed' | 'on_hold' | 'rejected';
      /** @enum {string|null} */
      origin:
        | 'integration_conference'
        | 'working_group'
        | 'planning_workshop'
        | 'council_motion'
        | 'district_assembly'
        | 'administration'
        | 'other'
        | null;
      /** @enum {string|null} */
      feasibility: 'feasible' | 'feasible_with_conditions' | 'not_feasible' | null;
      /** @description The council papers the measure comes from or reports to, in the order given. */
      councilPapers: components['schemas']['CouncilPaperDto'][];
      fieldOfActionName: string;
      leadActorName: string | null;
      id: string;
      /** @description Increases with every change; the `ETag` is this number in quotes. */
      version: number;
      title: string;
      description: string | null;
      /** @description 0–100, or null when unknown (unknown is not 0). */
      progress: number | null;
      fieldOfActionId: string;
      guidelineIds: string[];
      leadActorId: string | null;
      partnerActorIds: string[];
      /** @description The linked indicators; `GET /indicators?measure=<id>` lists them with their state. */
      indicatorIds: string[];
      /** @description Internal contact person: personal data, never part of a public answer. */
      contact: components['schemas']['ContactPersonDto'];
      /** @description YYYY-MM-DD */
      plannedStart: string | null;
      /** @description YYYY-MM-DD */
      plannedEnd: string | null;
      /** @description YYYY-MM-DD */
      actualStart: string | null;
      /** @description YYYY-MM-DD */
      actualEnd: string | null;
      public: boolean;
      feasibilityReason: string | null;
      /** @description The planned end has passed and the measure is neither completed nor rejected. */
      overdue: boolean;
      /** @description The reason given with the last change to on_hold or rejected. */
      statusNote: string | null;
      /** @description UTC ISO timestamp. */
      createdAt: string;
      /** @description UTC ISO timestamp. */
      updatedAt: string;
    };
    MeasureDto: {
      /** @enum {string} */
      status: 'proposed' | 'in_review' | 'planned' | 'in_progress' | 'completed' | 'on_hold' | 'rejected';
      /** @enum {string|null} */
      origin:
        | 'integration_conference'
        | 'working_group'
        | 'planning_workshop'
        | 'council_motion'
        | 'district_assembly'
        | 'administration'
        | 'other'
        | null;
      /** @enum {string|null} */
      feasibility: 'feasible' | 'feasible_with_conditions' | 'not_feasible' | null;
      /** @description The council papers the measure comes from or reports to, in the order given. */
      councilPapers: components['schemas']['CouncilPaperDto'][];
      id: string;
      /** @description Increases with every change; the `ETag` is this number in quotes. */
      version: number;
      title: string;
      description: string | null;
      /** @description 0–100, or null when unknown (unknown is not 0). */
      progress: number | null;
      fieldOfActionId: string;
      guidelineIds: string[];
      leadActorId: string | null;
      partnerActorIds: string[];
      /** @description The linked indicators; `GET /indicators?measure=<id>` lists them with their state. */
      indicatorIds: string[];
      /** @description Internal contact person: personal data, never part of a public answer. */
      contact: components['schemas']['ContactPersonDto'];
      /** @description YYYY-MM-DD */
      plannedStart: string | null;
      /** @description YYYY-MM-DD */
      plannedEnd: string | null;
      /** @description YYYY-MM-DD */
      actualStart: string | null;
      /** @description YYYY-MM-DD */
      actualEnd: string | null;
      public: boolean;
      feasibilityReason: string | null;
      /** @description The planned end has passed and the measure is neither completed nor rejected. */
      overdue: boolean;
      /** @description The reason given with the last change to on_hold or rejected. */
      statusNote: string | null;
      /** @description UTC ISO timestamp. */
      createdAt: string;
      /** @description UTC ISO timestamp. */
      updatedAt: string;
    };
    CouncilPaperInputDto: {
      /**
       * @description The paper's reference in the council information system, e.g. `21-1234`.
       * @example 21-1234
       */
      reference: string;
      /**
       * Format: date
       * @example 2026-05-12
       */
      date?: string | null;
      /**
       * Format: uri
       * @description An http or https address: an ALLRIS page, an OParl `Paper` URL, any link.
       */
      url?: string | null;
      title?: string | null;
    };
    CreateMeasureDto: {
      /** @enum {string|null} */
      origin?:
        | 'integration_conference'
        | 'working_group'
        | 'planning_workshop'
        | 'council_motion'
        | 'district_assembly'
        | 'administration'
        | 'other'
        | null;
      /**
       * Format: date
       * @example 2027-01-31
       */
      plannedStart?: string | null;
      /** Format: date */
      plannedEnd?: string | null;
      /** Format: date */
      actualStart?: string | null;
      /** Format: date */
      actualEnd?: string | null;
      /** @description 0–100, or null when unknown (unknown is not 0). */
      progress?: number | null;
      /** @enum {string|null} */
      feasibility?: 'feasible' | 'feasible_with_conditions' | 'not_feasible' | null;
      /** @description The council papers the measure comes from or reports to; replaces the whole list. */
      councilPapers?: components['schemas']['CouncilPaperInputDto'][];
      title: string;
      fieldOfActionId: string;
      description?: string | null;
      guidelineIds?: string[];
      leadActorId?: string | null;
      partnerActorIds?: string[];
      /** @description Indicators that tell whether the measure works (`GET /indicators?measure=<id>` lists them with their state). */
      indicatorIds?: string[];
      /** @description Internal contact person; never shown publicly. */
      contact?: components['schemas']['ContactPersonDto'] | null;
      public?: boolean;
      feasibilityReason?: string | null;
    };
    UpdateMeasureDto: {
      /** @enum {string|null} */
      origin?:
        | 'integration_conference'
        | 'working_group'
        | 'planning_workshop'
        | 'council_motion'
        | 'district_assembly'
        | 'administration'
        | 'other'
        | null;
      /**
       * Format: date
       * @example 2027-01-31
       */
      plannedStart?: string | null;
      /** Format: date */
      plannedEnd?: string | null;
      /** Format: date */
      actualStart?: string | null;
      /** Format: date */
      actualEnd?: string | null;
      /** @description 0–100, or null when unknown (unknown is not 0). */
      progress?: number | null;
      /** @enum {string|null} */
      feasibility?: 'feasible' | 'feasible_with_conditions' | 'not_feasible' | null;
      /** @description The council papers the measure comes from or reports to; replaces the whole list. */
      councilPapers?: components['schemas']['CouncilPaperInputDto'][];
      title?: string;
      fieldOfActionId?: string;
      description?: string | null;
      guidelineIds?: string[];
      leadActorId?: string | null;
      partnerActorIds?: string[];
      /** @description Indicators that tell whether the measure works (`GET /indicators?measure=<id>` lists them with their state). */
      indicatorIds?: string[];
      /** @description Internal contact person; never shown publicly. */
      contact?: components['schemas']['ContactPersonDto'] | null;
      public?: boolean;
      feasibilityReason?: string | null;
    };
    ChangeStatusDto: {
      /** @enum {string} */
      status: 'proposed' | 'in_review' | 'planned' | 'in_progress' | 'completed' | 'on_hold' | 'rejected';
      /** @description The reason; required for on_hold and rejected. */
      note?: string | null;
    };
    ProgressUpdateDto: {
      /** @description The new progress, 0–100; leave out to only add a note, null to mark progress as unknown. */
      progress?: number | null;
      note: string;
    };
    FieldChangeDto: {
      /** @description The value as JSON (string, number, boolean, list or null). */
      from: (string | null) | number | boolean | unknown[] | Record<string, never>;
      /** @description The value as JSON (string, number, boolean, list or null). */
      to: (string | null) | number | boolean | unknown[] | Record<string, never>;
      field: string;
    };
    HistoryEntryDto: {
      /** @enum {string} */
      kind: 'created' | 'field_change' | 'status_change' | 'progress_update';
      changes: components['schemas']['FieldChangeDto'][];
      /** @description Increasing with every entry written. */
      id: number;
      measureId: string;
      /** @description UTC ISO timestamp. */
      at: string;
      /** @description Display name of whoever made the change. */
      by: string;
      note: string | null;
    };
    ImportErrorDto: {
      /**
       * @description What is wrong as data, from the same closed set as `problems` of error answers (e.g. `characters_lost`).
       * @enum {string}
       */
      code:
        | 'required'
        | 'too_long'
        | 'too_short'
        | 'not_string'
        | 'not_boolean'
        | 'not_integer'
        | 'not_number'
        | 'not_array'
        | 'not_object'
        | 'too_small'
        | 'too_large'
        | 'too_many_items'
        | 'duplicate_items'
        | 'invalid_email'
        | 'invalid_date'
        | 'invalid_format'
        | 'invalid_url'
        | 'invalid_id'
        | 'invalid_text'
        | 'nesting_too_deep'
        | 'not_allowed_value'
        | 'unknown_field'
        | 'invalid_value'
        | 'malformed_request'
        | 'date_before_start'
        | 'period_too_long'
        | 'date_in_future'
        | 'not_earlier'
        | 'unknown_reference'
        | 'lead_is_partner'
        | 'not_found'
        | 'nothing_to_compare'
        | 'duplicate_name'
        | 'duplicate_email'
        | 'duplicate_code'
        | 'in_use'
        | 'already_linked'
        | 'illegal_transition'
        | 'note_required'
        | 'version_mismatch'
        | 'if_match_required'
        | 'if_match_malformed'
        | 'sign_in_required'
        | 'wrong_credentials'
        | 'token_invalid'
        | 'session_required'
        | 'csrf_token_invalid'
        | 'forbidden_role'
        | 'not_lead_or_partner'
        | 'lead_actor_only'
        | 'not_responsible_actor'
        | 'author_only'
        | 'edit_window_closed'
        | 'self_lockout'
        | 'current_password_wrong'
        | 'sign_in_throttled'
        | 'password_too_common'
        | 'password_contains_personal_data'
        | 'password_login_off'
        | 'password_login_admins_only'
        | 'single_sign_on_account'
        | 'file_missing'
        | 'file_empty'
        | 'file_type_unsupported'
        | 'file_type_mismatch'
        | 'file_unreadable'
        | 'header_missing'
        | 'too_many_rows'
        | 'too_many_columns'
        | 'unknown_column'
        | 'duplicate_column'
        | 'column_required'
        | 'duplicate_id'
        | 'duplicate_entry'
        | 'characters_lost'
        | 'cell_without_value'
        | 'not_yes_no'
        | 'payload_too_large'
        | 'unsupported_media_type'
        | 'headers_too_large'
        | 'request_timeout'
        | 'rate_limited'
        | 'import_in_progress'
        | 'page_limit'
        | 'method_not_allowed'
        | 'request_failed'
        | 'internal_error'
        | 'service_unavailable';
      /** @description The parameters of the code, e.g. `{ "max": 200 }`. */
      params: {
        [key: string]: (string | null) | number | boolean | string[];
      };
      /** @description Spreadsheet row number; the header is row 1. */
      row: number;
      /** @description The column's header as in the file. */
      column: string;
      message: string;
    };
    IndicatorValueImportRowDto: {
      /** @enum {string} */
      action: 'create' | 'update' | 'unchanged' | 'error';
      /** @description The indicator the row's code names; null when the code is unknown. */
      indicatorId: string | null;
      /**
       * Format: date
       * @description YYYY-MM-DD; null when the cell is not a date.
       */
      date: string | null;
      /** @description The stored value before; null for a new one. */
      from: number | null;
      /** @description The file's value; null when the cell is not a number. */
      to: number | null;
      /** @description Spreadsheet row number; the header is row 1. */
      row: number;
      code: string;
    };
    IndicatorValueImportResultDto: {
      /** @enum {string} */
      mode: 'dry-run' | 'commit';
      /** @description The first 200 errors, by row. */
      errors: components['schemas']['ImportErrorDto'][];
      rows: components['schemas']['IndicatorValueImportRowDto'][];
      created: number;
      updated: number;
      unchanged: number;
      /** @description How many errors the file has in all: more than the entries of `errors` when the list was cut off. */
      errorCount: number;
    };
    IndicatorPointDto: {
      /**
       * Format: date
       * @description YYYY-MM-DD
       */
      date: string;
      value: number;
    };
    IndicatorListItemDto: {
      /**
       * @description Baseline: the value at `baselineDate`, else the earliest value. Latest: the value with the latest date. Final goal: the goal with the latest date. Goal line: straight lines from the baseline through every goal dated after it, flat at the final goal beyond the last one. `progress` = (latest − baseline) / (finalGoal − baseline) in percent, bounded to 0–100, one decimal (100 when baseline and final goal are equal and the latest value meets it). State: `no_data` without a value dated after the baseline or without a goal (progress null); else `reached` when the latest value meets the final goal (≥ for increase, ≤ for decrease); else `on_track` when it is at or beyond the goal line at its date; else `off_track`.
       * @enum {string}
       */
      state: 'on_track' | 'off_track' | 'reached' | 'no_data';
      /** @description Progress toward the final goal in percent (0–100, one decimal); null when the state is `no_data`. */
      progress: number | null;
      /** @description The marked baseline value, else the earliest value; null without values. */
      baseline: components['schemas']['IndicatorPointDto'] | null;
      /** @description The value with the latest date; null without values. */
      latest: components['schemas']['IndicatorPointDto'] | null;
      /** @description The goal with the latest date; null without goals. */
      finalGoal: components['schemas']['IndicatorPointDto'] | null;
      /** @description The goal line's value at the latest value's date; null when the state is `no_data`. */
      goalLineAtLatest: number | null;
      /** @enum {string} */
      desiredTrend: 'increase' | 'decrease';
      /** @enum {string} */
      timeResolution: 'year' | 'quarter' | 'month';
      /** @enum {string|null} */
      dueEvery: 'year' | 'quarter' | 'month' | null;
      /**
       * Format: date
       * @description The date of the value marked as baseline; null: the earliest value is the baseline.
       */
      baselineDate: string | null;
      /** @description The latest values (at most 12), oldest first, for a small trend line. */
      trend: components['schemas']['IndicatorPointDto'][];
      fieldOfActionName: string;
      responsibleActorName: string | null;
      id: string;
      /** @description Increases with every change of the indicator, its values or goals; the `ETag` is this number in quotes. */
      version: number;
      /** @description Short and unique, e.g. `EA-01`: how files of values name the indicator. */
      code: string;
      name: string;
      description: string | null;
      /** @description E.g. `Personen`, `%`, `Fälle`, `EUR`. */
      unit: string;
      /** @description Where the values come from. */
      source: string | null;
      fieldOfActionId: string;
      guidelineIds: string[];
      /** @description The actor responsible for the indicator (its editors may change it). */
      responsibleActorId: string | null;
      public: boolean;
      /** @description `MM-DD`: for yearly values, the day of the year by which the new value is due. */
      dueMonthDay: string | null;
      /** @description The linked measures. */
      measureIds: string[];
      /** @description Those of them whose progress this indicator shows. */
      progressMeasureIds: string[];
      /** @description UTC ISO timestamp. */
      createdAt: string;
      /** @description UTC ISO timestamp. */
      updatedAt: string;
    };
    IndicatorStateCountsDto: {
      on_track: number;
      off_track: number;
      reached: number;
      no_data: number;
    };
    IndicatorFieldSummaryDto: {
      fieldOfActionId: string;
      name: string;
      total: number;
      byState: components['schemas']['IndicatorStateCountsDto'];
    };
    IndicatorSummaryDto: {
      /** @description Every field of action, in the Leitbild's order, also those without indicators. */
      fieldsOfAction: components['schemas']['IndicatorFieldSummaryDto'][];
    };
    IndicatorValueDto: {
      /**
       * Format: date
       * @description YYYY-MM-DD
       */
      date: string;
      value: number;
      note: string | null;
      /** @description Display name of whoever entered or last corrected the value. */
      enteredBy: string;
      /** @description UTC ISO timestamp. */
      enteredAt: string;
    };
    IndicatorGoalDto: {
      /**
       * Format: date
       * @description YYYY-MM-DD
       */
      date: string;
      value: number;
    };
    IndicatorMeasureDto: {
      /** @enum {string} */
      status: 'proposed' | 'in_review' | 'planned' | 'in_progress' | 'completed' | 'on_hold' | 'rejected';
      measureId: string;
      title: string;
      /** @description 0–100, or null when unknown. */
      progress: number | null;
      /** @description Whether this indicator shows the measure's progress. */
      showsProgress: boolean;
    };
    IndicatorDto: {
      /**
       * @description Baseline: the value at `baselineDate`, else the earliest value. Latest: the value with the latest date. Final goal: the goal with the latest date. Goal line: straight lines from the baseline through every goal dated after it, flat at the final goal beyond the last one. `progress` = (latest − baseline) / (finalGoal − baseline) in percent, bounded to 0–100, one decimal (100 when baseline and final goal are equal and the latest value meets it). State: `no_data` without a value dated after the baseline or without a goal (progress null); else `reached` when the latest value meets the final goal (≥ for increase, ≤ for decrease); else `on_track` when it is at or beyond the goal line at its date; else `off_track`.
       * @enum {string}
       */
      state: 'on_track' | 'off_track' | 'reached' | 'no_data';
      /** @description Progress toward the final goal in percent (0–100, one decimal); null when the state is `no_data`. */
      progress: number | null;
      /** @description The marked baseline value, else the earliest value; null without values. */
      baseline: components['schemas']['IndicatorPointDto'] | null;
      /** @description The value with the latest date; null without values. */
      latest: components['schemas']['IndicatorPointDto'] | null;
      /** @description The goal with the latest date; null without goals. */
      finalGoal: components['schemas']['IndicatorPointDto'] | null;
      /** @description The goal line's value at the latest value's date; null when the state is `no_data`. */
      goalLineAtLatest: number | null;
      /** @enum {string} */
      desiredTrend: 'increase' | 'decrease';
      /** @enum {string} */
      timeResolution: 'year' | 'quarter' | 'month';
      /** @enum {string|null} */
      dueEvery: 'year' | 'quarter' | 'month' | null;
      /**
       * Format: date
       * @description The date of the value marked as baseline; null: the earliest value is the baseline.
       */
      baselineDate: string | null;
      /** @description Sorted by date. */
      values: components['schemas']['IndicatorValueDto'][];
      /** @description Sorted by date. */
      goals: components['schemas']['IndicatorGoalDto'][];
      /** @description The corners of the goal line: the baseline, then every goal after it; empty without baseline or goal. */
      goalLine: components['schemas']['IndicatorPointDto'][];
      measures: components['schemas']['IndicatorMeasureDto'][];
      id: string;
      /** @description Increases with every change of the indicator, its values or goals; the `ETag` is this number in quotes. */
      version: number;
      /** @description Short and unique, e.g. `EA-01`: how files of values name the indicator. */
      code: string;
      name: string;
      description: string | null;
      /** @description E.g. `Personen`, `%`, `Fälle`, `EUR`. */
      unit: string;
      /** @description Where the values come from. */
      source: string | null;
      fieldOfActionId: string;
      guidelineIds: string[];
      /** @description The actor responsible for the indicator (its editors may change it). */
      responsibleActorId: string | null;
      public: boolean;
      /** @description `MM-DD`: for yearly values, the day of the year by which the new value is due. */
      dueMonthDay: string | null;
      /** @description The linked measures. */
      measureIds: string[];
      /** @description Those of them whose progress this indicator shows. */
      progressMeasureIds: string[];
      /** @description UTC ISO timestamp. */
      createdAt: string;
      /** @description UTC ISO timestamp. */
      updatedAt: string;
    };
    CreateIndicatorDto: {
      /**
       * @description Short and unique, e.g. `EA-01` (letters, digits, `.`, `_`, `/`, `-`); made from the id when left out.
       * @example EA-01
       */
      code?: string;
      /**
       * @description Whether the indicator should rise or fall.
       * @enum {string}
       */
      desiredTrend: 'increase' | 'decrease';
      /**
       * @description One value per year (default), quarter or month.
       * @enum {string}
       */
      timeResolution?: 'year' | 'quarter' | 'month';
      /**
       * @description How often new values are due.
       * @enum {string|null}
       */
      dueEvery?: 'year' | 'quarter' | 'month' | null;
      /**
       * @description `MM-DD`, with `dueEvery: "year"` only: the day of the year by which the new value is due.
       * @example 03-31
       */
      dueMonthDay?: string | null;
      name: string;
      description?: string | null;
      /** @description E.g. `Personen`, `%`, `Fälle`, `EUR`. */
      unit: string;
      /** @description Where the values come from, e.g. "Statistikamt Nord". */
      source?: string | null;
      fieldOfActionId: string;
      guidelineIds?: string[];
      /** @description The actor responsible for the indicator; editors of that actor may change it. */
      responsibleActorId?: string | null;
      public?: boolean;
      /** @description Linked measures. */
      measureIds?: string[];
      /** @description Those of `measureIds` whose progress the indicator shows. */
      progressMeasureIds?: string[];
    };
    UpdateIndicatorDto: {
      /**
       * @description Short and unique, e.g. `EA-01` (letters, digits, `.`, `_`, `/`, `-`); made from the id when left out.
       * @example EA-01
       */
      code?: string;
      /**
       * @description Whether the indicator should rise or fall.
       * @enum {string}
       */
      desiredTrend?: 'increase' | 'decrease';
      /**
       * @description One value per year (default), quarter or month.
       * @enum {string}
       */
      timeResolution?: 'year' | 'quarter' | 'month';
      /**
       * @description How often new values are due.
       * @enum {string|null}
       */
      dueEvery?: 'year' | 'quarter' | 'month' | null;
      /**
       * @description `MM-DD`, with `dueEvery: "year"` only: the day of the year by which the new value is due.
       * @example 03-31
       */
      dueMonthDay?: string | null;
      name?: string;
      description?: string | null;
      /** @description E.g. `Personen`, `%`, `Fälle`, `EUR`. */
      unit?: string;
      /** @description Where the values come from, e.g. "Statistikamt Nord". */
      source?: string | null;
      fieldOfActionId?: string;
      guidelineIds?: string[];
      /** @description The actor responsible for the indicator; editors of that actor may change it. */
      responsibleActorId?: string | null;
      public?: boolean;
      /** @description Linked measures. */
      measureIds?: string[];
      /** @description Those of `measureIds` whose progress the indicator shows. */
      progressMeasureIds?: string[];
      /**
       * Format: date
       * @description The date of an existing value to mark as baseline; null: the earliest value is the baseline.
       * @example 2022-12-31
       */
      baselineDate?: string | null;
    };
    IndicatorHistoryEntryDto: {
      /** @enum {string} */
      kind: 'created' | 'field_change' | 'value_set' | 'value_deleted' | 'goal_set' | 'goal_deleted';
      /**
       * Format: date
       * @description The date of the value or goal the entry is about; null for changes of the indicator itself.
       */
      date: string | null;
      /** @description Old → new; for values `value` and `note`, so a corrected value keeps its old one here. */
      changes: components['schemas']['FieldChangeDto'][];
      /** @description Increasing with every entry written. */
      id: number;
      indicatorId: string;
      /** @description UTC ISO timestamp. */
      at: string;
      /** @description Display name of whoever made the change. */
      by: string;
    };
    PutIndicatorValueDto: {
      /** @example 12.5 */
      value: number;
      /** @description E.g. where the figure comes from or what it does not include. */
      note?: string | null;
    };
    PutIndicatorGoalDto: {
      /** @example 12.5 */
      value: number;
    };
    ImportCellChangeDto: {
      /** @description The stored value, written as the export writes it; null is an empty cell. */
      from: string | null;
      /** @description The value the file sets. */
      to: string | null;
      /** @description The column's header as in the file. */
      column: string;
      /** @description The measure's field, as in `changedFields`. */
      field: string;
    };
    ImportRowOutcomeDto: {
      /** @enum {string} */
      action: 'create' | 'update' | 'unchanged' | 'error';
      /** @description The measure's id; null for a row that creates a measure in a dry run. */
      measureId: string | null;
      /** @description Every cell an update changes, with the stored and the new value. */
      changes: components['schemas']['ImportCellChangeDto'][];
      row: number;
      title: string;
      /** @description Fields an update changes. */
      changedFields: string[];
    };
    ImportResultDto: {
      /** @enum {string} */
      mode: 'dry-run' | 'commit';
      /** @description The first IMPORT_MAX_ERRORS (200) errors, by row. */
      errors: components['schemas']['ImportErrorDto'][];
      /** @description How many errors the file has in all: more than the entries of `errors` when the list was cut off. */
      errorCount: number;
      rows: components['schemas']['ImportRowOutcomeDto'][];
      created: number;
      updated: number;
      unchanged: number;
    };
    ImportJobProblemDto: {
      field: string | null;
      /** @enum {string} */
      code:
        | 'required'
        | 'too_long'
        | 'too_short'
        | 'not_string'
        | 'not_boolean'
        | 'not_integer'
        | 'not_number'
        | 'not_array'
        | 'not_object'
        | 'too_small'
        | 'too_large'
        | 'too_many_items'
        | 'duplicate_items'
        | 'invalid_email'
        | 'invalid_date'
        | 'invalid_format'
        | 'invalid_url'
        | 'invalid_id'
        | 'invalid_text'
        | 'nesting_too_deep'
        | 'not_allowed_value'
        | 'unknown_field'
        | 'invalid_value'
        | 'malformed_request'
        | 'date_before_start'
        | 'period_too_long'
        | 'date_in_future'
        | 'not_earlier'
        | 'unknown_reference'
        | 'lead_is_partner'
        | 'not_found'
        | 'nothing_to_compare'
        | 'duplicate_name'
        | 'duplicate_email'
        | 'duplicate_code'
        | 'in_use'
        | 'already_linked'
        | 'illegal_transition'
        | 'note_required'
        | 'version_mismatch'
        | 'if_match_required'
        | 'if_match_malformed'
        | 'sign_in_required'
        | 'wrong_credentials'
        | 'token_invalid'
        | 'session_required'
        | 'csrf_token_invalid'
        | 'forbidden_role'
        | 'not_lead_or_partner'
        | 'lead_actor_only'
        | 'not_responsible_actor'
        | 'author_only'
        | 'edit_window_closed'
        | 'self_lockout'
        | 'current_password_wrong'
        | 'sign_in_throttled'
        | 'password_too_common'
        | 'password_contains_personal_data'
        | 'password_login_off'
        | 'password_login_admins_only'
        | 'single_sign_on_account'
        | 'file_missing'
        | 'file_empty'
        | 'file_type_unsupported'
        | 'file_type_mismatch'
        | 'file_unreadable'
        | 'header_missing'
        | 'too_many_rows'
        | 'too_many_columns'
        | 'unknown_column'
        | 'duplicate_column'
        | 'column_required'
        | 'duplicate_id'
        | 'duplicate_entry'
        | 'characters_lost'
        | 'cell_without_value'
        | 'not_yes_no'
        | 'payload_too_large'
        | 'unsupported_media_type'
        | 'headers_too_large'
        | 'request_timeout'
        | 'rate_limited'
        | 'import_in_progress'
        | 'page_limit'
        | 'method_not_allowed'
        | 'request_failed'
        | 'internal_error'
        | 'service_unavailable';
      /** @description The parameters of the code, e.g. `{ "max": 200 }`. */
      params: {
        [key: string]: (string | null) | number | boolean | string[];
      };
    };
    ImportJobErrorDto: {
      message: string | string[];
      problems: components['schemas']['ImportJobProblemDto'][];
      statusCode: number;
      error: string;
    };
    ImportJobDto: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      mode: 'dry-run' | 'commit';
      /**
       * @description `queued` → `running` → `done` (the import answered, 200 or 422) or `failed` (an error ended it).
       * @enum {string}
       */
      state: 'queued' | 'running' | 'done' | 'failed';
      /** @description Rows checked (dry run) or written (commit) so far. */
      rowsDone: number;
      /** @description Rows of the file; 0 until the file has been read. */
      rowsTotal: number;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      finishedAt: string | null;
      /** @description The status the synchronous answer would have had (200, 422, 413, …); null while the job runs. */
      statusCode: number | null;
      /** @description `done`: the body of the synchronous answer (200, or 422 for a commit refused for errors). */
      result: components['schemas']['ImportResultDto'] | null;
      /** @description `failed`: the error body the synchronous answer would have had. */
      error: components['schemas']['ImportJobErrorDto'] | null;
    };
    ReviewCommentResponseDto: {
      id: string;
      measureId: string;
      authorId: string;
      authorName: string;
      text: string;
      createdAt: string;
      updatedAt: string;
      /** @description Whether the current user may still edit it (own comment, within the edit window). */
      editable: boolean;
    };
    ReviewCommentDto: Record<string, never>;
    StatusCountsDto: {
      proposed: number;
      in_review: number;
      planned: number;
      in_progress: number;
      completed: number;
      on_hold: number;
      rejected: number;
    };
    FieldOfActionSummaryDto: {
      fieldOfActionId: string;
      name: string;
      total: number;
      byStatus: components['schemas']['StatusCountsDto'];
      /** @description Mean progress over measures with known progress that are neither rejected nor on hold; null if none. */
      meanProgress: number | null;
      /** @description How many measures the mean is taken over. */
      progressBasis: number;
      overdue: number;
    };
    GuidelineCoverageDto: {
      guidelineId: string;
      code: string;
      text: string;
      /** @description Measures serving this guideline that are planned or in progress. */
      activeMeasures: number;
    };
    RecentChangeDto: {
      measureId: string;
      title: string;
      /** @description The kind of history entry, e.g. `status_change`. */
      kind: string;
      /** @description UTC ISO timestamp. */
      at: string;
    };
    SummaryTotalsDto: {
      total: number;
      byStatus: components['schemas']['StatusCountsDto'];
      overdue: number;
    };
    TimelineBinDto: {
      /** @description `YYYY-MM`, `YYYY-Qn` or `YYYY`, after the timeline's resolution. */
      key: string;
      /** @description First day of the bin, YYYY-MM-DD (the bin may begin before the period does). */
      start: string;
      /** @description Measures whose status first changed to `in_progress` in this bin. */
      started: number;
      /** @description Measures whose status first changed to `completed` in this bin. */
      completed: number;
    };
    SummaryTimelineDto: {
      /** @enum {string} */
      resolution: 'month' | 'quarter' | 'year';
      /** @description Every bin touched by the period, oldest first, bins without changes included. */
      bins: components['schemas']['TimelineBinDto'][];
      /** @description The period actually used, YYYY-MM-DD, after defaults. */
      from: string;
      to: string;
      /** @description Day of the first recorded change (YYYY-MM-DD, UTC) of all measures the caller sees; null without measures. */
      firstRecorded: string | null;
    };
    DashboardSummaryDto: {
      fieldsOfAction: components['schemas']['FieldOfActionSummaryDto'][];
      guidelines: components['schemas']['GuidelineCoverageDto'][];
      recentChanges: components['schemas']['RecentChangeDto'][];
      totals: components['schemas']['SummaryTotalsDto'];
      timeline: components['schemas']['SummaryTimelineDto'];
      /** @description The field of action the summary is narrowed to, or null for all. */
      fieldOfActionId: string | null;
      /** @description UTC ISO timestamp of the computation. */
      generatedAt: string;
    };
    PublicMeasureDto: {
      /** @enum {string} */
      status: 'proposed' | 'in_review' | 'planned' | 'in_progress' | 'completed' | 'on_hold' | 'rejected';
      id: string;
      title: string;
      description: string | null;
      progress: number | null;
      fieldOfActionId: string;
      fieldOfActionName: string;
      guidelineIds: string[];
      leadActorName: string | null;
      partnerActorNames: string[];
      plannedStart: string | null;
      plannedEnd: string | null;
      actualStart: string | null;
      actualEnd: string | null;
      overdue: boolean;
      updatedAt: string;
    };
    PublicGuidelineDto: {
      id: string;
      code: string;
      text: string;
    };
    PublicIndicatorMeasureDto: {
      measureId: string;
      title: string;
      showsProgress: boolean;
    };
    PublicIndicatorDto: {
      /**
       * @description Baseline: the value at `baselineDate`, else the earliest value. Latest: the value with the latest date. Final goal: the goal with the latest date. Goal line: straight lines from the baseline through every goal dated after it, flat at the final goal beyond the last one. `progress` = (latest − baseline) / (finalGoal − baseline) in percent, bounded to 0–100, one decimal (100 when baseline and final goal are equal and the latest value meets it). State: `no_data` without a value dated after the baseline or without a goal (progress null); else `reached` when the latest value meets the final goal (≥ for increase, ≤ for decrease); else `on_track` when it is at or beyond the goal line at its date; else `off_track`.
       * @enum {string}
       */
      state: 'on_track' | 'off_track' | 'reached' | 'no_data';
      /** @description Progress toward the final goal in percent (0–100, one decimal); null when the state is `no_data`. */
      progress: number | null;
      /** @description The marked baseline value, else the earliest value; null without values. */
      baseline: components['schemas']['IndicatorPointDto'] | null;
      /** @description The value with the latest date; null without values. */
      latest: components['schemas']['IndicatorPointDto'] | null;
      /** @description The goal with the latest date; null without goals. */
      finalGoal: components['schemas']['IndicatorPointDto'] | null;
      /** @description The goal line's value at the latest value's date; null when the state is `no_data`. */
      goalLineAtLatest: number | null;
      /** @enum {string} */
      desiredTrend: 'increase' | 'decrease';
      /** @enum {string} */
      timeResolution: 'year' | 'quarter' | 'month';
      /** @description The latest values (at most 12), oldest first. */
      trend: components['schemas']['IndicatorPointDto'][];
      /** @description Sorted by date. */
      values: components['schemas']['IndicatorPointDto'][];
      /** @description Sorted by date. */
      goals: components['schemas']['IndicatorGoalDto'][];
      goalLine: components['schemas']['IndicatorPointDto'][];
      /** @description The linked measures that are published themselves. */
      measures: components['schemas']['PublicIndicatorMeasureDto'][];
      id: string;
      code: string;
      name: string;
      description: string | null;
      unit: string;
      source: string | null;
      fieldOfActionId: string;
      fieldOfActionName: string;
      guidelineIds: string[];
      /** @description The responsible body (an office or organisation, not a person). */
      responsibleActorName: string | null;
      /** @description UTC ISO timestamp. */
      updatedAt: string;
    };
    PublicStatusChangeDto: {
      /**
       * @description Null when the change is the publication.
       * @enum {string|null}
       */
      from: 'proposed' | 'in_review' | 'planned' | 'in_progress' | 'completed' | 'on_hold' | 'rejected' | null;
      /** @enum {string} */
      to: 'proposed' | 'in_review' | 'planned' | 'in_progress' | 'completed' | 'on_hold' | 'rejected';
    };
    PublicProgressChangeDto: {
      /** @description 0–100, or null: unknown (or, for a publication, no earlier value). */
      from: number | null;
      /** @description 0–100, or null: unknown. */
      to: number | null;
    };
    PublicMeasureChangeDto: {
      /** @enum {string} */
      kind: 'published' | 'changed';
      status: components['schemas']['PublicStatusChangeDto'] | null;
      progress: components['schemas']['PublicProgressChangeDto'] | null;
      fields: (
        | 'title'
        | 'description'
        | 'fieldOfActionId'
        | 'guidelineIds'
        | 'leadActorId'
        | 'partnerActorIds'
        | 'plannedStart'
        | 'plannedEnd'
        | 'actualStart'
        | 'actualEnd'
      )[];
      /** @description UTC ISO timestamp. */
      at: string;
    };
    PublicMeasureDetailsDto: {
      guidelines: components['schemas']['PublicGuidelineDto'][];
      /** @description Its public indicators, by code, with values and goals. */
      indicators: components['schemas']['PublicIndicatorDto'][];
      /** @description Newest first. */
      changes: components['schemas']['PublicMeasureChangeDto'][];
      measure: components['schemas']['PublicMeasureDto'];
    };
    PublicChangeDto: {
      /** @enum {string} */
      kind: 'published' | 'changed';
      status: components['schemas']['PublicStatusChangeDto'] | null;
      progress: components['schemas']['PublicProgressChangeDto'] | null;
      fields: (
        | 'title'
        | 'description'
        | 'fieldOfActionId'
        | 'guidelineIds'
        | 'leadActorId'
        | 'partnerActorIds'
        | 'plannedStart'
        | 'plannedEnd'
        | 'actualStart'
        | 'actualEnd'
      )[];
      /** @description UTC ISO timestamp. */
      at: string;
      measureId: string;
      /** @description The measure's title today. */
      measureTitle: string;
    };
    PublicIndicatorListItemDto: {
      /**
       * @description Baseline: the value at `baselineDate`, else the earliest value. Latest: the value with the latest date. Final goal: the goal with the latest date. Goal line: straight lines from the baseline through every goal dated after it, flat at the final goal beyond the last one. `progress` = (latest − baseline) / (finalGoal − baseline) in percent, bounded to 0–100, one decimal (100 when baseline and final goal are equal and the latest value meets it). State: `no_data` without a value dated after the baseline or without a goal (progress null); else `reached` when the latest value meets the final goal (≥ for increase, ≤ for decrease); else `on_track` when it is at or beyond the goal line at its date; else `off_track`.
       * @enum {string}
       */
      state: 'on_track' | 'off_track' | 'reached' | 'no_data';
      /** @description Progress toward the final goal in percent (0–100, one decimal); null when the state is `no_data`. */
      progress: number | null;
      /** @description The marked baseline value, else the earliest value; null without values. */
      baseline: components['schemas']['IndicatorPointDto'] | null;
      /** @description The value with the latest date; null without values. */
      latest: components['schemas']['IndicatorPointDto'] | null;
      /** @description The goal with the latest date; null without goals. */
      finalGoal: components['schemas']['IndicatorPointDto'] | null;
      /** @description The goal line's value at the latest value's date; null when the state is `no_data`. */
      goalLineAtLatest: number | null;
      /** @enum {string} */
      desiredTrend: 'increase' | 'decrease';
      /** @enum {string} */
      timeResolution: 'year' | 'quarter' | 'month';
      /** @description The latest values (at most 12), oldest first. */
      trend: components['schemas']['IndicatorPointDto'][];
      id: string;
      code: string;
      name: string;
      description: string | null;
      unit: string;
      source: string | null;
      fieldOfActionId: string;
      fieldOfActionName: string;
      guidelineIds: string[];
      /** @description The responsible body (an office or organisation, not a person). */
      responsibleActorName: string | null;
      /** @description UTC ISO timestamp. */
      updatedAt: string;
    };
    SignVideoDto: {
      /** @enum {string} */
      type: 'video/mp4' | 'video/webm';
      /** Format: date-time */
      uploadedAt: string;
      url: string;
      size: number;
    };
    EditablePageDto: {
      /** @enum {string} */
      slug: 'barrierefreiheit' | 'leichte-sprache' | 'gebaerdensprache' | 'impressum' | 'datenschutz';
      /** @enum {string} */
      lang: 'de' | 'en';
      checkedBy: string | null;
      /** Format: date */
      checkedOn: string | null;
      /** Format: date-time */
      updatedAt: string | null;
      video: components['schemas']['SignVideoDto'] | null;
      updatedBy: string | null;
      /** @description 0 for the shipped text. */
      version: number;
      title: string;
      /** @description Sanitised HTML. */
      content: string;
      isDefault: boolean;
    };
    UpdatePageDto: {
      /**
       * Format: date
       * @description Leichte Sprache: the date of the check, YYYY-MM-DD.
       */
      checkedOn?: string | null;
      title: string;
      /** @description HTML; stored sanitised (an allow-list of elements and attributes: no script, style, event handlers). */
      content: string;
      /** @description Leichte Sprache: who checked the text (a group or organisation, not a person's name). */
      checkedBy?: string | null;
    };
    BarrierReportDto: {
      page: string | null;
      /** Format: date-time */
      createdAt: string;
      id: string;
      message: string;
    };
    PublicPageDto: {
      /** @enum {string} */
      slug: 'barrierefreiheit' | 'leichte-sprache' | 'gebaerdensprache' | 'impressum' | 'datenschutz';
      /** @enum {string} */
      lang: 'de' | 'en';
      checkedBy: string | null;
      /** Format: date */
      checkedOn: string | null;
      /** Format: date-time */
      updatedAt: string | null;
      video: components['schemas']['SignVideoDto'] | null;
      title: string;
      /** @description Sanitised HTML. */
      content: string;
      isDefault: boolean;
    };
    FeedbackReceiptDto: {
      /** Format: date-time */
      createdAt: string;
      id: string;
    };
    CreateFeedbackDto: {
      /** @description The page the report is about (a path or address). */
      page?: string | null;
      /** @description What does not work, and where. Please no personal data. */
      message: string;
    };
    ReportingDateDto: {
      id: string;
      name: string;
      /** @description The date the reporting date stands for, YYYY-MM-DD. */
      date: string;
      /** @description When the snapshot was taken (UTC ISO). */
      createdAt: string;
      /** @description Name of whoever took it. */
      createdBy: string;
      measureCount: number;
    };
    CreateReportingDateDto: Record<string, never>;
    DevelopmentFieldOfActionDto: {
      fieldOfActionId: string;
      /** @description Its name on the latest reporting date that had measures in it. */
      name: string;
    };
    ReportingDevelopmentFieldDto: {
      fieldOfActionId: string;
      total: number;
      byStatus: components['schemas']['StatusCountsDto'];
      /** @description Mean progress (one decimal) over measures with known progress, neither rejected nor on hold; null if none. */
      meanProgress: number | null;
      progressBasis: number;
      /** @description Overdue as of the reporting date. */
      overdue: number;
    };
    ComparisonSideDto: {
      /** @description The reporting date, or null for today's state. */
      id: string | null;
      name: string;
      date: string;
    };
    ReportingFiguresDto: {
      total: number;
      byStatus: components['schemas']['StatusCountsDto'];
      /** @description Mean progress (one decimal) over measures with known progress, neither rejected nor on hold; null if none. */
      meanProgress: number | null;
      progressBasis: number;
      /** @description Overdue as of the reporting date. */
      overdue: number;
    };
    ReportingDevelopmentPointDto: {
      /** @description One entry per field of action of the development, in its order; total 0 where a field had no measures. */
      fieldsOfAction: components['schemas']['ReportingDevelopmentFieldDto'][];
      reportingDate: components['schemas']['ComparisonSideDto'];
      summary: components['schemas']['ReportingFiguresDto'];
    };
    ReportingDevelopmentDto: {
      /** @description Every field of action that had measures on any of the dates, in the Leitbild's order of the latest. */
      fieldsOfAction: components['schemas']['DevelopmentFieldOfActionDto'][];
      /** @description Every reporting date (up to `until`), oldest first. */
      points: components['schemas']['ReportingDevelopmentPointDto'][];
    };
    SnapshotMeasureDto: {
      /** @enum {string} */
      status: 'proposed' | 'in_review' | 'planned' | 'in_progress' | 'completed' | 'on_hold' | 'rejected';
      measureId: string;
      title: string;
      fieldOfActionId: string;
      fieldOfActionName: string;
      progress: number | null;
      plannedStart: string | null;
      plannedEnd: string | null;
      actualStart: string | null;
      actualEnd: string | null;
      leadActorId: string | null;
      leadActorName: string | null;
      partnerActorNames: string[];
      public: boolean;
      /** @description Overdue as of the snapshot's reporting date. */
      overdue: boolean;
    };
    StatusChangeDto: {
      /** @enum {string} */
      from: 'proposed' | 'in_review' | 'planned' | 'in_progress' | 'completed' | 'on_hold' | 'rejected';
      /** @enum {string} */
      to: 'proposed' | 'in_review' | 'planned' | 'in_progress' | 'completed' | 'on_hold' | 'rejected';
      measure: components['schemas']['SnapshotMeasureDto'];
    };
    ProgressChangeDto: {
      measure: components['schemas']['SnapshotMeasureDto'];
      from: number | null;
      to: number | null;
    };
    SnapshotIndicatorDto: {
      /** @enum {string} */
      desiredTrend: 'increase' | 'decrease';
      /** @enum {string} */
      state: 'on_track' | 'off_track' | 'reached' | 'no_data';
      /** @description 0–100, one decimal; null when the state is `no_data`. */
      progress: number | null;
      baseline: components['schemas']['IndicatorPointDto'] | null;
      latest: components['schemas']['IndicatorPointDto'] | null;
      finalGoal: components['schemas']['IndicatorPointDto'] | null;
      indicatorId: string;
      code: string;
      name: string;
      unit: string;
      fieldOfActionId: string;
      fieldOfActionName: string;
      public: boolean;
    };
    IndicatorValueChangeDto: {
      /**
       * Format: date
       * @description YYYY-MM-DD
       */
      date: string;
      /** @description The value before; null for a new value. */
      from: number | null;
      indicator: components['schemas']['SnapshotIndicatorDto'];
      to: number;
    };
    IndicatorStateChangeDto: {
      /** @enum {string} */
      from: 'on_track' | 'off_track' | 'reached' | 'no_data';
      /** @enum {string} */
      to: 'on_track' | 'off_track' | 'reached' | 'no_data';
      indicator: components['schemas']['SnapshotIndicatorDto'];
    };
    ReportingChangeTotalsDto: {
      added: number;
      removed: number;
      statusChanges: number;
      progressChanges: number;
      newlyOverdue: number;
    };
    ReportingChangesDto: {
      added: components['schemas']['SnapshotMeasureDto'][];
      removed: components['schemas']['SnapshotMeasureDto'][];
      statusChanges: components['schemas']['StatusChangeDto'][];
      progressChanges: components['schemas']['ProgressChangeDto'][];
      newlyOverdue: components['schemas']['SnapshotMeasureDto'][];
      /** @description Values the later side has that the earlier had not (`from` null), or had with another number. */
      newIndicatorValues: components['schemas']['IndicatorValueChangeDto'][];
      /** @description Indicators on both sides whose state differs. */
      indicatorStateChanges: components['schemas']['IndicatorStateChangeDto'][];
      from: components['schemas']['ComparisonSideDto'];
      to: components['schemas']['ComparisonSideDto'];
      /** @description How many measures each list has in full. */
      totals: components['schemas']['ReportingChangeTotalsDto'];
    };
    ReportingFieldOfActionDto: {
      measures: components['schemas']['SnapshotMeasureDto'][];
      fieldOfActionId: string;
      name: string;
      total: number;
      byStatus: components['schemas']['StatusCountsDto'];
      /** @description Mean progress (one decimal) over measures with known progress, neither rejected nor on hold; null if none. */
      meanProgress: number | null;
      progressBasis: number;
      /** @description Overdue as of the reporting date. */
      overdue: number;
    };
    ReportingIndicatorFieldDto: {
      /** @description By code. */
      indicators: components['schemas']['SnapshotIndicatorDto'][];
      fieldOfActionId: string;
      name: string;
      total: number;
      byState: components['schemas']['IndicatorStateCountsDto'];
    };
    ReportingCouncilPapersDto: {
      councilPapers: components['schemas']['CouncilPaperDto'][];
      measureId: string;
      title: string;
    };
    ReportingListTotalsDto: {
      overdue: number;
      councilPapers: number;
    };
    ReportingReportDto: {
      fieldsOfAction: components['schemas']['ReportingFieldOfActionDto'][];
      /** @description Changes since the previous reporting date; null for the first reporting date. */
      changes: components['schemas']['ReportingChangesDto'] | null;
      overdue: components['schemas']['SnapshotMeasureDto'][];
      /** @description The indicators as frozen, per field of action (fields with indicators, in the Leitbild's order at the time). */
      indicators: components['schemas']['ReportingIndicatorFieldDto'][];
      /** @description The council papers the snapshot's measures name (read with the report, not frozen), by measure title. */
      councilPapers: components['schemas']['ReportingCouncilPapersDto'][];
      reportingDate: components['schemas']['ReportingDateDto'];
      summary: components['schemas']['ReportingFiguresDto'];
      /** @description The figures of every reporting date up to and including this one, oldest first. */
      development: components['schemas']['ReportingDevelopmentDto'];
      /** @description How many entries the overdue list and the council papers have in full (a field's list: its `total`). */
      listTotals: components['schemas']['ReportingListTotalsDto'];
      /** @description When the report was put together (UTC ISO). */
      generatedAt: string;
    };
    TaskSubItemDto: {
      measureId: string;
      title: string;
      link: string;
      /** @description Why it is listed: `stale`, `overdue`, `new`, `removed`, `status:<from>:<to>` or `progress:<from>:<to>`. */
      reason: string;
    };
    TaskItemDto: {
      /** @enum {string} */
      kind:
        | 'overdue'
        | 'due_soon'
        | 'stale'
        | 'review_comment'
        | 'indicator_values_due'
        | 'meeting_upcoming'
        | 'council_digest'
        | 'barrier_report';
      /**
       * Format: date
       * @description The day it is due or became due (YYYY-MM-DD), or null.
       */
      dueDate: string | null;
      items: components['schemas']['TaskSubItemDto'][];
      /** @description Stable key of this notice (the same notice is never sent twice). */
      key: string;
      measureId: string | null;
      indicatorId: string | null;
      meetingId: string | null;
      title: string;
      /** @description Path in the dashboard, e.g. `/measures/<id>`. */
      link: string;
    };
    TaskTotalsDto: {
      overdue: number;
      due_soon: number;
      stale: number;
      review_comment: number;
      indicator_values_due: number;
      meeting_upcoming: number;
      council_digest: number;
      barrier_report: number;
    };
    TaskListDto: {
      /** @description The most pressing tasks, at most 100 of each kind (`TASKS_SHOWN_PER_KIND`). */
      items: components['schemas']['TaskItemDto'][];
      totals: components['schemas']['TaskTotalsDto'];
      /** @description All tasks, also those beyond the ones in `items`. */
      total: number;
    };
    NotificationSettingsDto: {
      /** @enum {string} */
      frequency: 'off' | 'immediate' | 'daily' | 'weekly';
      /**
       * @description The language of the e-mails.
       * @enum {string}
       */
      language: 'de' | 'en';
    };
    UpdateNotificationSettingsDto: {
      /** @enum {string} */
      frequency: 'off' | 'immediate' | 'daily' | 'weekly';
      /**
       * @description The language of the e-mails; unchanged when left out.
       * @enum {string}
       */
      language?: 'de' | 'en';
    };
    NotificationAdminSettingsDto: {
      /** @description A measure not updated for longer than this many days is stale. */
      staleDays: number;
      /** @description The hour (0–23, in timeZone) at which daily and weekly digests go out. */
      digestHour: number;
      /** @description IANA time zone of the installation, e.g. Europe/Berlin. */
      timeZone: string;
      /** @description Weekday of the weekly digest: 1 Monday … 7 Sunday. */
      weeklyWeekday: number;
      /** @description Whether e-mail is configured (SMTP_URL). */
      mailConfigured: boolean;
    };
    UpdateNotificationAdminSettingsDto: {
      staleDays: number;
      digestHour: number;
      timeZone: string;
      weeklyWeekday: number;
    };
    NotificationLogEntryDto: {
      /** @enum {string} */
      digest: 'off' | 'immediate' | 'daily' | 'weekly';
      kinds: (
        | 'overdue'
        | 'due_soon'
        | 'stale'
        | 'review_comment'
        | 'indicator_values_due'
        | 'meeting_upcoming'
        | 'council_digest'
        | 'barrier_report'
      )[];
      /** @enum {string} */
      status: 'pending' | 'sending' | 'sent' | 'failed';
      id: string;
      recipientId: string;
      recipientEmail: string;
      subject: string;
      attempts: number;
      createdAt: string;
      sentAt: string | null;
      nextAttemptAt: string | null;
      error: string | null;
    };
    MeetingBodyDto: {
      id: string;
      name: string;
      position: number;
      /** @description How many meetings name this body; a body with meetings cannot be deleted (409 `in_use`). */
      meetingCount: number;
    };
    CreateMeetingBodyDto: {
      name: string;
      /** @description Place in the list (ascending); at the end when left out. */
      position?: number;
    };
    UpdateMeetingBodyDto: {
      name?: string;
      /** @description Place in the list (ascending); at the end when left out. */
      position?: number;
    };
    MeetingDto: {
      /**
       * Format: date-time
       * @description UTC ISO date-time.
       */
      startsAt: string;
      id: string;
      version: number;
      /** @description The body's name. */
      body: string;
      bodyId: string;
      title: string;
      place: string | null;
      url: string | null;
      /** @description The reporting date taken for this meeting (`POST /meetings/:id/reporting-date`). */
      reportingDateId: string | null;
      reportingDateName: string | null;
      createdAt: string;
      updatedAt: string;
    };
    NextMeetingDto: {
      meeting: components['schemas']['MeetingDto'] | null;
      /** @description Calendar days from today until the meeting's day in the installation's time zone (0: today). */
      days: number | null;
      /** @description The server's time of the answer (UTC ISO). */
      now: string;
    };
    CreateMeetingDto: {
      /**
       * @description The id of a meeting body (`GET /meeting-bodies`), or its name as listed there.
       * @example Integrationsrat
       */
      body: string;
      /**
       * Format: date-time
       * @description ISO date-time with its offset (`Z` or `±hh:mm`); stored and answered as UTC.
       * @example 2027-03-04T17:00:00+01:00
       */
      startsAt: string;
      /**
       * Format: uri
       * @description The meeting in the council information system: an http or https address (ALLRIS, OParl, …).
       * @example https://ratsinfo.example.org/si0057.php
       */
      url?: string | null;
      title: string;
      place?: string | null;
    };
    UpdateMeetingDto: {
      /**
       * @description The id of a meeting body (`GET /meeting-bodies`), or its name as listed there.
       * @example Integrationsrat
       */
      body?: string;
      /**
       * Format: date-time
       * @description ISO date-time with its offset (`Z` or `±hh:mm`); stored and answered as UTC.
       * @example 2027-03-04T17:00:00+01:00
       */
      startsAt?: string;
      /**
       * Format: uri
       * @description The meeting in the council information system: an http or https address (ALLRIS, OParl, …).
       * @example https://ratsinfo.example.org/si0057.php
       */
      url?: string | null;
      title?: string;
      place?: string | null;
    };
    CreateMeetingReportingDateDto: {
      /** @description The reporting date's name (unique); without one, the body, title and date of the meeting. */
      name?: string;
    };
    /** @description The body of every error answer. `message` is for people; clients act on `statusCode` and `problems`. */
    ErrorResponse: {
      /**
       * @description The HTTP status, repeated.
       * @example 400
       */
      statusCode: number;
      /**
       * @description The status text, e.g. `Bad Request`.
       * @example Bad Request
       */
      error: string;
      /** @description What went wrong, in English; one sentence per problem for validation errors. */
      message: string | string[];
      /** @description Each problem as data: the field (null for the request as a whole), a code and its parameters. */
      problems: {
        /** @example plannedEnd */
        field: string | null;
        code: components['schemas']['ProblemCode'];
        /** @description The parameters of the code, e.g. `{ "max": 200 }`. */
        params: {
          [key: string]: (string | null) | number | boolean | string[];
        };
      }[];
    };
    /**
     * @description What is wrong, one code per rule (`PROBLEM_CODES` in the shared contracts). Parameters: `too_long` `{ max }`, `too_short` `{ min }`, `too_small` `{ min }`, `too_large` `{ max }`, `too_many_items` `{ max }`, `page_limit` `{ max }`, `nesting_too_deep` `{ max }`, `not_allowed_value` `{ allowed }`, `date_before_start` `{ other }`, `not_earlier` `{ other, otherDate }`, `period_too_long` `{ max }` (years), `illegal_transition` `{ from, to, allowed }`, `note_required` `{ status }`, `version_mismatch` `{ current }`, `edit_window_closed` `{ minutes }`, `rate_limited` `{ minutes }` (sign-in), `too_many_rows` `{ max }`, `too_many_columns` `{ max }`, `payload_too_large` `{ max }` (bytes, where known), `column_required` `{ column }`, `duplicate_column` `{ column }`, `duplicate_id` `{ row }`, `duplicate_entry` `{ row }`, `file_unreadable` `{ line }` (where known). Every other code has no parameters.
     * @enum {string}
     */
    ProblemCode:
      | 'required'
      | 'too_long'
      | 'too_short'
      | 'not_string'
      | 'not_boolean'
      | 'not_integer'
      | 'not_number'
      | 'not_array'
      | 'not_object'
      | 'too_small'
      | 'too_large'
      | 'too_many_items'
      | 'duplicate_items'
      | 'invalid_email'
      | 'invalid_date'
      | 'invalid_format'
      | 'invalid_url'
      | 'invalid_id'
      | 'invalid_text'
      | 'nesting_too_deep'
      | 'not_allowed_value'
      | 'unknown_field'
      | 'invalid_value'
      | 'malformed_request'
      | 'date_before_start'
      | 'period_too_long'
      | 'date_in_future'
      | 'not_earlier'
      | 'unknown_reference'
      | 'lead_is_partner'
      | 'not_found'
      | 'nothing_to_compare'
      | 'duplicate_name'
      | 'duplicate_email'
      | 'duplicate_code'
      | 'in_use'
      | 'already_linked'
      | 'illegal_transition'
      | 'note_required'
      | 'version_mismatch'
      | 'if_match_required'
      | 'if_match_malformed'
      | 'sign_in_required'
      | 'wrong_credentials'
      | 'token_invalid'
      | 'session_required'
      | 'csrf_token_invalid'
      | 'forbidden_role'
      | 'not_lead_or_partner'
      | 'lead_actor_only'
      | 'not_responsible_actor'
      | 'author_only'
      | 'edit_window_closed'
      | 'self_lockout'
      | 'current_password_wrong'
      | 'sign_in_throttled'
      | 'password_too_common'
      | 'password_contains_personal_data'
      | 'password_login_off'
      | 'password_login_admins_only'
      | 'single_sign_on_account'
      | 'file_missing'
      | 'file_empty'
      | 'file_type_unsupported'
      | 'file_type_mismatch'
      | 'file_unreadable'
      | 'header_missing'
      | 'too_many_rows'
      | 'too_many_columns'
      | 'unknown_column'
      | 'duplicate_column'
      | 'column_required'
      | 'duplicate_id'
      | 'duplicate_entry'
      | 'characters_lost'
      | 'cell_without_value'
      | 'not_yes_no'
      | 'payload_too_large'
      | 'unsupported_media_type'
      | 'headers_too_large'
      | 'request_timeout'
      | 'rate_limited'
      | 'import_in_progress'
      | 'page_limit'
      | 'method_not_allowed'
      | 'request_failed'
      | 'internal_error'
      | 'service_unavailable';
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  AuditController_list: {
    parameters: {
      query?: {
        page?: number;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of the list. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PageDto'] & {
            items: components['schemas']['AuditEntryDto'][];
          };
        };
      };
      /** @description The request is malformed or breaks a validation rule; `message` and `problems` name the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the session or token has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The role does not allow this, or a write with a session cookie lacks `X-XSRF-TOKEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  AuthController_login: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LoginDto'];
      };
    };
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserDto'];
        };
      };
      /** @description The request is malformed or breaks a validation rule; `message` and `problems` name the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description E-mail or password is wrong (the same answer for unknown e-mails). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Signing in with a password is turned off (`password_login_off`), or allowed for administrators only and the password was right but the account is none (`password_login_admins_only`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The content type is not accepted (JSON, or multipart for uploads). */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many failed sign-ins for this account or address. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  AuthController_logout: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Signed out here; continue at the provider to sign out there. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LogoutResultDto'];
        };
      };
      /** @description Signed out. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Not signed in, or the session or token has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The role does not allow this, or a write with a session cookie lacks `X-XSRF-TOKEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  AuthController_me: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserDto'];
        };
      };
      /** @description Not signed in, or the session or token has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  AuthController_changePassword: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangeOwnPasswordDto'];
      };
    };
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request is malformed or breaks a validation rule; `message` and `problems` name the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the session or token has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The role does not allow this, or a write with a session cookie lacks `X-XSRF-TOKEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The content type is not accepted (JSON, or multipart for uploads). */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  AuthController_listTokens: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiTokenDto'][];
        };
      };
      /** @description Not signed in, or the session or token has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  AuthController_createToken: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateApiTokenDto'];
      };
    };
    responses: {
      /** @description Created. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreatedApiTokenDto'];
        };
      };
      /** @description The request is malformed or breaks a validation rule; `message` and `problems` name the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the session or token has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The role does not allow this, or a write with a session cookie lacks `X-XSRF-TOKEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The content type is not accepted (JSON, or multipart for uploads). */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  AuthController_revokeToken: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request is malformed or breaks a validation rule; `message` and `problems` name the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the session or token has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The role does not allow this, or a write with a session cookie lacks `X-XSRF-TOKEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No such record (or not visible to the caller). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  UsersController_list: {
    parameters: {
      query?: {
        page?: number;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of the list. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PageDto'] & {
            items: components['schemas']['UserDto'][];
          };
        };
      };
      /** @description The request is malformed or breaks a validation rule; `message` and `problems` name the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the session or token has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The role does not allow this, or a write with a session cookie lacks `X-XSRF-TOKEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  UsersController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateUserDto'];
      };
    };
    responses: {
      /** @description Created. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserDto'];
        };
      };
      /** @description The request is malformed or breaks a validation rule; `message` and `problems` name the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the session or token has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The role does not allow this, or a write with a session cookie lacks `X-XSRF-TOKEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The change conflicts with the current state (a duplicate, or a transition the lifecycle does not allow). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The content type is not accepted (JSON, or multipart for uploads). */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  UsersController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateUserDto'];
      };
    };
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserDto'];
        };
      };
      /** @description The request is malformed or breaks a validation rule; `message` and `problems` name the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the session or token has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The role does not allow this, or a write with a session cookie lacks `X-XSRF-TOKEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No such record (or not visible to the caller). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The content type is not accepted (JSON, or multipart for uploads). */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  UsersController_resetPassword: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ResetPasswordDto'];
      };
    };
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request is malformed or breaks a validation rule; `message` and `problems` name the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the session or token has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The role does not allow this, or a write with a session cookie lacks `X-XSRF-TOKEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No such record (or not visible to the caller). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The change conflicts with the current state (a duplicate, or a transition the lifecycle does not allow). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The content type is not accepted (JSON, or multipart for uploads). */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  OidcController_providers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuthProvidersDto'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  OidcController_login: {
    parameters: {
      query?: {
        returnTo?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description To the provider’s sign-in, or to the sign-in page. */
      302: {
        headers: {
          /** @description Where the browser goes next. */
          Location?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request is malformed or breaks a validation rule; `message` and `problems` name the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No such record (or not visible to the caller). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  OidcController_callback: {
    parameters: {
      query?: {
        state?: string;
        code?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description To the page asked for, or to the sign-in page with a reason. */
      302: {
        headers: {
          /** @description Where the browser goes next. */
          Location?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request is malformed or breaks a validation rule; `message` and `problems` name the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No such record (or not visible to the caller). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  HealthController_check: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The API and its database answer. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthStatusDto'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database does not answer, or writes are stopped. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  FieldsOfActionController_list: {
    parameters: {
      query?: {
        page?: number;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of the list. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PageDto'] & {
            items: components['schemas']['FieldOfActionDto'][];
          };
        };
      };
      /** @description The request is malformed or breaks a validation rule; `message` and `problems` name the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the session or token has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  FieldsOfActionController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateFieldOfActionDto'];
      };
    };
    responses: {
      /** @description Created. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FieldOfActionDto'];
        };
      };
      /** @description The request is malformed or breaks a validation rule; `message` and `problems` name the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the session or token has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The role does not allow this, or a write with a session cookie lacks `X-XSRF-TOKEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The change conflicts with the current state (a duplicate, or a transition the lifecycle does not allow). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The content type is not accepted (JSON, or multipart for uploads). */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  FieldsOfActionController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FieldOfActionDto'];
        };
      };
      /** @description The request is malformed or breaks a validation rule; `message` and `problems` name the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the session or token has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No such record (or not visible to the caller). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  FieldsOfActionController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateFieldOfActionDto'];
      };
    };
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FieldOfActionDto'];
        };
      };
      /** @description The request is malformed or breaks a validation rule; `message` and `problems` name the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the session or token has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The role does not allow this, or a write with a session cookie lacks `X-XSRF-TOKEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No such record (or not visible to the caller). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The change conflicts with the current state (a duplicate, or a transition the lifecycle does not allow). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The content type is not accepted (JSON, or multipart for uploads). */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  GuidelinesController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LeitbildSectionDto'][];
        };
      };
      /** @description Not signed in, or the session or token has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ActorsController_list: {
    parameters: {
      query?: {
        type?:
          | 'administration'
          | 'council'
          | 'politics'
          | 'network'
          | 'association'
          | 'migrant_organisation'
          | 'education'
          | 'social_institution'
          | 'business'
          | 'other';
        /** @description Part of the name, case-insensitive. */
        q?: string;
        page?: number;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of the list. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PageDto'] & {
            items: components['schemas']['ActorDto'][];
          };
        };
      };
      /** @description The request is malformed or breaks a validation rule; `message` and `problems` name the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the session or token has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ActorsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateActorDto'];
      };
    };
    responses: {
      /** @description Created. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ActorDto'];
        };
      };
      /** @description The request is malformed or breaks a validation rule; `message` and `problems` name the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the session or token has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The role does not allow this, or a write with a session cookie lacks `X-XSRF-TOKEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The change conflicts with the current state (a duplicate, or a transition the lifecycle does not allow). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The content type is not accepted (JSON, or multipart for uploads). */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ActorsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ActorDto'];
        };
      };
      /** @description The request is malformed or breaks a validation rule; `message` and `problems` name the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the session or token has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No such record (or not visible to the caller). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ActorsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateActorDto'];
      };
    };
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ActorDto'];
        };
      };
      /** @description The request is malformed or breaks a validation rule; `message` and `problems` name the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the session or token has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The role does not allow this, or a write with a session cookie lacks `X-XSRF-TOKEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No such record (or not visible to the caller). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The change conflicts with the current state (a duplicate, or a transition the lifecycle does not allow). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The content type is not accepted (JSON, or multipart for uploads). */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  MeasuresController_statuses: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StatusDefinitionDto'][];
        };
      };
      /** @description Not signed in, or the session or token has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  MeasuresController_list: {
    parameters: {
      query?: {
        status?: 'proposed' | 'in_review' | 'planned' | 'in_progress' | 'completed' | 'on_hold' | 'rejected';
        /** @description Only measures whose planned end has passed and that are neither completed nor rejected. */
        overdue?: boolean;
        /**
         * @description Only measures changed on or after this day (YYYY-MM-DD, from its start in UTC): what changed since the
         *     integration council's last session.
         */
        changedSince?: string;
        /** @description Only measures naming the council paper with this reference (exact, ignoring case and surrounding spaces). */
        councilPaper?: string;
        /** @description A field from the allow-list, `-` in front for descending. Default: `-updatedAt`. */
        sort?:
          | 'title'
          | '-title'
          | 'status'
          | '-status'
          | 'progress'
          | '-progress'
          | 'plannedStart'
          | '-plannedStart'
          | 'plannedEnd'
          | '-plannedEnd'
          | 'createdAt'
          | '-createdAt'
          | 'updatedAt'
          | '-updatedAt';
        /** @description Id of a field of action. */
        fieldOfAction?: string;
        /** @description Id of an actor, lead or partner. */
        actor?: string;
        /** @description Id of a guideline. */
        guideline?: string;
        /** @description Text in title or description, case-insensitive. */
        q?: string;
        page?: number;
        limit?: number;
      };
      header?: {
        /** @description ETag of an answer already held: 304 without a body while the data has not changed. */
        'If-None-Match'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /**
       * @description A page of the list.
       *
       *     The answer, with its ETag.
       */
      200: {
        headers: {
          /** @description Names this answer; send it back in If-None-Match to get 304 while nothing has changed. Routes that return a measure answer with the measure's version, as If-Match expects. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PageDto'] & {
            items: components['schemas']['MeasureListItemDto'][];
          };
        };
      };
      /** @description Not modified: the answer named in If-None-Match is still current. */
      304: {
        headers: {
          /** @description Names this answer; send it back in If-None-Match to get 304 while nothing has changed. Routes that return a measure answer with the measure's version, as If-Match expects. */
          ETag?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request is malformed or breaks a validation rule; `message` and `problems` name the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the session or token has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  MeasuresController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateMeasureDto'];
      };
    };
    responses: {
      /** @description Created. */
      201: {
        headers: {
          /** @description The version of the record, e.g. `"3"`; send it back in `If-Match` to change the record. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeasureDto'];
        };
      };
      /** @description The request is malformed or breaks a validation rule; `message` and `problems` name the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the session or token has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The role does not allow this, or a write with a session cookie lacks `X-XSRF-TOKEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The content type is not accepted (JSON, or multipart for uploads). */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  MeasuresController_get: {
    parameters: {
      query?: never;
      header?: {
        /** @description ETag of an answer already held: 304 without a body while the data has not changed. */
        'If-None-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /**
       * @description OK.
       *
       *     The answer, with its ETag.
       */
      200: {
        headers: {
          /** @description Names this answer; send it back in If-None-Match to get 304 while nothing has changed. Routes that return a measure answer with the measure's version, as If-Match expects. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeasureDto'];
        };
      };
      /** @description Not modified: the answer named in If-None-Match is still current. */
      304: {
        headers: {
          /** @description Names this answer; send it back in If-None-Match to get 304 while nothing has changed. Routes that return a measure answer with the measure's version, as If-Match expects. */
          ETag?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request is malformed or breaks a validation rule; `message` and `problems` name the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the session or token has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No such record (or not visible to the caller). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  MeasuresController_update: {
    parameters: {
      query?: never;
      header: {
        /** @description ETag of the version the change is based on, e.g. `"3"`. */
        'If-Match': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateMeasureDto'];
      };
    };
    responses: {
      /** @description OK. */
      200: {
        headers: {
          /** @description The version of the record, e.g. `"3"`; send it back in `If-Match` to change the record. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeasureDto'];
        };
      };
      /** @description The request is malformed or breaks a validation rule; `message` and `problems` name the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the session or token has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The role does not allow this, or a write with a session cookie lacks `X-XSRF-TOKEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No such record (or not visible to the caller). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Someone saved the record in between (`If-Match` is stale); nothing was written. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The content type is not accepted (JSON, or multipart for uploads). */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `If-Match` is missing. */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  MeasuresController_changeStatus: {
    parameters: {
      query?: never;
      header: {
        /** @description ETag of the version the change is based on, e.g. `"3"`. */
        'If-Match': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangeStatusDto'];
      };
    };
    responses: {
      /** @description OK. */
      200: {
        headers: {
          /** @description The version of the record, e.g. `"3"`; send it back in `If-Match` to change the record. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeasureDto'];
        };
      };
      /** @description The request is malformed or breaks a validation rule; `message` and `problems` name the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the session or token has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The role does not allow this, or a write with a session cookie lacks `X-XSRF-TOKEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No such record (or not visible to the caller). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The change conflicts with the current state (a duplicate, or a transition the lifecycle does not allow). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Someone saved the record in between (`If-Match` is stale); nothing was written. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The content type is not accepted (JSON, or multipart for uploads). */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `If-Match` is missing. */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  MeasuresController_addProgressUpdate: {
    parameters: {
      query?: never;
      header: {
        /** @description ETag of the version the change is based on, e.g. `"3"`. */
        'If-Match': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ProgressUpdateDto'];
      };
    };
    responses: {
      /** @description OK. */
      200: {
        headers: {
          /** @description The version of the record, e.g. `"3"`; send it back in `If-Match` to change the record. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeasureDto'];
        };
      };
      /** @description The request is malformed or breaks a validation rule; `message` and `problems` name the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the session or token has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The role does not allow this, or a write with a session cookie lacks `X-XSRF-TOKEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No such record (or not visible to the caller). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Someone saved the record in between (`If-Match` is stale); nothing was written. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The content type is not accepted (JSON, or multipart for uploads). */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `If-Match` is missing. */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  MeasuresController_history: {
    parameters: {
      query?: {
        /** @description Only entries of this kind, e.g. `progress_update` for the progress notes. */
        kind?: 'created' | 'field_change' | 'status_change' | 'progress_update';
        page?: number;
        limit?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of the list. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PageDto'] & {
            items: components['schemas']['HistoryEntryDto'][];
          };
        };
      };
      /** @description The request is malformed or breaks a validation rule; `message` and `problems` name the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the session or token has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No such record (or not visible to the caller). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  IndicatorValuesTransferController_import: {
    parameters: {
      query: {
        /** @description `dry-run` reports what would happen and writes nothing; `commit` writes all rows or, on any error, none. */
        mode: 'dry-run' | 'commit';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /**
           * Format: binary
           * @description A .csv or .xlsx file
           */
          file: string;
        };
      };
    };
    responses: {
      /** @description The dry run, or the commit that wrote every row. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IndicatorValueImportResultDto'];
        };
      };
      /** @description The request is malformed or breaks a validation rule; `message` and `problems` name the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the session or token has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The role does not allow this, or a write with a session cookie lacks `X-XSRF-TOKEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The file exceeds 5242880 bytes (`payload_too_large`), 20000 rows (`too_many_rows`) or 64 columns (`too_many_columns`), or an xlsx file unpacks to more than it may or than it declares (`payload_too_large`). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not a multipart upload, or neither a .csv nor an .xlsx file. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A commit with errors; nothing was written. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IndicatorValueImportResultDto'];
        };
      };
      /** @description Too many requests from this client address (`rate_limited`), or an import of the same user is still running (`import_in_progress`); nothing was read. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  IndicatorValuesTransferController_export: {
    parameters: {
      query?: {
        format?: 'csv' | 'xlsx';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file, as an attachment named kennzahlen-werte-<date>.<format>. */
      200: {
        headers: {
          /** @description attachment; filename="kennzahlen-werte-2026-11-23.csv" */
          'Content-Disposition'?: string;
          [name: string]: unknown;
        };
        content: {
          'text/csv; charset=utf-8': string;
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description The request is malformed or breaks a validation rule; `message` and `problems` name the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the session or token has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  IndicatorsController_list: {
    parameters: {
      query?: {
        /** @description Only indicators in this state (the rule's result, see the description of `state`). */
        state?: 'on_track' | 'off_track' | 'reached' | 'no_data';
        /** @description A field from the allow-list, `-` in front for descending. Default: `code`. */
        sort?:
          | 'code'
          | '-code'
          | 'name'
          | '-name'
          | 'state'
          | '-state'
          | 'progress'
          | '-progress'
          | 'updatedAt'
          | '-updatedAt';
        /** @description Id of a field of action. */
        fieldOfAction?: string;
        /** @description Id of a guideline. */
        guideline?: string;
        /** @description Text in code, name or description, case-insensitive. */
        q?: string;
        /** @description Id of a measure: only the indicators linked to it. */
        measure?: string;
        /** @description Id of an actor: only the indicators it is responsible for. */
        actor?: string;
        page?: number;
        limit?: number;
      };
      header?: {
        /** @description ETag of an answer already held: 304 without a body while the data has not changed. */
        'If-None-Match'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /**
       * @description A page of the list.
       *
       *     The answer, with its ETag.
       */
      200: {
        headers: {
          /** @description Names this answer; send it back in If-None-Match to get 304 while nothing has changed. Routes that return a measure answer with the measure's version, as If-Match expects. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PageDto'] & {
            items: components['schemas']['IndicatorListItemDto'][];
          };
        };
      };
      /** @description Not modified: the answer named in If-None-Match is still current. */
      304: {
        headers: {
          /** @description Names this answer; send it back in If-None-Match to get 304 while nothing has changed. Routes that return a measure answer with the measure's version, as If-Match expects. */
          ETag?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request is malformed or breaks a validation rule; `message` and `problems` name the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the session or token has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  IndicatorsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateIndicatorDto'];
      };
    };
    responses: {
      /** @description Created. */
      201: {
        headers: {
          /** @description The version of the record, e.g. `"3"`; send it back in `If-Match` to change the record. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IndicatorDto'];
        };
      };
      /** @description The request is malformed or breaks a validation rule; `message` and `problems` name the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the session or token has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The role does not allow this, or a write with a session cookie lacks `X-XSRF-TOKEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The change conflicts with the current state (a duplicate, or a transition the lifecycle does not allow). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The content type is not accepted (JSON, or multipart for uploads). */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  IndicatorsController_summary: {
    parameters: {
      query?: never;
      header?: {
        /** @description ETag of an answer already held: 304 without a body while the data has not changed. */
        'If-None-Match'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /**
       * @description OK.
       *
       *     The answer, with its ETag.
       */
      200: {
        headers: {
          /** @description Names this answer; send it back in If-None-Match to get 304 while nothing has changed. Routes that return a measure answer with the measure's version, as If-Match expects. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IndicatorSummaryDto'];
        };
      };
      /** @description Not modified: the answer named in If-None-Match is still current. */
      304: {
        headers: {
          /** @description Names this answer; send it back in If-None-Match to get 304 while nothing has changed. Routes that return a measure answer with the measure's version, as If-Match expects. */
          ETag?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request is malformed or breaks a validation rule; `message` and `problems` name the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the session or token has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  IndicatorsController_get: {
    parameters: {
      query?: never;
      header?: {
        /** @description ETag of an answer already held: 304 without a body while the data has not changed. */
        'If-None-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /**
       * @description OK.
       *
       *     The answer, with its ETag.
       */
      200: {
        headers: {
          /** @description Names this answer; send it back in If-None-Match to get 304 while nothing has changed. Routes that return a measure answer with the measure's version, as If-Match expects. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IndicatorDto'];
        };
      };
      /** @description Not modified: the answer named in If-None-Match is still current. */
      304: {
        headers: {
          /** @description Names this answer; send it back in If-None-Match to get 304 while nothing has changed. Routes that return a measure answer with the measure's version, as If-Match expects. */
          ETag?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request is malformed or breaks a validation rule; `message` and `problems` name the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the session or token has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No such record (or not visible to the caller). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  IndicatorsController_update: {
    parameters: {
      query?: never;
      header: {
        /** @description ETag of the version the change is based on, e.g. `"3"`. */
        'If-Match': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateIndicatorDto'];
      };
    };
    responses: {
      /** @description OK. */
      200: {
        headers: {
          /** @description The version of the record, e.g. `"3"`; send it back in `If-Match` to change the record. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IndicatorDto'];
        };
      };
      /** @description The request is malformed or breaks a validation rule; `message` and `problems` name the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the session or token has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The role does not allow this, or a write with a session cookie lacks `X-XSRF-TOKEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No such record (or not visible to the caller). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The change conflicts with the current state (a duplicate, or a transition the lifecycle does not allow). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Someone saved the record in between (`If-Match` is stale); nothing was written. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The content type is not accepted (JSON, or multipart for uploads). */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `If-Match` is missing. */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  IndicatorsController_history: {
    parameters: {
      query?: {
        page?: number;
        limit?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of the list. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PageDto'] & {
            items: components['schemas']['IndicatorHistoryEntryDto'][];
          };
        };
      };
      /** @description The request is malformed or breaks a validation rule; `message` and `problems` name the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the session or token has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No such record (or not visible to the caller). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  IndicatorsController_putValue: {
    parameters: {
      query?: never;
      header: {
        /** @description ETag of the version the change is based on, e.g. `"3"`. */
        'If-Match': string;
      };
      path: {
        /** @description The calendar date of the value or goal, YYYY-MM-DD. */
        date: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PutIndicatorValueDto'];
      };
    };
    responses: {
      /** @description OK. */
      200: {
        headers: {
          /** @description The version of the record, e.g. `"3"`; send it back in `If-Match` to change the record. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IndicatorDto'];
        };
      };
      /** @description The request is malformed or breaks a validation rule; `message` and `problems` name the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the session or token has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The role does not allow this, or a write with a session cookie lacks `X-XSRF-TOKEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No such record (or not visible to the caller). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Someone saved the record in between (`If-Match` is stale); nothing was written. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The content type is not accepted (JSON, or multipart for uploads). */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `If-Match` is missing. */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  IndicatorsController_deleteValue: {
    parameters: {
      query?: never;
      header: {
        /** @description ETag of the version the change is based on, e.g. `"3"`. */
        'If-Match': string;
      };
      path: {
        /** @description The calendar date of the value or goal, YYYY-MM-DD. */
        date: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          /** @description The version of the record, e.g. `"3"`; send it back in `If-Match` to change the record. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IndicatorDto'];
        };
      };
      /** @description The request is malformed or breaks a validation rule; `message` and `problems` name the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the session or token has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The role does not allow this, or a write with a session cookie lacks `X-XSRF-TOKEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No such record (or not visible to the caller). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Someone saved the record in between (`If-Match` is stale); nothing was written. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `If-Match` is missing. */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  IndicatorsController_putGoal: {
    parameters: {
      query?: never;
      header: {
        /** @description ETag of the version the change is based on, e.g. `"3"`. */
        'If-Match': string;
      };
      path: {
        /** @description The calendar date of the value or goal, YYYY-MM-DD. */
        date: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PutIndicatorGoalDto'];
      };
    };
    responses: {
      /** @description OK. */
      200: {
        headers: {
          /** @description The version of the record, e.g. `"3"`; send it back in `If-Match` to change the record. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IndicatorDto'];
        };
      };
      /** @description The request is malformed or breaks a validation rule; `message` and `problems` name the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the session or token has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The role does not allow this, or a write with a session cookie lacks `X-XSRF-TOKEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No such record (or not visible to the caller). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Someone saved the record in between (`If-Match` is stale); nothing was written. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The content type is not accepted (JSON, or multipart for uploads). */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `If-Match` is missing. */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  IndicatorsController_deleteGoal: {
    parameters: {
      query?: never;
      header: {
        /** @description ETag of the version the change is based on, e.g. `"3"`. */
        'If-Match': string;
      };
      path: {
        /** @description The calendar date of the value or goal, YYYY-MM-DD. */
        date: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          /** @description The version of the record, e.g. `"3"`; send it back in `If-Match` to change the record. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IndicatorDto'];
        };
      };
      /** @description The request is malformed or breaks a validation rule; `message` and `problems` name the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the session or token has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The role does not allow this, or a write with a session cookie lacks `X-XSRF-TOKEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No such record (or not visible to the caller). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Someone saved the record in between (`If-Match` is stale); nothing was written. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `If-Match` is missing. */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  TransferController_import: {
    parameters: {
      query: {
        /** @description `dry-run` reports what would happen and writes nothing; `commit` writes all rows or, on any error, none. */
        mode: 'dry-run' | 'commit';
      };
      header?: {
        /** @description `respond-async`: run the import as a job and answer `202` at once (RFC 7240). */
        Prefer?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /**
           * Format: binary
           * @description A .csv or .xlsx file
           */
          file: string;
        };
      };
    };
    responses: {
      /** @description The dry run, or the commit that wrote every row. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportResultDto'];
        };
      };
      /** @description Sent with `Prefer: respond-async`: the import runs as a job; poll the `Location`. */
      202: {
        headers: {
          /** @description The job: /api/v1/imports/{jobId} */
          Location?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportJobDto'];
        };
      };
      /** @description The request is malformed or breaks a validation rule; `message` and `problems` name the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the session or token has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The role does not allow this, or a write with a session cookie lacks `X-XSRF-TOKEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The file exceeds 5242880 bytes (`payload_too_large`), 20000 rows (`too_many_rows`) or 64 columns (`too_many_columns`), or an xlsx file unpacks to more than it may or than it declares (`payload_too_large`). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not a multipart upload, or neither a .csv nor an .xlsx file. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A commit with errors; nothing was written. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportResultDto'];
        };
      };
      /** @description Too many requests from this client address (`rate_limited`), or an import of the same user is still running (`import_in_progress`); nothing was read. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  TransferController_export: {
    parameters: {
      query?: {
        status?: 'proposed' | 'in_review' | 'planned' | 'in_progress' | 'completed' | 'on_hold' | 'rejected';
        /** @description Only measures whose planned end has passed and that are neither completed nor rejected. */
        overdue?: boolean;
        /**
         * @description Only measures changed on or after this day (YYYY-MM-DD, from its start in UTC): what changed since the
         *     integration council's last session.
         */
        changedSince?: string;
        /** @description Only measures naming the council paper with this reference (exact, ignoring case and surrounding spaces). */
        councilPaper?: string;
        /** @description A field from the allow-list, `-` in front for descending. Default: `-updatedAt`. */
        sort?:
          | 'title'
          | '-title'
          | 'status'
          | '-status'
          | 'progress'
          | '-progress'
          | 'plannedStart'
          | '-plannedStart'
          | 'plannedEnd'
          | '-plannedEnd'
          | 'createdAt'
          | '-createdAt'
          | 'updatedAt'
          | '-updatedAt';
        /** @description Id of a field of action. */
        fieldOfAction?: string;
        /** @description Id of an actor, lead or partner. */
        actor?: string;
        /** @description Id of a guideline. */
        guideline?: string;
        /** @description Text in title or description, case-insensitive. */
        q?: string;
        format?: 'csv' | 'xlsx' | 'json';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file, as an attachment named massnahmen-<date>.<format>. */
      200: {
        headers: {
          /** @description attachment; filename="massnahmen-2026-11-23.csv" */
          'Content-Disposition'?: string;
          [name: string]: unknown;
        };
        content: {
          'text/csv; charset=utf-8': string;
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          'application/json; charset=utf-8': Record<string, never>[];
        };
      };
      /** @description The request is malformed or breaks a validation rule; `message` and `problems` name the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the session or token has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ImportJobsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The job's id, from the `Location` of the `202` answer. */
        jobId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportJobDto'];
        };
      };
      /** @description The request is malformed or breaks a validation rule; `message` and `problems` name the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the session or token has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No such record (or not visible to the caller). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ReviewCommentsController_list: {
    parameters: {
      query?: {
        page?: number;
        limit?: number;
      };
      header?: never;
      path: {
        measureId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of the list. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PageDto'] & {
            items: components['schemas']['ReviewCommentResponseDto'][];
          };
        };
      };
      /** @description The request is malformed or breaks a validation rule; `message` and `problems` name the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the session or token has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No such record (or not visible to the caller). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ReviewCommentsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        measureId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReviewCommentDto'];
      };
    };
    responses: {
      /** @description Created. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReviewCommentResponseDto'];
        };
      };
      /** @description The request is malformed or breaks a validation rule; `message` and `problems` name the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the session or token has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The role does not allow this, or a write with a session cookie lacks `X-XSRF-TOKEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No such record (or not visible to the caller). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The content type is not accepted (JSON, or multipart for uploads). */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ReviewCommentsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        measureId: string;
        commentId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReviewCommentDto'];
      };
    };
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReviewCommentResponseDto'];
        };
      };
      /** @description The request is malformed or breaks a validation rule; `message` and `problems` name the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the session or token has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The role does not allow this, or a write with a session cookie lacks `X-XSRF-TOKEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No such record (or not visible to the caller). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The content type is not accepted (JSON, or multipart for uploads). */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  SummaryController_summary: {
    parameters: {
      query?: {
        /** @description Id of a field of action: every part of the summary is narrowed to it. */
        fieldOfAction?: string;
        /** @description First day of the period (YYYY-MM-DD) of the timeline and the recent changes. Default: 11 months before `to`, first day; at most 100 years before `to`. */
        from?: string;
        /** @description Last day of the period (YYYY-MM-DD), on or after `from`. Default: today. */
        to?: string;
      };
      header?: {
        /** @description ETag of an answer already held: 304 without a body while the data has not changed. */
        'If-None-Match'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /**
       * @description OK.
       *
       *     The answer, with its ETag.
       */
      200: {
        headers: {
          /** @description Names this answer; send it back in If-None-Match to get 304 while nothing has changed. Routes that return a measure answer with the measure's version, as If-Match expects. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DashboardSummaryDto'];
        };
      };
      /** @description Not modified: the answer named in If-None-Match is still current. */
      304: {
        headers: {
          /** @description Names this answer; send it back in If-None-Match to get 304 while nothing has changed. Routes that return a measure answer with the measure's version, as If-Match expects. */
          ETag?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request is malformed or breaks a validation rule; `message` and `problems` name the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the session or token has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  PublicController_list: {
    parameters: {
      query?: {
        status?: 'proposed' | 'in_review' | 'planned' | 'in_progress' | 'completed' | 'on_hold' | 'rejected';
        /** @description Only measures whose planned end has passed and that are neither completed nor rejected. */
        overdue?: boolean;
        /**
         * @description Only measures changed on or after this day (YYYY-MM-DD, from its start in UTC): what changed since the
         *     integration council's last session.
         */
        changedSince?: string;
        /** @description Only measures naming the council paper with this reference (exact, ignoring case and surrounding spaces). */
        councilPaper?: string;
        /** @description A field from the allow-list, `-` in front for descending. Default: `-updatedAt`. */
        sort?:
          | 'title'
          | '-title'
          | 'status'
          | '-status'
          | 'progress'
          | '-progress'
          | 'plannedStart'
          | '-plannedStart'
          | 'plannedEnd'
          | '-plannedEnd'
          | 'createdAt'
          | '-createdAt'
          | 'updatedAt'
          | '-updatedAt';
        /** @description Id of a field of action. */
        fieldOfAction?: string;
        /** @description Id of an actor, lead or partner. */
        actor?: string;
        /** @description Id of a guideline. */
        guideline?: string;
        /** @description Text in title or description, case-insensitive. */
        q?: string;
        page?: number;
        limit?: number;
      };
      header?: {
        /** @description ETag of an answer already held: 304 without a body while the data has not changed. */
        'If-None-Match'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /**
       * @description A page of the list.
       *
       *     The answer, with its ETag.
       */
      200: {
        headers: {
          /** @description Names this answer; send it back in If-None-Match to get 304 while nothing has changed. Routes that return a measure answer with the measure's version, as If-Match expects. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PageDto'] & {
            items: components['schemas']['PublicMeasureDto'][];
          };
        };
      };
      /** @description Not modified: the answer named in If-None-Match is still current. */
      304: {
        headers: {
          /** @description Names this answer; send it back in If-None-Match to get 304 while nothing has changed. Routes that return a measure answer with the measure's version, as If-Match expects. */
          ETag?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request is malformed or breaks a validation rule; `message` and `problems` name the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  PublicController_export: {
    parameters: {
      query?: {
        status?: 'proposed' | 'in_review' | 'planned' | 'in_progress' | 'completed' | 'on_hold' | 'rejected';
        /** @description Only measures whose planned end has passed and that are neither completed nor rejected. */
        overdue?: boolean;
        /**
         * @description Only measures changed on or after this day (YYYY-MM-DD, from its start in UTC): what changed since the
         *     integration council's last session.
         */
        changedSince?: string;
        /** @description Only measures naming the council paper with this reference (exact, ignoring case and surrounding spaces). */
        councilPaper?: string;
        /** @description A field from the allow-list, `-` in front for descending. Default: `-updatedAt`. */
        sort?:
          | 'title'
          | '-title'
          | 'status'
          | '-status'
          | 'progress'
          | '-progress'
          | 'plannedStart'
          | '-plannedStart'
          | 'plannedEnd'
          | '-plannedEnd'
          | 'createdAt'
          | '-createdAt'
          | 'updatedAt'
          | '-updatedAt';
        /** @description Id of a field of action. */
        fieldOfAction?: string;
        /** @description Id of an actor, lead or partner. */
        actor?: string;
        /** @description Id of a guideline. */
        guideline?: string;
        /** @description Text in title or description, case-insensitive. */
        q?: string;
        format?: 'csv' | 'json';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file, as an attachment named massnahmen-offene-daten-<date>.<format>. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv; charset=utf-8': string;
          'application/json; charset=utf-8': Record<string, never>[];
        };
      };
      /** @description The request is malformed or breaks a validation rule; `message` and `problems` name the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  PublicController_get: {
    parameters: {
      query?: never;
      header?: {
        /** @description ETag of an answer already held: 304 without a body while the data has not changed. */
        'If-None-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /**
       * @description OK.
       *
       *     The answer, with its ETag.
       */
      200: {
        headers: {
          /** @description Names this answer; send it back in If-None-Match to get 304 while nothing has changed. Routes that return a measure answer with the measure's version, as If-Match expects. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublicMeasureDto'];
        };
      };
      /** @description Not modified: the answer named in If-None-Match is still current. */
      304: {
        headers: {
          /** @description Names this answer; send it back in If-None-Match to get 304 while nothing has changed. Routes that return a measure answer with the measure's version, as If-Match expects. */
          ETag?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request is malformed or breaks a validation rule; `message` and `problems` name the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No such record (or not visible to the caller). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  PublicController_details: {
    parameters: {
      query?: never;
      header?: {
        /** @description ETag of an answer already held: 304 without a body while the data has not changed. */
        'If-None-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /**
       * @description OK.
       *
       *     The answer, with its ETag.
       */
      200: {
        headers: {
          /** @description Names this answer; send it back in If-None-Match to get 304 while nothing has changed. Routes that return a measure answer with the measure's version, as If-Match expects. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublicMeasureDetailsDto'];
        };
      };
      /** @description Not modified: the answer named in If-None-Match is still current. */
      304: {
        headers: {
          /** @description Names this answer; send it back in If-None-Match to get 304 while nothing has changed. Routes that return a measure answer with the measure's version, as If-Match expects. */
          ETag?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request is malformed or breaks a validation rule; `message` and `problems` name the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No such record (or not visible to the caller). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  PublicController_listChanges: {
    parameters: {
      query?: {
        page?: number;
        limit?: number;
      };
      header?: {
        /** @description ETag of an answer already held: 304 without a body while the data has not changed. */
        'If-None-Match'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /**
       * @description A page of the list.
       *
       *     The answer, with its ETag.
       */
      200: {
        headers: {
          /** @description Names this answer; send it back in If-None-Match to get 304 while nothing has changed. Routes that return a measure answer with the measure's version, as If-Match expects. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PageDto'] & {
            items: components['schemas']['PublicChangeDto'][];
          };
        };
      };
      /** @description Not modified: the answer named in If-None-Match is still current. */
      304: {
        headers: {
          /** @description Names this answer; send it back in If-None-Match to get 304 while nothing has changed. Routes that return a measure answer with the measure's version, as If-Match expects. */
          ETag?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request is malformed or breaks a validation rule; `message` and `problems` name the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  PublicController_atomFeed: {
    parameters: {
      query?: {
        lang?: 'de' | 'en';
      };
      header?: {
        /** @description ETag of the feed already held: 304 while unchanged. */
        'If-None-Match'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Atom document. */
      200: {
        headers: {
          /** @description Names this version of the feed. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/atom+xml; charset=utf-8': string;
        };
      };
      /** @description Not modified: the feed named in If-None-Match is still current. */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request is malformed or breaks a validation rule; `message` and `problems` name the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  PublicController_summary: {
    parameters: {
      query?: {
        /** @description Id of a field of action: every part of the summary is narrowed to it. */
        fieldOfAction?: string;
        /** @description First day of the period (YYYY-MM-DD) of the timeline and the recent changes. Default: 11 months before `to`, first day; at most 100 years before `to`. */
        from?: string;
        /** @description Last day of the period (YYYY-MM-DD), on or after `from`. Default: today. */
        to?: string;
      };
      header?: {
        /** @description ETag of an answer already held: 304 without a body while the data has not changed. */
        'If-None-Match'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /**
       * @description OK.
       *
       *     The answer, with its ETag.
       */
      200: {
        headers: {
          /** @description Names this answer; send it back in If-None-Match to get 304 while nothing has changed. Routes that return a measure answer with the measure's version, as If-Match expects. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DashboardSummaryDto'];
        };
      };
      /** @description Not modified: the answer named in If-None-Match is still current. */
      304: {
        headers: {
          /** @description Names this answer; send it back in If-None-Match to get 304 while nothing has changed. Routes that return a measure answer with the measure's version, as If-Match expects. */
          ETag?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request is malformed or breaks a validation rule; `message` and `problems` name the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  PublicController_listIndicators: {
    parameters: {
      query?: {
        /** @description Only indicators in this state (the rule's result, see the description of `state`). */
        state?: 'on_track' | 'off_track' | 'reached' | 'no_data';
        /** @description A field from the allow-list, `-` in front for descending. Default: `code`. */
        sort?:
          | 'code'
          | '-code'
          | 'name'
          | '-name'
          | 'state'
          | '-state'
          | 'progress'
          | '-progress'
          | 'updatedAt'
          | '-updatedAt';
        page?: number;
        limit?: number;
        /** @description Id of a field of action. */
        fieldOfAction?: string;
        /** @description Id of a guideline. */
        guideline?: string;
        /** @description Text in code, name or description, case-insensitive. */
        q?: string;
        /** @description Id of an actor: only the indicators it is responsible for. */
        actor?: string;
      };
      header?: {
        /** @description ETag of an answer already held: 304 without a body while the data has not changed. */
        'If-None-Match'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /**
       * @description A page of the list.
       *
       *     The answer, with its ETag.
       */
      200: {
        headers: {
          /** @description Names this answer; send it back in If-None-Match to get 304 while nothing has changed. Routes that return a measure answer with the measure's version, as If-Match expects. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PageDto'] & {
            items: components['schemas']['PublicIndicatorListItemDto'][];
          };
        };
      };
      /** @description Not modified: the answer named in If-None-Match is still current. */
      304: {
        headers: {
          /** @description Names this answer; send it back in If-None-Match to get 304 while nothing has changed. Routes that return a measure answer with the measure's version, as If-Match expects. */
          ETag?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request is malformed or breaks a validation rule; `message` and `problems` name the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  PublicController_exportIndicators: {
    parameters: {
      query?: {
        format?: 'csv' | 'json';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file, as an attachment named kennzahlen-offene-daten-<date>.<format>. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv; charset=utf-8': string;
          'application/json; charset=utf-8': Record<string, never>[];
        };
      };
      /** @description The request is malformed or breaks a validation rule; `message` and `problems` name the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  PublicController_getIndicator: {
    parameters: {
      query?: never;
      header?: {
        /** @description ETag of an answer already held: 304 without a body while the data has not changed. */
        'If-None-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /**
       * @description OK.
       *
       *     The answer, with its ETag.
       */
      200: {
        headers: {
          /** @description Names this answer; send it back in If-None-Match to get 304 while nothing has changed. Routes that return a measure answer with the measure's version, as If-Match expects. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublicIndicatorDto'];
        };
      };
      /** @description Not modified: the answer named in If-None-Match is still current. */
      304: {
        headers: {
          /** @description Names this answer; send it back in If-None-Match to get 304 while nothing has changed. Routes that return a measure answer with the measure's version, as If-Match expects. */
          ETag?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request is malformed or breaks a validation rule; `message` and `problems` name the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No such record (or not visible to the caller). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  PagesController_get: {
    parameters: {
      query?: {
        /** @description The language of the text; German unless `en`. */
        lang?: 'de' | 'en';
      };
      header?: never;
      path: {
        slug: 'barrierefreiheit' | 'leichte-sprache' | 'gebaerdensprache' | 'impressum' | 'datenschutz';
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          /** @description The version of the record, e.g. `"3"`; send it back in `If-Match` to change the record. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EditablePageDto'];
        };
      };
      /** @description The request is malformed or breaks a validation rule; `message` and `problems` name the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the session or token has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The role does not allow this, or a write with a session cookie lacks `X-XSRF-TOKEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No such record (or not visible to the caller). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  PagesController_update: {
    parameters: {
      query?: {
        /** @description The language of the text; German unless `en`. */
        lang?: 'de' | 'en';
      };
      header: {
        /** @description ETag of the version the change is based on, e.g. `"3"`. */
        'If-Match': string;
      };
      path: {
        slug: 'barrierefreiheit' | 'leichte-sprache' | 'gebaerdensprache' | 'impressum' | 'datenschutz';
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdatePageDto'];
      };
    };
    responses: {
      /** @description OK. */
      200: {
        headers: {
          /** @description The version of the record, e.g. `"3"`; send it back in `If-Match` to change the record. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EditablePageDto'];
        };
      };
      /** @description The request is malformed or breaks a validation rule; `message` and `problems` name the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the session or token has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The role does not allow this, or a write with a session cookie lacks `X-XSRF-TOKEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No such record (or not visible to the caller). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Someone saved the record in between (`If-Match` is stale); nothing was written. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The content type is not accepted (JSON, or multipart for uploads). */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `If-Match` is missing. */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  PagesController_uploadVideo: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /** Format: binary */
          file: string;
        };
      };
    };
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SignVideoDto'];
        };
      };
      /** @description The request is malformed or breaks a validation rule; `message` and `problems` name the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the session or token has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The role does not allow this, or a write with a session cookie lacks `X-XSRF-TOKEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The content type is not accepted (JSON, or multipart for uploads). */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  PagesController_removeVideo: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Removed (or there was none). */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Not signed in, or the session or token has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The role does not allow this, or a write with a session cookie lacks `X-XSRF-TOKEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  FeedbackController_list: {
    parameters: {
      query?: {
        page?: number;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of the list. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PageDto'] & {
            items: components['schemas']['BarrierReportDto'][];
          };
        };
      };
      /** @description The request is malformed or breaks a validation rule; `message` and `problems` name the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the session or token has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The role does not allow this, or a write with a session cookie lacks `X-XSRF-TOKEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  PublicPagesController_read: {
    parameters: {
      query?: {
        /** @description The language of the text; German unless `en`. */
        lang?: 'de' | 'en';
      };
      header?: never;
      path: {
        slug: 'barrierefreiheit' | 'leichte-sprache' | 'gebaerdensprache' | 'impressum' | 'datenschutz';
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublicPageDto'];
        };
      };
      /** @description The request is malformed or breaks a validation rule; `message` and `problems` name the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No such record (or not visible to the caller). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  PublicPagesController_streamVideo: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The whole file. */
      200: {
        headers: {
          /** @description `bytes`: parts of the file can be asked for with `Range`. */
          'Accept-Ranges'?: string;
          'Content-Length'?: number;
          [name: string]: unknown;
        };
        content: {
          'video/mp4': string;
          'video/webm': string;
        };
      };
      /** @description The part of the file asked for with `Range`. */
      206: {
        headers: {
          /** @description `bytes`: parts of the file can be asked for with `Range`. */
          'Accept-Ranges'?: string;
          'Content-Length'?: number;
          /** @description `bytes start-end/size` */
          'Content-Range'?: string;
          [name: string]: unknown;
        };
        content: {
          'video/mp4': string;
          'video/webm': string;
        };
      };
      /** @description Not modified since the ETag sent in If-None-Match. */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No such record (or not visible to the caller). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Error. */
      416: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  PublicPagesController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateFeedbackDto'];
      };
    };
    responses: {
      /** @description Created. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FeedbackReceiptDto'];
        };
      };
      /** @description The request is malformed or breaks a validation rule; `message` and `problems` name the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The content type is not accepted (JSON, or multipart for uploads). */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ReportingController_list: {
    parameters: {
      query?: {
        page?: number;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of the list. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PageDto'] & {
            items: components['schemas']['ReportingDateDto'][];
          };
        };
      };
      /** @description The request is malformed or breaks a validation rule; `message` and `problems` name the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the session or token has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ReportingController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateReportingDateDto'];
      };
    };
    responses: {
      /** @description Created. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReportingDateDto'];
        };
      };
      /** @description The request is malformed or breaks a validation rule; `message` and `problems` name the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the session or token has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The role does not allow this, or a write with a session cookie lacks `X-XSRF-TOKEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The change conflicts with the current state (a duplicate, or a transition the lifecycle does not allow). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The content type is not accepted (JSON, or multipart for uploads). */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ReportingController_development: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReportingDevelopmentDto'];
        };
      };
      /** @description The request is malformed or breaks a validation rule; `message` and `problems` name the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the session or token has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No such record (or not visible to the caller). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ReportingController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReportingDateDto'];
        };
      };
      /** @description The request is malformed or breaks a validation rule; `message` and `problems` name the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the session or token has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No such record (or not visible to the caller). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ReportingController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request is malformed or breaks a validation rule; `message` and `problems` name the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the session or token has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The role does not allow this, or a write with a session cookie lacks `X-XSRF-TOKEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No such record (or not visible to the caller). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ReportingController_changes: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReportingChangesDto'];
        };
      };
      /** @description The request is malformed or breaks a validation rule; `message` and `problems` name the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the session or token has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No such record (or not visible to the caller). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ReportingController_report: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReportingReportDto'];
        };
      };
      /** @description The request is malformed or breaks a validation rule; `message` and `problems` name the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the session or token has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No such record (or not visible to the caller). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ReportingController_reportPdf: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The report as PDF */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
      /** @description The request is malformed or breaks a validation rule; `message` and `problems` name the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the session or token has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No such record (or not visible to the caller). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  MyNotificationsController_tasksOf: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskListDto'];
        };
      };
      /** @description Not signed in, or the session or token has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  MyNotificationsController_settingsOf: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationSettingsDto'];
        };
      };
      /** @description Not signed in, or the session or token has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  MyNotificationsController_updateSettings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateNotificationSettingsDto'];
      };
    };
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationSettingsDto'];
        };
      };
      /** @description The request is malformed or breaks a validation rule; `message` and `problems` name the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the session or token has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The role does not allow this, or a write with a session cookie lacks `X-XSRF-TOKEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The content type is not accepted (JSON, or multipart for uploads). */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  NotificationsAdminController_read: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationAdminSettingsDto'];
        };
      };
      /** @description Not signed in, or the session or token has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The role does not allow this, or a write with a session cookie lacks `X-XSRF-TOKEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  NotificationsAdminController_update: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateNotificationAdminSettingsDto'];
      };
    };
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationAdminSettingsDto'];
        };
      };
      /** @description The request is malformed or breaks a validation rule; `message` and `problems` name the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the session or token has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The role does not allow this, or a write with a session cookie lacks `X-XSRF-TOKEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The content type is not accepted (JSON, or multipart for uploads). */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  NotificationsAdminController_log: {
    parameters: {
      query?: {
        page?: number;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of the list. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PageDto'] & {
            items: components['schemas']['NotificationLogEntryDto'][];
          };
        };
      };
      /** @description The request is malformed or breaks a validation rule; `message` and `problems` name the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the session or token has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The role does not allow this, or a write with a session cookie lacks `X-XSRF-TOKEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  UnsubscribeController_confirm: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page asking to confirm */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description The request is malformed or breaks a validation rule; `message` and `problems` name the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No such record (or not visible to the caller). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  UnsubscribeController_unsubscribe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description E-mails are off */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description The request is malformed or breaks a validation rule; `message` and `problems` name the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No such record (or not visible to the caller). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  MeetingBodiesController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeetingBodyDto'][];
        };
      };
      /** @description Not signed in, or the session or token has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  MeetingBodiesController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateMeetingBodyDto'];
      };
    };
    responses: {
      /** @description Created. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeetingBodyDto'];
        };
      };
      /** @description The request is malformed or breaks a validation rule; `message` and `problems` name the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the session or token has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The role does not allow this, or a write with a session cookie lacks `X-XSRF-TOKEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The change conflicts with the current state (a duplicate, or a transition the lifecycle does not allow). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The content type is not accepted (JSON, or multipart for uploads). */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  MeetingBodiesController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request is malformed or breaks a validation rule; `message` and `problems` name the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the session or token has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The role does not allow this, or a write with a session cookie lacks `X-XSRF-TOKEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No such record (or not visible to the caller). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The change conflicts with the current state (a duplicate, or a transition the lifecycle does not allow). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  MeetingBodiesController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateMeetingBodyDto'];
      };
    };
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeetingBodyDto'];
        };
      };
      /** @description The request is malformed or breaks a validation rule; `message` and `problems` name the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the session or token has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The role does not allow this, or a write with a session cookie lacks `X-XSRF-TOKEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No such record (or not visible to the caller). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The change conflicts with the current state (a duplicate, or a transition the lifecycle does not allow). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The content type is not accepted (JSON, or multipart for uploads). */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  MeetingsController_list: {
    parameters: {
      query?: {
        /** @description `upcoming`: from now on, earliest first; `past`: before now, latest first; left out: all, earliest first. */
        when?: 'upcoming' | 'past';
        /** @description `startsAt` or `title`, `-` in front for descending. */
        sort?: 'startsAt' | '-startsAt' | 'title' | '-title';
        /** @description Id of a meeting body. */
        body?: string;
        page?: number;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of the list. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PageDto'] & {
            items: components['schemas']['MeetingDto'][];
          };
        };
      };
      /** @description The request is malformed or breaks a validation rule; `message` and `problems` name the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the session or token has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  MeetingsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateMeetingDto'];
      };
    };
    responses: {
      /** @description Created. */
      201: {
        headers: {
          /** @description The version of the record, e.g. `"3"`; send it back in `If-Match` to change the record. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeetingDto'];
        };
      };
      /** @description The request is malformed or breaks a validation rule; `message` and `problems` name the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the session or token has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The role does not allow this, or a write with a session cookie lacks `X-XSRF-TOKEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The content type is not accepted (JSON, or multipart for uploads). */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  MeetingsController_next: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NextMeetingDto'];
        };
      };
      /** @description Not signed in, or the session or token has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  MeetingsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          /** @description The version of the record, e.g. `"3"`; send it back in `If-Match` to change the record. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeetingDto'];
        };
      };
      /** @description The request is malformed or breaks a validation rule; `message` and `problems` name the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the session or token has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No such record (or not visible to the caller). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  MeetingsController_remove: {
    parameters: {
      query?: never;
      header?: {
        /** @description ETag of the version to delete, e.g. `"3"`; without it, whatever version is stored. */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request is malformed or breaks a validation rule; `message` and `problems` name the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the session or token has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The role does not allow this, or a write with a session cookie lacks `X-XSRF-TOKEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No such record (or not visible to the caller). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Someone saved the record in between (`If-Match` is stale); nothing was written. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  MeetingsController_update: {
    parameters: {
      query?: never;
      header: {
        /** @description ETag of the version the change is based on, e.g. `"3"`. */
        'If-Match': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateMeetingDto'];
      };
    };
    responses: {
      /** @description OK. */
      200: {
        headers: {
          /** @description The version of the record, e.g. `"3"`; send it back in `If-Match` to change the record. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeetingDto'];
        };
      };
      /** @description The request is malformed or breaks a validation rule; `message` and `problems` name the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the session or token has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The role does not allow this, or a write with a session cookie lacks `X-XSRF-TOKEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No such record (or not visible to the caller). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Someone saved the record in between (`If-Match` is stale); nothing was written. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The content type is not accepted (JSON, or multipart for uploads). */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `If-Match` is missing. */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  MeetingsController_createReportingDate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateMeetingReportingDateDto'];
      };
    };
    responses: {
      /** @description Created. */
      201: {
        headers: {
          /** @description The version of the record, e.g. `"3"`; send it back in `If-Match` to change the record. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeetingDto'];
        };
      };
      /** @description The request is malformed or breaks a validation rule; `message` and `problems` name the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the session or token has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The role does not allow this, or a write with a session cookie lacks `X-XSRF-TOKEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No such record (or not visible to the caller). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The change conflicts with the current state (a duplicate, or a transition the lifecycle does not allow). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The content type is not accepted (JSON, or multipart for uploads). */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this client address; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
}
