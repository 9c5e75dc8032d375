import type { AuditChainReport } from '@leitbild-monitor/shared/contracts';
import { Between, type EntityManager } from 'typeorm';
import { anchorExpectations, type AnchorExpectations, type AuditAnchor, readAnchorFile } from './audit-anchors';
import { AuditEntryEntity } from './audit-entry.entity';
import { GENESIS_HASH } from './audit-hash';
import { type ChainHead, readChainHead } from './audit-head';
import type { AuditKeyRing } from './audit-key';
import { CHAIN_KEYED, isSealedBy, KEY_ROTATED, UnkeyedChainCheck, type UnkeyedSegment } from './audit-seal';

const VERIFY_BATCH = 1000;

/**
 * Checks entries one by one, in id order, against the keys and the anchors:
 * - gapless ids, each entry naming its predecessor's hash;
 * - a keyed entry's HMAC with the key its key id names (one of the ring's); a key id no key has fails;
 * - the key changes only at an `audit.key_rotated` entry naming the key before, sealed by the new one;
 * - unkeyed entries only before the first keyed one, which must be `audit.chain_keyed` and record them exactly as
 *   they are still stored (a break they already had stays reported as a note, never turns into "intact");
 * - every anchor's entry is there with the hash the anchor saw, and the chain reaches the furthest anchor.
 */
export class ChainVerifier {
  private expectedId = 1;
  private previousHash = GENESIS_HASH;
  /** undefined: no entry yet; null: the entries so far are unkeyed. */
  private previousKeyId: string | null | undefined = undefined;
  private readonly unkeyed = new UnkeyedChainCheck(GENESIS_HASH);
  private failure: { brokenAt: number | null; problem: string } | null = null;
  private anchorsChecked = 0;
  private readonly notes: string[];

  constructor(
    private readonly keys: AuditKeyRing,
    private readonly anchors: AnchorExpectations = anchorExpectations([]),
    notes: readonly string[] = [],
  ) {
    this.notes = [...notes];
  }

  /** Checks the next entry; false once the chain is found broken (further entries are ignored). */
  add(entry: AuditEntryEntity): boolean {
    if (this.failure) return false;
    const id = entry.id;
    if (entry.keyId === null && !this.previousKeyId) {
      // Unkeyed entries of before: the walk notes their breaks (gaps included); the entry that sealed them says
      // whether they were there already.
      this.unkeyed.add(entry);
    } else if (id !== this.expectedId) {
      return this.fail(this.expectedId, `entry ${this.expectedId} is missing`);
    } else if (entry.keyId === null) {
      return this.fail(id, `entry ${id} has no key although entries before it are sealed`);
    } else if (!this.checkKeyed(entry)) {
      return false;
    }
    this.previousHash = entry.hash;
    this.previousKeyId = entry.keyId;
    for (const anchor of this.anchors.byId.get(id) ?? []) {
      if (anchor.hash !== entry.hash) {
        return this.fail(id, `entry ${id} is not the one the anchor ${describe(anchor)} recorded`);
      }
      this.anchorsChecked += 1;
    }
    this.expectedId = id + 1;
    return true;
  }

  private checkKeyed(entry: AuditEntryEntity): boolean {
    const id = entry.id;
    const keyId = entry.keyId as string;
    const key = this.keys.byId(keyId);
    if (!key) {
      return this.fail(
        id,
        `entry ${id} is sealed with key ${keyId}, which is neither AUDIT_KEY nor in AUDIT_PREVIOUS_KEYS`,
      );
    }
    // After unkeyed entries: first whether they are still as this entry sealed them, the clearer message.
    if (this.previousKeyId === null && !this.checkSealOfUnkeyed(entry)) return false;
    if (entry.previousHash !== this.previousHash) {
      return this.fail(id, `entry ${id} does not follow entry ${id - 1}: an entry was altered, removed or inserted`);
    }
    if (!isSealedBy(key, entry)) return this.fail(id, `entry ${id} was altered: its HMAC does not match`);
    if (this.previousKeyId === null) return true;
    if (this.previousKeyId === undefined && entry.action === CHAIN_KEYED && !parseDetails(entry)['legacyIntact']) {
      this.notes.push(`entry ${id} records that the unkeyed entries before it were broken when it sealed them`);
    }
    if (this.previousKeyId !== undefined && this.previousKeyId !== keyId) {
      const details = parseDetails(entry);
      if (entry.action !== KEY_ROTATED || details['previousKeyId'] !== this.previousKeyId) {
        return this.fail(id, `entry ${id} changes the key from ${this.previousKeyId} to ${keyId} without a rotation`);
      }
    }
    return true;
  }

  /** The first keyed entry after unkeyed ones must seal them as they still are. */
  private checkSealOfUnkeyed(entry: AuditEntryEntity): boolean {
    const recorded = parseDetails(entry) as Partial<UnkeyedSegment>;
    const found = this.unkeyed.result();
    if (entry.action !== CHAIN_KEYED || recorded.legacyEntries !== found.legacyEntries) {
      return this.fail(entry.id, `entry ${entry.id} follows unkeyed entries without sealing them`);
    }
    if (recorded.legacyDigest !== found.legacyDigest) {
      return this.fail(
        found.legacyBrokenAt ?? 1,
        `the unkeyed entries 1–${found.legacyEntries} were changed after entry ${entry.id} sealed them`,
      );
    }
    if (!recorded.legacyIntact) {
      this.notes.push(
        `the unkeyed entries 1–${found.legacyEntries} were already broken at entry ${recorded.legacyBrokenAt} ` +
          `when entry ${entry.id} sealed them (${entry.at}); they are unchanged since`,
      );
    }
    return true;
  }

  private fail(brokenAt: number | null, problem: string): false {
    this.failure = { brokenAt, problem };
    return false;
  }

  /** The verdict, once every entry up to `head` was added. */
  finish(head: ChainHead): AuditChainReport {
    const count = this.expectedId - 1;
    if (!this.failure) {
      if (count < head.lastId) this.fail(count + 1, `entries ${count + 1}–${head.lastId} are missing`);
      else if (count > head.lastId || this.previousHash !== head.lastHash)
        this.fail(count, `the chain's head does not name entry ${count}`);
      else if (count > 0 && this.previousKeyId === null)
        this.fail(null, `the ${count} entries are not sealed with a key yet: start the server once to seal them`);
      else if (this.anchors.furthest && this.anchors.furthest.lastId > head.lastId) {
        const furthest = this.anchors.furthest;
        this.fail(
          head.lastId + 1,
          `the log ends at entry ${head.lastId}, but the anchor ${describe(furthest)} recorded entry ` +
            `${furthest.lastId}: entries ${head.lastId + 1}–${furthest.lastId} were removed`,
        );
      }
    }
    if (this.anchors.count === 0 && count > 0) this.notes.push('no anchor to check the end of the log against');
    return {
      ok: !this.failure,
      entries: this.failure?.brokenAt ? Math.min(count, this.failure.brokenAt - 1) : count,
      brokenAt: this.failure?.brokenAt ?? null,
      problem: this.failure?.problem ?? null,
      anchors: this.anchorsChecked,
      notes: this.notes,
    };
  }
}

function describe(anchor: AuditAnchor): string {
  return `of ${anchor.at} (${anchor.kind}, ${anchor.source})`;
}

function parseDetails(entry: AuditEntryEntity): Record<string, unknown> {
  try {
    const details: unknown = JSON.parse(entry.details);
    return details && typeof details === 'object' ? (details as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

export interface VerifyOptions {
  keys: AuditKeyRing;
  /** Anchor files to check against (the configured one, and any others an operator has). */
  anchorFiles: readonly string[];
}

/**
 * Verifies the chain up to the head as it was when the walk began (entries appended meanwhile are left for the
 * next run). The anchor files are read before the head, so every anchor in them is of a head already committed.
 * Used by the API tests and by the `audit:verify` command, also against a running server.
 */
export async function verifyAuditChain(manager: EntityManager, options: VerifyOptions): Promise<AuditChainReport> {
  const anchors: AuditAnchor[] = [];
  const notes: string[] = [];
  for (const file of options.anchorFiles) {
    const reading = readAnchorFile(file, options.keys);
    if (reading.problems.length > 0) {
      return { ok: false, entries: 0, brokenAt: null, problem: reading.problems[0], anchors: 0, notes };
    }
    anchors.push(...reading.anchors);
    notes.push(...reading.notes);
  }
  // Several files (one per instance) in the order the anchors were taken, so a restore applies to all of them.
  if (options.anchorFiles.length > 1) anchors.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const verifier = new ChainVerifier(options.keys, anchorExpectations(anchors), notes);
  const head = await readChainHead(manager);
  for (let from = 1; from <= head.lastId; from += VERIFY_BATCH) {
    const batch = await manager.find(AuditEntryEntity, {
      where: { id: Between(from, Math.min(from + VERIFY_BATCH - 1, head.lastId)) },
      order: { id: 'ASC' },
    });
    if (!batch.every((entry) => verifier.add(entry))) break;
  }
  return verifier.finish(head);
}
