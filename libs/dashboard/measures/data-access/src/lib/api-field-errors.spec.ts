import { HttpErrorResponse } from '@angular/common/http';
import { apiMessages, apiProblems } from './api-field-errors';

function badRequest(message: string | string[]) {
  return new HttpErrorResponse({ status: 400, error: { statusCode: 400, error: 'Bad Request', message } });
}

describe('API field errors', () => {
  const fields = ['title', 'plannedEnd', 'contact.email', 'guidelineIds'];

  it('reads a single message and a list of messages', () => {
    expect(apiMessages(badRequest('title should not be empty'))).toEqual(['title should not be empty']);
    expect(apiMessages(badRequest(['a', 'b']))).toEqual(['a', 'b']);
    expect(apiMessages(new Error('x'))).toEqual([]);
  });

  it('assigns each message to the field it names and recognises common messages', () => {
    const problems = apiProblems(
      badRequest([
        'title must be shorter than or equal to 200 characters',
        'plannedEnd must not be before plannedStart',
        'contact.email must be an email',
        'guidelineIds.0 must be a string',
        'something else entirely',
      ]),
      fields,
    );

    expect(problems).toEqual([
      expect.objectContaining({ field: 'title', key: 'tooLong', params: { max: '200' } }),
      expect.objectContaining({ field: 'plannedEnd', key: 'beforeOther', params: { other: 'plannedStart' } }),
      expect.objectContaining({ field: 'contact.email', key: 'email' }),
      expect.objectContaining({ field: 'guidelineIds', key: null, message: 'guidelineIds.0 must be a string' }),
      expect.objectContaining({ field: null, key: null }),
    ]);
  });

  it('understands the status endpoint’s "note:" prefix', () => {
    const [problem] = apiProblems(badRequest('note: a reason is required when changing the status to on_hold'), [
      'note',
    ]);

    expect(problem).toMatchObject({ field: 'note', key: 'required' });
  });
});
