import { HttpErrorResponse } from '@angular/common/http';
import { isProblemCode, Problem, ProblemCode, ProblemParams } from '@leitbild-monitor/shared/contracts';

/**
 * A problem the dashboard can show: the translation key of its code (`problems.<code>`, German and English in
 * `i18n/*.json`) with the code's parameters (lists joined with commas). The API's English `message` is never
 * read: every error answer carries `problems`, and the words come from the translations.
 */
export interface ProblemText {
  readonly key: string;
  readonly params: Readonly<Record<string, string | number>>;
}

/** The translation key of a code. */
export function problemKey(code: ProblemCode): string {
  return `problems.${code}`;
}

/** The problem as a translation key with its parameters. */
export function problemText(problem: Pick<Problem, 'code' | 'params'>): ProblemText {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(problem.params ?? {})) {
    if (typeof value === 'number' || typeof value === 'string') params[name] = value;
    else if (Array.isArray(value)) params[name] = value.join(', ');
    else if (typeof value === 'boolean') params[name] = String(value);
  }
  return { key: problemKey(problem.code), params };
}

/** The well-formed problems of an error body (codes outside PROBLEM_CODES are left out). */
export function problemsOf(body: unknown): Problem[] {
  const problems = (body as { problems?: unknown } | null)?.problems;
  if (!Array.isArray(problems)) return [];
  return problems.flatMap((item: Partial<Problem> | null) =>
    item && isProblemCode(item.code)
      ? [
          {
            field: typeof item.field === 'string' ? item.field : null,
            code: item.code,
            params: (item.params ?? {}) as ProblemParams,
          },
        ]
      : [],
  );
}

/**
 * The problems of a failed request. An answer that carries none (no connection, a proxy's error page) gets one
 * by its status, so a caller always has something to show.
 */
export function apiProblems(error: unknown): Problem[] {
  if (!(error instanceof HttpErrorResponse)) return [{ field: null, code: 'internal_error', params: {} }];
  const problems = problemsOf(error.error);
  if (problems.length > 0) return problems;
  return [{ field: null, code: codeOfStatus(error.status), params: {} }];
}

function codeOfStatus(status: number): ProblemCode {
  switch (status) {
    case 0:
    case 502:
    case 503:
    case 504:
      return 'service_unavailable';
    case 401:
      return 'sign_in_required';
    case 403:
      return 'forbidden_role';
    case 404:
      return 'not_found';
    case 409:
      return 'request_failed';
    case 412:
      return 'version_mismatch';
    case 413:
      return 'payload_too_large';
    case 415:
      return 'unsupported_media_type';
    case 428:
      return 'if_match_required';
    case 429:
      return 'rate_limited';
    default:
      return status >= 500 ? 'internal_error' : 'request_failed';
  }
}

/**
 * Problems sorted for a form: those whose field the form shows go to that field (`fieldOf` maps the API's field
 * name, e.g. `contact.email`, to the form's; undefined for fields it does not show), the rest to the form as a
 * whole.
 */
export function problemsByField<F extends string>(
  problems: readonly Problem[],
  fieldOf: (apiField: string) => F | undefined,
): { fields: Partial<Record<F, ProblemText[]>>; general: ProblemText[] } {
  const fields: Partial<Record<F, ProblemText[]>> = {};
  const general: ProblemText[] = [];
  for (const problem of problems) {
    const field = problem.field === null ? undefined : fieldOf(problem.field.replace(/\.\d+$/, ''));
    if (field === undefined) general.push(problemText(problem));
    else (fields[field] ??= []).push(problemText(problem));
  }
  return { fields, general };
}
