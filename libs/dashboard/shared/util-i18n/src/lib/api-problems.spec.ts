import { HttpErrorResponse } from '@angular/common/http';
import { PROBLEM_CODES } from '@leitbild-monitor/shared/contracts';
import de from '../i18n/de.json';
import en from '../i18n/en.json';
import { apiProblems, problemsByField, problemsOf, problemText } from './api-problems';

function httpError(status: number, body: unknown): HttpErrorResponse {
  return new HttpErrorResponse({ status, error: body });
}

describe('api problems', () => {
  it('has a German and an English text for every code of PROBLEM_CODES, with the same parameters', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1]).sort();
    const german = (de as { problems: Record<string, string> }).problems;
    const english = (en as { problems: Record<string, string> }).problems;
    for (const code of PROBLEM_CODES) {
      expect({ code, de: typeof german[code] }).toEqual({ code, de: 'string' });
      expect({ code, en: typeof english[code] }).toEqual({ code, en: 'string' });
      expect({ code, params: placeholders(english[code]) }).toEqual({ code, params: placeholders(german[code]) });
    }
    // No text for a code that does not exist (any more).
    expect(Object.keys(german).sort()).toEqual([...PROBLEM_CODES].sort());
    expect(Object.keys(english).sort()).toEqual([...PROBLEM_CODES].sort());
  });

  it('reads the problems of an error answer, never its English message', () => {
    const error = httpError(400, {
      statusCode: 400,
      error: 'Bad Request',
      message: ['title must be shorter than or equal to 200 characters', 'something else entirely'],
      problems: [
        { field: 'title', code: 'too_long', params: { max: 200 } },
        { field: null, code: 'no_such_code', params: {} },
        { field: 'kind', code: 'not_allowed_value', params: { allowed: ['a', 'b'] } },
      ],
    });
    expect(apiProblems(error)).toEqual([
      { field: 'title', code: 'too_long', params: { max: 200 } },
      { field: 'kind', code: 'not_allowed_value', params: { allowed: ['a', 'b'] } },
    ]);
    expect(problemText(apiProblems(error)[1])).toEqual({
      key: 'problems.not_allowed_value',
      params: { allowed: 'a, b' },
    });
  });

  it('gives an answer without problems one by its status', () => {
    expect(apiProblems(httpError(0, null))).toEqual([{ field: null, code: 'service_unavailable', params: {} }]);
    expect(apiProblems(httpError(502, '<html>Bad Gateway</html>'))).toEqual([
      { field: null, code: 'service_unavailable', params: {} },
    ]);
    expect(apiProblems(httpError(429, { message: 'slow down' }))).toEqual([
      { field: null, code: 'rate_limited', params: {} },
    ]);
    expect(apiProblems(new Error('boom'))).toEqual([{ field: null, code: 'internal_error', params: {} }]);
    expect(problemsOf(undefined)).toEqual([]);
  });

  it('sorts problems to the fields a form shows, the rest to the form as a whole', () => {
    const fieldOf = (field: string) =>
      ({ name: 'name', 'contact.email': 'email', guidelineIds: 'guidelines' })[field] as
        | 'name'
        | 'email'
        | 'guidelines'
        | undefined;
    const { fields, general } = problemsByField(
      [
        { field: 'name', code: 'duplicate_name', params: {} },
        { field: 'contact.email', code: 'invalid_email', params: {} },
        { field: 'guidelineIds.0', code: 'invalid_id', params: {} },
        { field: 'unknownThing', code: 'unknown_field', params: {} },
        { field: null, code: 'forbidden_role', params: {} },
      ],
      fieldOf,
    );
    expect(fields).toEqual({
      name: [{ key: 'problems.duplicate_name', params: {} }],
      email: [{ key: 'problems.invalid_email', params: {} }],
      guidelines: [{ key: 'problems.invalid_id', params: {} }],
    });
    expect(general).toEqual([
      { key: 'problems.unknown_field', params: {} },
      { key: 'problems.forbidden_role', params: {} },
    ]);
  });
});
