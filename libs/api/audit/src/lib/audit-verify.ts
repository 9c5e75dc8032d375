import type { AuditChainReport } from '@leitbild-monitor/shared/contracts';
import { Between, type EntityManager } from 'typeorm';
import { anchorExpectations, type AnchorExpectations, type AuditAnchor, readAnchorFile } from './audit-anchors';
import { AuditEntryEntity } from './audit-entry.entity';
import { GENESIS_HASH } from './audit-hash';
import { type ChainHead, readChainHead } from './audit-head';
import type { AuditKeyRing } from './audit-key';
import {
  CHAIN_KEYED,
  ENTRY_SKIPPED,
  isSealedBy,
  KEY_ROTATED,
  UnkeyedChainCheck,
  type UnkeyedSegment,
} from './audit-seal';

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
    } else if (id < this.expectedId) {
      return this.fail(id, `entry ${id} was inserted where a sealed audit.entry_skipped entry records that none was`);
    } else if (id !== this.expectedId) {
      return this.fail(this.expectedId, `entry ${this.expectedId} is missing`);
    } else if (entry.keyId === null) {
      return this.fail(id, `entry ${id} has no key although entries before it are sealed`);
    } else if (!this.checkKeyed(entry)) {
      return false;
    }
    this.previousHash = entry.hash;
    this.previousKeyId = entry.keyId;
    // A sealed skipped entry stands for the ids through `details.through` (its seal covers them); the head and the
    // anchors name the last of them.
    const last = entry.keyId !== null ? skippedThrough(entry) : id;
    for (const anchored of last === id ? [id] : [id, last]) {
      for (const anchor of this.anchors.byId.get(anchored) ?? []) {
        if (anchor.hash !== entry.hash) {
          return this.fail(id, `entry ${id} is not the one the anchor ${describe(anchor)} recorded`);
        }
        this.anchorsChecked += 1;
      }
    }
    this.expectedId = last + 1;
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

/** The last id an `audit.entry_skipped` entry stands for (its own id for every other entry). */
function skippedThrough(entry: AuditEntryEntity): number {
  if (entry.action !== ENTRY_SKIPPED) return entry.id;
  const through = parseDetails(entry)['through'];
  return typeof through === 'number' && Number.isSafeInteger(through) && through >= entry.id ? through : entry.id;
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
  return withUnsealedTail(verifier.finish(head), await unsealedTail(manager, head.lastId), Date.now());
}

/**
 * How long an entry may wait for its seal before verification fails: on PostgreSQL the sealer seals every quarter
 * of a second (audit-sealer.ts), so an older unsealed entry means that no instance has been sealing — or that the
 * entry was put there with SQL.
 */
export const UNSEALED_TAIL_LIMIT_MS = 60_000;

/** The entries after the head: written but not yet sealed (PostgreSQL); none on SQLite. */
export interface UnsealedTail {
  count: number;
  first: number | null;
  last: number | null;
  oldestAt: string | null;
  /** The first entry after the head as it is now that carries a seal: the head was moved back. */
  sealedAfterHead: number | null;
}

async function unsealedTail(manager: EntityManager, headId: number): Promise<UnsealedTail> {
  // One statement, so the head it compares with is the one of the same moment (the sealer may have moved it since
  // the walk began; entries it sealed meanwhile are neither unsealed nor past that head).
  const [row] = (await manager.query(
    `SELECT SUM(CASE WHEN e.hash = '' THEN 1 ELSE 0 END) AS "count",
       MIN(CASE WHEN e.hash = '' THEN e.id END) AS "first", MAX(CASE WHEN e.hash = '' THEN e.id END) AS "last",
       MIN(CASE WHEN e.hash = '' THEN e.at END) AS "oldestAt",
       MIN(CASE WHEN e.hash <> '' AND e.id > h.last_id THEN e.id END) AS "sealedAfterHead"
     FROM audit_entry e CROSS JOIN audit_head h WHERE h.id = 1 AND e.id > ${Math.trunc(headId)}`,
  )) as {
    count: string | number | null;
    first: number | null;
    last: number | null;
    oldestAt: string | null;
    sealedAfterHead: number | null;
  }[];
  const id = (value: number | string | null | undefined) =>
    value === null || value === undefined ? null : Number(value);
  return {
    count: Number(row?.count ?? 0),
    first: id(row?.first),
    last: id(row?.last),
    oldestAt: row?.oldestAt ?? null,
    sealedAfterHead: id(row?.sealedAfterHead),
  };
}

/**
 * A short unsealed tail is accepted and reported; entries unsealed for longer than UNSEALED_TAIL_LIMIT_MS fail the
 * verification (nothing seals them, or they were inserted past the head by hand). Only the sealed chain up to the
 * head is proved; the tail is what the sealer has not reached yet, like the entries after the last anchor.
 */
export function withUnsealedTail(report: AuditChainReport, tail: UnsealedTail, now: number): AuditChainReport {
  if (report.ok && tail.sealedAfterHead !== null) {
    return {
      ...report,
      ok: false,
      brokenAt: tail.sealedAfterHead,
      problem:
        `entry ${tail.sealedAfterHead} after the chain's head is sealed: the head was moved back, and entries ` +
        `before it were removed or altered`,
    };
  }
  if (tail.count === 0) return report;
  const range = tail.first === tail.last ? `entry ${tail.first}` : `entries ${tail.first}–${tail.last}`;
  const age = tail.oldestAt ? now - Date.parse(tail.oldestAt) : Number.POSITIVE_INFINITY;
  if (report.ok && !(age <= UNSEALED_TAIL_LIMIT_MS)) {
    return {
      ...report,
      ok: false,
      problem:
        `${range} (${tail.count}) after the sealed head are not sealed, the oldest since ${tail.oldestAt}: ` +
        `start an instance of the server to seal them, or they were inserted by hand`,
    };
  }
  return {
    ...report,
    notes: [
      ...report.notes,
      `${range} (${tail.count}) written since ${tail.oldestAt} are not sealed yet: the sealer seals them within a second`,
    ],
  };
}
