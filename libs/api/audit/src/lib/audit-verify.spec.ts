import { anchorExpectations, type AnchorKind, type AuditAnchor } from './audit-anchors';
import type { AuditEntryEntity } from './audit-entry.entity';
import { auditHash, GENESIS_HASH } from './audit-hash';
import type { ChainHead } from './audit-head';
import { type AuditKey, auditKeyFromHex, AuditKeyRing } from './audit-key';
import { CHAIN_KEYED, ENTRY_SKIPPED, KEY_ROTATED, sealEntry, UnkeyedChainCheck } from './audit-seal';
import { ChainVerifier } from './audit-verify';

const KEY_A = 'a1'.repeat(32);
const KEY_B = 'b2'.repeat(32);
const keyA = auditKeyFromHex(KEY_A);
const keyB = auditKeyFromHex(KEY_B);

/** Builds chains the way AuditService appends them. */
class Chain {
  readonly entries: AuditEntryEntity[] = [];

  private get last(): AuditEntryEntity | undefined {
    return this.entries[this.entries.length - 1];
  }

  unkeyed(count: number): this {
    for (let index = 0; index < count; index++) {
      const entry = this.fields(`event.${this.entries.length + 1}`, '{}', null);
      entry.hash = auditHash(entry);
      this.entries.push(entry);
    }
    return this;
  }

  keyed(key: AuditKey, count: number, action?: string, details: Record<string, unknown> = {}): this {
    for (let index = 0; index < count; index++) {
      const entry = this.fields(action ?? `event.${this.entries.length + 1}`, JSON.stringify(details), key.id);
      entry.hash = sealEntry(key, { ...entry, keyId: key.id });
      this.entries.push(entry);
    }
    return this;
  }

  /** The sealing entry after the unkeyed entries, as AuditService writes it. */
  sealUnkeyed(key: AuditKey): this {
    const check = new UnkeyedChainCheck(GENESIS_HASH);
    for (const entry of this.entries) check.add(entry);
    check.endsAt(this.last?.id ?? 0, this.last?.hash ?? GENESIS_HASH);
    return this.keyed(key, 1, CHAIN_KEYED, { ...check.result() });
  }

  rotate(from: AuditKey, to: AuditKey): this {
    return this.keyed(to, 1, KEY_ROTATED, { previousKeyId: from.id, previousKeySupplied: true });
  }

  head(): ChainHead {
    return {
      lastId: this.last?.id ?? 0,
      lastHash: this.last?.hash ?? GENESIS_HASH,
      lastKeyId: this.last?.keyId ?? null,
    };
  }

  private fields(action: string, details: string, keyId: string | null): AuditEntryEntity {
    const id = this.entries.length + 1;
    return {
      id,
      at: `2026-11-23T10:00:${String(id % 60).padStart(2, '0')}.000Z`,
      userId: null,
      actorLabel: 'admin@example.org',
      clientAddress: '127.0.0.1',
      action,
      targetType: null,
      targetId: null,
      details,
      previousHash: this.last?.hash ?? GENESIS_HASH,
      keyId,
      hash: '',
    };
  }
}

function anchorOf(entry: AuditEntryEntity, kind: AnchorKind = 'interval'): AuditAnchor {
  return { at: entry.at, kind, lastId: entry.id, hash: entry.hash, backup: null, keyId: keyA.id, source: 'f:1' };
}

function verify(
  entries: AuditEntryEntity[],
  head: ChainHead,
  keys = AuditKeyRing.fromHex(KEY_A),
  anchors: AuditAnchor[] = [],
) {
  const verifier = new ChainVerifier(keys, anchorExpectations(anchors));
  for (const entry of entries.filter((entry) => entry.id <= head.lastId)) if (!verifier.add(entry)) break;
  return verifier.finish(head);
}

/** What someone with write access to the database can do: recompute every later hash, with what they have. */
function rewriteFrom(entries: AuditEntryEntity[], index: number, hash: (entry: AuditEntryEntity) => string) {
  const copy = entries.map((entry) => ({ ...entry }));
  copy[index].actorLabel = 'someone-else@example.org';
  for (let at = index; at < copy.length; at++) {
    if (at > 0) copy[at].previousHash = copy[at - 1].hash;
    copy[at].hash = hash(copy[at]);
  }
  const last = copy[copy.length - 1];
  return { entries: copy, head: { lastId: last.id, lastHash: last.hash, lastKeyId: last.keyId } };
}

describe('ChainVerifier', () => {
  it('verifies an intact keyed chain and counts the anchors it matched', () => {
    const chain = new Chain().keyed(keyA, 5);
    const report = verify(chain.entries, chain.head(), undefined, [anchorOf(chain.entries[2])]);
    expect(report).toEqual({ ok: true, entries: 5, brokenAt: null, problem: null, anchors: 1, notes: [] });
    expect(verify(chain.entries, chain.head()).notes).toEqual(['no anchor to check the end of the log against']);
  });

  it('finds an altered entry whose later hashes were recomputed, plainly or with a wrong key', () => {
    const chain = new Chain().keyed(keyA, 6);
    const plain = rewriteFrom(chain.entries, 2, auditHash);
    expect(verify(plain.entries, plain.head)).toMatchObject({ ok: false, brokenAt: 3, problem: /altered/ });
    const guessed = rewriteFrom(chain.entries, 2, (entry) => sealEntry(keyB, { ...entry, keyId: keyA.id }));
    expect(verify(guessed.entries, guessed.head)).toMatchObject({ ok: false, brokenAt: 3 });
    // ... and relabelled as sealed by another key: that key is not the operator's.
    const relabelled = rewriteFrom(chain.entries, 2, (entry) => {
      entry.keyId = keyB.id;
      return sealEntry(keyB, { ...entry, keyId: keyB.id });
    });
    expect(verify(relabelled.entries, relabelled.head)).toMatchObject({
      ok: false,
      brokenAt: 3,
      problem: /neither AUDIT_KEY nor in AUDIT_PREVIOUS_KEYS/,
    });
  });

  it('finds removed and inserted entries, and a head that does not fit', () => {
    const chain = new Chain().keyed(keyA, 5);
    expect(
      verify(
        chain.entries.filter((entry) => entry.id !== 3),
        chain.head(),
      ),
    ).toMatchObject({ brokenAt: 3 });
    expect(verify(chain.entries.slice(0, 4), chain.head())).toMatchObject({ ok: false, brokenAt: 5 });
    expect(verify(chain.entries, { ...chain.head(), lastHash: GENESIS_HASH })).toMatchObject({ ok: false });
  });

  it('finds entries cut off the end with the head moved back, against an anchor', () => {
    const chain = new Chain().keyed(keyA, 8);
    const anchors = [anchorOf(chain.entries[3]), anchorOf(chain.entries[7])];
    const cut = chain.entries.slice(0, 5);
    const head = { lastId: 5, lastHash: cut[4].hash, lastKeyId: keyA.id };
    expect(verify(cut, head)).toMatchObject({ ok: true });
    expect(verify(cut, head, undefined, anchors)).toMatchObject({
      ok: false,
      brokenAt: 6,
      problem: expect.stringMatching(/ends at entry 5, but the anchor .* recorded entry 8: entries 6–8 were removed/),
    });
    // A restore recorded on purpose sets the expected end back to the backup's head.
    const restored = [...anchors, anchorOf(cut[4], 'restore')];
    expect(verify(cut, head, undefined, restored)).toMatchObject({ ok: true, anchors: 2 });
  });

  it('finds an anchored entry that was replaced', () => {
    const chain = new Chain().keyed(keyA, 4);
    const other = new Chain().keyed(keyA, 2).keyed(keyA, 2, 'something.else');
    expect(verify(other.entries, other.head(), undefined, [anchorOf(chain.entries[3])])).toMatchObject({
      ok: false,
      brokenAt: 4,
      problem: /not the one the anchor/,
    });
  });

  it('follows a rotation with the previous key supplied, and fails without it', () => {
    const chain = new Chain().keyed(keyA, 3).rotate(keyA, keyB).keyed(keyB, 2);
    expect(verify(chain.entries, chain.head(), AuditKeyRing.fromHex(KEY_B, [KEY_A]))).toMatchObject({ ok: true });
    expect(verify(chain.entries, chain.head(), AuditKeyRing.fromHex(KEY_B))).toMatchObject({
      ok: false,
      brokenAt: 1,
      problem: expect.stringMatching(/sealed with key .* neither AUDIT_KEY nor in AUDIT_PREVIOUS_KEYS/),
    });
  });

  it('refuses a change of key without a rotation entry', () => {
    const chain = new Chain().keyed(keyA, 3).keyed(keyB, 2);
    expect(verify(chain.entries, chain.head(), AuditKeyRing.fromHex(KEY_B, [KEY_A]))).toMatchObject({
      ok: false,
      brokenAt: 4,
      problem: /without a rotation/,
    });
  });

  it('accepts unkeyed entries of before only when the first keyed entry sealed them as they are', () => {
    const chain = new Chain().unkeyed(4).sealUnkeyed(keyA).keyed(keyA, 2);
    expect(verify(chain.entries, chain.head())).toMatchObject({ ok: true, entries: 7, notes: [expect.any(String)] });

    const changed = chain.entries.map((entry) => ({ ...entry }));
    changed[1].actorLabel = 'someone-else@example.org';
    changed[1].hash = auditHash(changed[1]);
    changed[2].previousHash = changed[1].hash;
    changed[2].hash = auditHash(changed[2]);
    changed[3].previousHash = changed[2].hash;
    changed[3].hash = auditHash(changed[3]);
    expect(verify(changed, chain.head())).toMatchObject({ ok: false, problem: /changed after entry 5 sealed them/ });

    const unsealed = new Chain().unkeyed(3).keyed(keyA, 1);
    expect(verify(unsealed.entries, unsealed.head())).toMatchObject({ ok: false, problem: /without sealing them/ });
    const onlyUnkeyed = new Chain().unkeyed(3);
    expect(verify(onlyUnkeyed.entries, onlyUnkeyed.head())).toMatchObject({ ok: false, problem: /not sealed/ });
  });

  it('keeps reporting unkeyed entries that were already broken when sealed, without failing for them', () => {
    const chain = new Chain().unkeyed(4);
    chain.entries[1].details = '{"changed":true}';
    chain.sealUnkeyed(keyA).keyed(keyA, 1);
    const report = verify(chain.entries, chain.head());
    expect(report).toMatchObject({ ok: true });
    expect(report.notes).toContainEqual(expect.stringMatching(/already broken at entry 2 when entry 5 sealed them/));

    // Changing them further is noticed, although they were broken before.
    chain.entries[1].details = '{"changed":"again"}';
    expect(verify(chain.entries, chain.head())).toMatchObject({ ok: false, brokenAt: 2 });
  });

  it('refuses an unkeyed entry after keyed ones', () => {
    const chain = new Chain().keyed(keyA, 2).unkeyed(1);
    expect(verify(chain.entries, chain.head())).toMatchObject({ ok: false, brokenAt: 3, problem: /has no key/ });
  });
});

describe('ChainVerifier with skipped ids (PostgreSQL)', () => {
  /** Entries 1–2, a skipped entry standing for ids 3–5, and entry 6 after it, sealed as the sealer does. */
  function chainWithSkip(): AuditEntryEntity[] {
    const entries = new Chain().keyed(keyA, 2).entries;
    const seal = (id: number, action: string, details: string): AuditEntryEntity => {
      const previous = entries[entries.length - 1];
      const entry: AuditEntryEntity = {
        ...previous,
        id,
        action,
        details,
        previousHash: previous.hash,
        keyId: keyA.id,
        hash: '',
      };
      entry.hash = sealEntry(keyA, { ...entry, keyId: keyA.id });
      entries.push(entry);
      return entry;
    };
    seal(3, ENTRY_SKIPPED, JSON.stringify({ reason: 'no entry was committed under these ids', through: 5 }));
    seal(6, 'event.6', '{}');
    return entries;
  }
  const headOf = (entries: AuditEntryEntity[]): ChainHead => {
    const last = entries[entries.length - 1];
    return { lastId: last.id, lastHash: last.hash, lastKeyId: last.keyId };
  };
  const verify = (entries: AuditEntryEntity[], head = headOf(entries), anchors: AuditAnchor[] = []) => {
    const verifier = new ChainVerifier(new AuditKeyRing(keyA, []), anchorExpectations(anchors));
    for (const entry of entries) if (!verifier.add(entry)) break;
    return verifier.finish(head);
  };

  it('accepts the ids a sealed skipped entry stands for, and checks an anchor at the last of them', () => {
    const entries = chainWithSkip();
    expect(verify(entries)).toMatchObject({ ok: true, entries: 6 });
    const skipped = entries[2];
    const anchor = { ...anchorOf(skipped), lastId: 5 };
    expect(verify(entries, headOf(entries), [anchor])).toMatchObject({ ok: true, anchors: 1 });
    expect(verify(entries, headOf(entries), [{ ...anchor, hash: 'f'.repeat(64) }])).toMatchObject({
      ok: false,
      brokenAt: 3,
    });
  });

  it('fails for an entry put into the skipped ids, and for a skipped range widened without the key', () => {
    const entries = chainWithSkip();
    const inserted = [...entries.slice(0, 3), { ...entries[3], id: 4 }, entries[3]];
    expect(verify(inserted)).toMatchObject({ ok: false, brokenAt: 4, problem: expect.stringMatching(/inserted/) });
    const widened = entries.map((entry) =>
      entry.id === 3 ? { ...entry, details: JSON.stringify({ reason: 'x', through: 6 }) } : entry,
    );
    expect(verify(widened)).toMatchObject({ ok: false, brokenAt: 3, problem: expect.stringMatching(/altered/) });
  });
});
