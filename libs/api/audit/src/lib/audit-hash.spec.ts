import { auditHash, GENESIS_HASH } from './audit-hash';

const entry = {
  id: 1,
  at: '2026-11-23T10:00:00.000Z',
  userId: 'u1',
  actorLabel: 'admin@example.org',
  clientAddress: '127.0.0.1',
  action: 'auth.login',
  targetType: 'user',
  targetId: 'u1',
  details: '{}',
  previousHash: GENESIS_HASH,
};

describe('auditHash', () => {
  it('is a stable SHA-256 over the content and the previous hash', () => {
    expect(auditHash(entry)).toMatch(/^[0-9a-f]{64}$/);
    expect(auditHash({ ...entry })).toBe(auditHash(entry));
  });

  it('changes when any field or the previous hash changes', () => {
    const original = auditHash(entry);
    for (const [key, value] of Object.entries({
      id: 2,
      at: 'x',
      userId: null,
      actorLabel: 'y',
      clientAddress: null,
      action: 'z',
      targetType: null,
      targetId: null,
      details: '{"a":1}',
      previousHash: 'f'.repeat(64),
    })) {
      expect(auditHash({ ...entry, [key]: value })).not.toBe(original);
    }
  });
});
