import { HttpErrorResponse } from '@angular/common/http';
import { apiFormErrors, apiMessage } from './api-errors';

const response = (status: number, message?: unknown) =>
  new HttpErrorResponse({ status, error: message === undefined ? null : { statusCode: status, message } });

describe('apiFormErrors', () => {
  it('puts each message at the field it names and keeps the others for the form', () => {
    const errors = apiFormErrors(
      response(400, [
        'name must be shorter than or equal to 200 characters',
        'property colour should not exist',
        'type must be one of the following values: administration',
      ]),
      ['name', 'type'] as const,
    );

    expect(errors.status).toBe(400);
    expect(errors.fields.name).toEqual([{ key: 'tooLong', params: { max: 200 } }]);
    expect(errors.fields.type).toEqual([{ text: 'type must be one of the following values: administration' }]);
    expect(errors.general).toEqual([{ text: 'property colour should not exist' }]);
  });

  it('reads a single message and the "field: …" form of a conflict', () => {
    const errors = apiFormErrors(response(409, 'name: a field of action with this name already exists'), ['name']);

    expect(errors).toEqual({ status: 409, fields: { name: [{ key: 'duplicate' }] }, general: [] });
  });

  it('does not take a field for another whose name it starts with', () => {
    const errors = apiFormErrors(response(400, ['actorId must be the id of an existing actor']), ['actor', 'actorId']);

    expect(errors.fields).toEqual({ actorId: [{ key: 'unknownActor' }] });
  });

  it.each([
    [0, 'offline'],
    [403, 'forbidden'],
    [404, 'notFound'],
    [429, 'throttled'],
    [500, 'unavailable'],
    [503, 'unavailable'],
  ])('explains status %s without naming a field', (status, key) => {
    expect(apiFormErrors(response(status, 'name: whatever'), ['name'])).toEqual({
      status,
      fields: {},
      general: [{ key }],
    });
  });

  it('falls back to a general failure without a usable body, or for an error that is no HTTP answer', () => {
    expect(apiFormErrors(response(400), ['name']).general).toEqual([{ key: 'unavailable' }]);
    expect(apiFormErrors(new Error('boom'), ['name']).general).toEqual([{ key: 'unavailable' }]);
  });
});

describe('apiMessage', () => {
  it.each([
    ['email must be an email', { key: 'email' }],
    ['name should not be empty', { key: 'required' }],
    ['password must be between 8 and 128 characters long', { key: 'length', params: { min: '8', max: '128' } }],
    ['currentPassword is wrong', { key: 'currentPasswordWrong' }],
    ['an administrator cannot deactivate or demote their own account', { key: 'selfLockout' }],
    ['email: a user with this e-mail already exists', { key: 'duplicateEmail' }],
    ['name: an actor with this name already exists', { key: 'duplicate' }],
  ])('translates "%s"', (message, expected) => {
    expect(apiMessage(message)).toEqual(expected);
  });

  it('keeps an unknown message in the API’s words', () => {
    expect(apiMessage('something new')).toEqual({ text: 'something new' });
  });
});
