import { AuditKeyStore } from '@leitbild-monitor/api/audit';
import { Injectable } from '@nestjs/common';
import { createHmac, timingSafeEqual } from 'node:crypto';

/** The path of the unsubscribe route under the API's base path. */
export const UNSUBSCRIBE_PATH = '/api/v1/notifications/unsubscribe';

/** The signature of a user's unsubscribe link: HMAC-SHA256 over the user id with a key derived from `secret`. */
export function unsubscribeSignature(secret: Buffer, userId: string): string {
  const key = createHmac('sha256', secret).update('leitbild-monitor unsubscribe link', 'utf8').digest();
  return createHmac('sha256', key).update(userId, 'utf8').digest('base64url');
}

export function isValidUnsubscribeSignature(secret: Buffer, userId: string, signature: string): boolean {
  const expected = Buffer.from(unsubscribeSignature(secret, userId));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * Signed unsubscribe links that need no sign-in. The key is derived from the installation's audit key, which every
 * instance shares (AUDIT_KEY on PostgreSQL) and which is never shown: a link cannot be forged for another user.
 */
@Injectable()
export class UnsubscribeLinks {
  constructor(private readonly auditKeys: AuditKeyStore) {}

  url(baseUrl: string, userId: string): string {
    const signature = unsubscribeSignature(this.auditKeys.ring.current.secret, userId);
    return `${baseUrl}${UNSUBSCRIBE_PATH}?user=${encodeURIComponent(userId)}&sig=${signature}`;
  }

  /** Links signed before a key rotation stay valid while the old key is kept in AUDIT_PREVIOUS_KEYS. */
  verify(userId: string, signature: string): boolean {
    const { current, previous } = this.auditKeys.ring;
    return [current, ...previous].some((key) => isValidUnsubscribeSignature(key.secret, userId, signature));
  }
}
