import type { AuditEntryEntity } from './audit-entry.entity';
import { auditHash, GENESIS_HASH } from './audit-hash';
import { auditKeyFromHex } from './audit-key';
import { isSealedBy, type SealedFields, sealEntry, UnkeyedChainCheck } from './audit-seal';

const key = auditKeyFromHex('a1'.repeat(32));
const otherKey = auditKeyFromHex('b2'.repeat(32));

const fields: SealedFields = {
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
  keyId: key.id,
};

function unkeyed(id: number, previousHash: string, action = 'auth.login'): AuditEntryEntity {
  const entry = { ...fields, id, action, previousHash, keyId: null, hash: '' };
  entry.hash = auditHash(entry);
  return entry;
}

describe('sealEntry', () => {
  it('is an HMAC-SHA-256 with the key over every field, the previous hash and the key id', () => {
    const seal = sealEntry(key, fields);
    expect(seal).toMatch(/^[0-9a-f]{64}$/);
    expect(sealEntry(key, { ...fields })).toBe(seal);
    expect(sealEntry(otherKey, fields)).not.toBe(seal);
    for (const [name, value] of Object.entries({
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
      keyId: otherKey.id,
    })) {
      expect([name, sealEntry(key, { ...fields, [name]: value })]).not.toEqual([name, seal]);
    }
  });

  it('accepts an entry only with the key that sealed it, never one hashed without a key', () => {
    const entry: AuditEntryEntity = { ...fields, hash: sealEntry(key, fields) };
    expect(isSealedBy(key, entry)).toBe(true);
    expect(isSealedBy(otherKey, { ...entry, keyId: otherKey.id })).toBe(false);
    expect(isSealedBy(key, { ...entry, actorLabel: 'someone-else@example.org' })).toBe(false);
    // What someone with database access but no key can compute: the plain hash, or an HMAC with a guessed key.
    expect(isSealedBy(key, { ...entry, hash: auditHash(entry) })).toBe(false);
    expect(isSealedBy(key, { ...entry, hash: sealEntry(otherKey, fields) })).toBe(false);
    expect(isSealedBy(key, { ...entry, hash: 'not hex' })).toBe(false);
  });
});

describe('UnkeyedChainCheck', () => {
  const chain = () => {
    const entries = [unkeyed(1, GENESIS_HASH)];
    for (let id = 2; id <= 4; id++) entries.push(unkeyed(id, entries[id - 2].hash));
    return entries;
  };
  const walk = (entries: AuditEntryEntity[], head = entries[entries.length - 1]) => {
    const check = new UnkeyedChainCheck(GENESIS_HASH);
    for (const entry of entries) check.add(entry);
    check.endsAt(head.id, head.hash);
    return check;
  };

  it('finds an intact plain chain intact and ends at its last entry', () => {
    const entries = chain();
    const check = walk(entries);
    expect(check.result()).toMatchObject({ legacyEntries: 4, legacyIntact: true, legacyBrokenAt: null });
    expect(check.lastEntryId).toBe(4);
    expect(check.lastHash).toBe(entries[3].hash);
  });

  it('records where a chain was already broken instead of passing it off as intact', () => {
    const entries = chain();
    entries[1] = { ...entries[1], actorLabel: 'changed' };
    expect(walk(entries).result()).toMatchObject({ legacyIntact: false, legacyBrokenAt: 2 });
    expect(walk(chain().filter((entry) => entry.id !== 3)).result()).toMatchObject({ legacyBrokenAt: 3 });
    const cut = chain();
    expect(walk(cut.slice(0, 3), cut[3]).result()).toMatchObject({ legacyEntries: 3, legacyBrokenAt: 4 });
  });

  it('digests the rows as stored, so any later change shows, broken or not', () => {
    const digest = walk(chain()).result().legacyDigest;
    expect(walk(chain()).result().legacyDigest).toBe(digest);
    const entries = chain();
    entries[3] = { ...entries[3], details: '{"x":1}' };
    expect(walk(entries).result().legacyDigest).not.toBe(digest);
  });
});
