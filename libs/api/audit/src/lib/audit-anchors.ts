import { createHmac, timingSafeEqual } from 'node:crypto';
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { AuditKey, AuditKeyRing } from './audit-key';

/**
 * Anchors: the chain's head as it was at a moment, written outside the database — one JSON line each in an
 * append-only file (AUDIT_ANCHOR_FILE) and in the server's log. A chain that ends before an anchor's entry, or
 * whose entry differs from it, was cut or rewritten. Each line carries an HMAC with the audit key, so whoever can
 * write the file but has not the key cannot add a believable one.
 *
 * Kinds: `start`, `interval` (at most every few seconds while the head moves), `shutdown`, `backup` (the head
 * contained in the backup named), `restore` (a backup was restored on purpose: earlier anchors past its head no
 * longer apply).
 */
export type AnchorKind = 'start' | 'interval' | 'shutdown' | 'backup' | 'restore';

const KINDS: readonly AnchorKind[] = ['start', 'interval', 'shutdown', 'backup', 'restore'];

export interface AnchorFields {
  /** UTC ISO time the anchor was taken. */
  at: string;
  kind: AnchorKind;
  /** The head: the last entry's id and its hash (its seal). */
  lastId: number;
  hash: string;
  /** The backup file whose head this is (kinds `backup`, `restore`). */
  backup: string | null;
}

export interface AuditAnchor extends AnchorFields {
  /** The key whose HMAC the line carries. */
  keyId: string;
  /** `file:line`, for messages. */
  source: string;
}

function anchorMac(key: AuditKey, anchor: AnchorFields): string {
  const content = JSON.stringify([
    'leitbild-monitor audit anchor 1',
    anchor.at,
    anchor.kind,
    anchor.lastId,
    anchor.hash,
    anchor.backup,
    key.id,
  ]);
  return createHmac('sha256', key.secret).update(content, 'utf8').digest('hex');
}

/** One anchor as a line of the anchor file (without the line break). */
export function formatAnchor(anchor: AnchorFields, key: AuditKey): string {
  const { at, kind, lastId, hash, backup } = anchor;
  return JSON.stringify({ at, kind, lastId, hash, backup, keyId: key.id, mac: anchorMac(key, anchor) });
}

export interface AnchorReading {
  /** The valid anchors in the order they were written. */
  anchors: AuditAnchor[];
  /** Lines that are not valid anchors: verification fails. */
  problems: string[];
  /** Remarks that do not fail verification (no file yet, a line cut short by a crash). */
  notes: string[];
}

function parseLine(line: string, keys: AuditKeyRing, source: string): AuditAnchor | string {
  let value: Record<string, unknown>;
  try {
    value = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return `${source} is not an anchor (damaged, or not written by Leitbild-Monitor)`;
  }
  const { at, kind, lastId, hash, backup, keyId, mac } = value;
  if (
    typeof at !== 'string' ||
    !KINDS.includes(kind as AnchorKind) ||
    typeof lastId !== 'number' ||
    !Number.isSafeInteger(lastId) ||
    lastId < 0 ||
    typeof hash !== 'string' ||
    (backup !== null && typeof backup !== 'string') ||
    typeof keyId !== 'string' ||
    typeof mac !== 'string' ||
    !/^[0-9a-f]{64}$/.test(mac)
  ) {
    return `${source} is not an anchor (damaged, or not written by Leitbild-Monitor)`;
  }
  const key = keys.byId(keyId);
  if (!key) return `${source} is sealed with key ${keyId}, which is neither AUDIT_KEY nor in AUDIT_PREVIOUS_KEYS`;
  const anchor: AnchorFields = { at, kind: kind as AnchorKind, lastId, hash, backup: backup as string | null };
  if (!timingSafeEqual(Buffer.from(anchorMac(key, anchor), 'hex'), Buffer.from(mac, 'hex'))) {
    return `${source} does not match its HMAC: it was altered or written without the key`;
  }
  return { ...anchor, keyId, source };
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Reads anchor lines; `name` names the file in messages. */
export function parseAnchors(text: string, keys: AuditKeyRing, name: string): AnchorReading {
  const reading: AnchorReading = { anchors: [], problems: [], notes: [] };
  const lines = text.split('\n');
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const parsed = parseLine(line, keys, `${name}:${index + 1}`);
    if (typeof parsed !== 'string') reading.anchors.push(parsed);
    // Appends are not synced: a crash can leave the last line unfinished. Anything else is tampering or damage.
    else if (index === lines.length - 1 && !isJson(line))
      reading.notes.push(`${name}:${index + 1} is an unfinished last line, ignored`);
    else reading.problems.push(parsed);
  });
  return reading;
}

/** The anchors of a file; a file that does not exist has none (a note says so). */
export function readAnchorFile(path: string, keys: AuditKeyRing): AnchorReading {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as { code?: string }).code !== 'ENOENT') throw error;
    return {
      anchors: [],
      problems: [],
      notes: [`no anchor file at ${path}: entries cut off the end of the log cannot be detected`],
    };
  }
  return parseAnchors(text, keys, path);
}

/** The last valid anchor of a file (reading only its end), or null. */
export function readLastAnchor(path: string, keys: AuditKeyRing): AuditAnchor | null {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    return null;
  }
  const length = Math.min(size, 64 * 1024);
  const buffer = Buffer.alloc(length);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, buffer, 0, length, size - length);
  } finally {
    closeSync(fd);
  }
  const lines = buffer.toString('utf8').split('\n');
  for (let index = lines.length - 1; index >= 0; index--) {
    if (lines[index].trim() === '') continue;
    const parsed = parseLine(lines[index], keys, path);
    if (typeof parsed !== 'string') return parsed;
  }
  return null;
}

/**
 * Appends one anchor line. Not synced to disk: anchors are written off the request path, and the window a crash
 * opens is the same few seconds as between two anchors (docs/security.md). The file is created owner-only.
 */
export async function appendAnchor(path: string, line: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await appendFile(path, `${line}\n`, { encoding: 'utf8', mode: 0o600 });
}

/** The anchors that apply to the database now, by entry id, and the furthest of them. */
export interface AnchorExpectations {
  byId: Map<number, AuditAnchor[]>;
  furthest: AuditAnchor | null;
  count: number;
}

/**
 * Anchors in the order written; a `restore` anchor sets the chain back to the backup's head on purpose, so the
 * anchors before it that saw entries past that head no longer apply (those entries were lost with the restore).
 */
export function anchorExpectations(anchors: readonly AuditAnchor[]): AnchorExpectations {
  let applying: AuditAnchor[] = [];
  for (const anchor of anchors) {
    if (anchor.kind === 'restore') applying = applying.filter((earlier) => earlier.lastId <= anchor.lastId);
    if (anchor.lastId > 0) applying.push(anchor);
  }
  const byId = new Map<number, AuditAnchor[]>();
  let furthest: AuditAnchor | null = null;
  for (const anchor of applying) {
    byId.set(anchor.lastId, [...(byId.get(anchor.lastId) ?? []), anchor]);
    if (!furthest || anchor.lastId > furthest.lastId) furthest = anchor;
  }
  return { byId, furthest, count: applying.length };
}
