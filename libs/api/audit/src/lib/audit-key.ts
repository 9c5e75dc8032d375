import { AUDIT_KEY_PATTERN, type AuditConfig } from '@leitbild-monitor/api/platform';
import { createHmac, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * A key that seals audit entries and anchors. `id` names it in entries and anchors; it is derived from the key
 * by a one-way function, so it tells nothing about the key. The secret never leaves the process.
 */
export interface AuditKey {
  readonly id: string;
  readonly secret: Buffer;
}

/** 16 hex characters: 64 bits, enough to tell keys apart, and an HMAC so it cannot be turned back into the key. */
export function auditKeyId(secret: Buffer): string {
  return createHmac('sha256', secret).update('leitbild-monitor audit key id', 'utf8').digest('hex').slice(0, 16);
}

/** A key from its hex form (AUDIT_KEY, AUDIT_PREVIOUS_KEYS, the key file); throws on anything else. */
export function auditKeyFromHex(hex: string): AuditKey {
  if (!AUDIT_KEY_PATTERN.test(hex)) throw new Error('an audit key must be 64 to 128 hexadecimal characters');
  const secret = Buffer.from(hex, 'hex');
  return { id: auditKeyId(secret), secret };
}

/** The key that seals new entries and the retired ones verification still accepts. */
export class AuditKeyRing {
  private readonly byIds: ReadonlyMap<string, AuditKey>;

  constructor(
    readonly current: AuditKey,
    readonly previous: readonly AuditKey[] = [],
  ) {
    this.byIds = new Map([...previous, current].map((key) => [key.id, key]));
  }

  byId(id: string): AuditKey | undefined {
    return this.byIds.get(id);
  }

  static fromHex(current: string, previous: readonly string[] = []): AuditKeyRing {
    return new AuditKeyRing(auditKeyFromHex(current), previous.map(auditKeyFromHex));
  }
}

export interface LoadedAuditKeys {
  ring: AuditKeyRing;
  /** Where the current key came from. */
  source: { kind: 'environment' } | { kind: 'file'; path: string; readableByOthers: boolean };
}

/**
 * The keys from the settings: AUDIT_KEY, else the key file beside the SQLite database; null when neither holds
 * one. Never creates a key (see generateAuditKeyFile). Throws naming the file if it holds something else.
 */
export function readAuditKeys(config: AuditConfig): LoadedAuditKeys | null {
  if (config.key)
    return { ring: AuditKeyRing.fromHex(config.key, config.previousKeys), source: { kind: 'environment' } };
  if (!config.keyFile) return null;
  let text: string;
  try {
    text = readFileSync(config.keyFile, 'utf8');
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return null;
    throw error;
  }
  const hex = text.trim();
  if (!AUDIT_KEY_PATTERN.test(hex)) {
    throw new Error(`${config.keyFile} does not hold an audit key (64 to 128 hexadecimal characters)`);
  }
  return {
    ring: AuditKeyRing.fromHex(hex.toLowerCase(), config.previousKeys),
    source: {
      kind: 'file',
      path: config.keyFile,
      readableByOthers: (statSync(config.keyFile).mode & 0o077) !== 0,
    },
  };
}

/**
 * Writes a new random 256-bit key into `path`, readable by the owner only, and returns it. Never replaces a key
 * file that exists: if another process created one meanwhile, that one is returned.
 */
export function generateAuditKeyFile(path: string): AuditKey {
  mkdirSync(dirname(path), { recursive: true });
  const hex = randomBytes(32).toString('hex');
  try {
    writeFileSync(path, `${hex}\n`, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as { code?: string }).code !== 'EEXIST') throw error;
    return auditKeyFromHex(readFileSync(path, 'utf8').trim().toLowerCase());
  }
  return auditKeyFromHex(hex);
}
