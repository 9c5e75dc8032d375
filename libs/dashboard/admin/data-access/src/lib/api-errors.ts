import { HttpErrorResponse } from '@angular/common/http';

/**
 * A failed write, sorted for the form that made it: messages that name one of the form's fields go to that
 * field, everything else to the form as a whole. The API names the field at the start of each message
 * ("name must be shorter than …", "name: a field of action with this name already exists").
 */
export interface ApiFormErrors<F extends string> {
  readonly status: number;
  readonly fields: Partial<Record<F, readonly ApiMessage[]>>;
  readonly general: readonly ApiMessage[];
}

/** A message the dashboard can translate (`key` below `admin.apiErrors`), or the API's own words. */
export type ApiMessage =
  | { readonly key: string; readonly params?: Record<string, number | string> }
  | { readonly text: string };

const KNOWN_MESSAGES: readonly [RegExp, (match: RegExpMatchArray) => ApiMessage][] = [
  [/with this e-mail already exists$/, () => ({ key: 'duplicateEmail' })],
  [/already exists$/, () => ({ key: 'duplicate' })],
  [/must be shorter than or equal to (\d+) characters$/, (m) => ({ key: 'tooLong', params: { max: Number(m[1]) } })],
  [/must be between (\d+) and (\d+) characters long$/, (m) => ({ key: 'length', params: { min: m[1], max: m[2] } })],
  [/should not be empty$/, () => ({ key: 'required' })],
  [/must be an email$/, () => ({ key: 'email' })],
  [/must be the id of an existing actor$/, () => ({ key: 'unknownActor' })],
  [/^currentPassword is wrong$/, () => ({ key: 'currentPasswordWrong' })],
  [/cannot deactivate or demote their own account$/, () => ({ key: 'selfLockout' })],
];

export function apiMessage(message: string): ApiMessage {
  for (const [pattern, describe] of KNOWN_MESSAGES) {
    const match = message.match(pattern);
    if (match) return describe(match);
  }
  return { text: message };
}

/** Messages of an error body: `message` is a string or a list of strings. */
function messagesOf(error: HttpErrorResponse): string[] {
  const message: unknown = error.error?.message;
  if (typeof message === 'string') return [message];
  if (Array.isArray(message)) return message.filter((item): item is string => typeof item === 'string');
  return [];
}

function fieldNamed<F extends string>(message: string, fields: readonly F[]): F | undefined {
  return fields.find((field) => message.startsWith(`${field} `) || message.startsWith(`${field}:`));
}

export function apiFormErrors<F extends string>(error: unknown, fields: readonly F[]): ApiFormErrors<F> {
  if (!(error instanceof HttpErrorResponse)) {
    return { status: -1, fields: {}, general: [{ key: 'unavailable' }] };
  }
  if (error.status === 0) return { status: 0, fields: {}, general: [{ key: 'offline' }] };
  if (error.status === 403) return { status: 403, fields: {}, general: [{ key: 'forbidden' }] };
  if (error.status === 404) return { status: 404, fields: {}, general: [{ key: 'notFound' }] };
  if (error.status === 429) return { status: 429, fields: {}, general: [{ key: 'throttled' }] };
  if (error.status >= 500) return { status: error.status, fields: {}, general: [{ key: 'unavailable' }] };

  const result: { fields: Partial<Record<F, ApiMessage[]>>; general: ApiMessage[] } = { fields: {}, general: [] };
  for (const message of messagesOf(error)) {
    const field = fieldNamed(message, fields);
    if (field) {
      (result.fields[field] ??= []).push(apiMessage(message));
    } else {
      result.general.push(apiMessage(message));
    }
  }
  if (Object.keys(result.fields).length === 0 && result.general.length === 0) {
    result.general.push({ key: 'unavailable' });
  }
  return { status: error.status, ...result };
}
