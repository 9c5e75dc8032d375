import Database from 'better-sqlite3';
import { namedQuery } from '@leitbild-monitor/api/platform';
import type { EntityManager } from 'typeorm';
import { GENESIS_HASH } from './audit-hash';

/** The end of the chain: the last entry's id, hash and key id (0, the genesis hash and null when empty). */
export interface ChainHead {
  lastId: number;
  lastHash: string;
  lastKeyId: string | null;
}

export const EMPTY_HEAD: ChainHead = { lastId: 0, lastHash: GENESIS_HASH, lastKeyId: null };

/**
 * Reads the head. With `lock` (an append), PostgreSQL keeps the row locked until the transaction ends, so
 * concurrent appends queue here; SQLite's TransactionRunner already runs write transactions one at a time.
 */
export async function readChainHead(manager: EntityManager, options: { lock?: boolean } = {}): Promise<ChainHead> {
  const lock = options.lock && manager.connection.options.type === 'postgres' ? ' FOR UPDATE' : '';
  // Plain SQL of constant text: an append reads and writes the head on every write, and the same text lets the
  // driver reuse its prepared statement.
  const [head] = (await manager.query(
    `SELECT last_id, last_hash, last_key_id FROM audit_head WHERE id = 1${lock}`,
  )) as { last_id: number | string; last_hash: string; last_key_id: string | null }[];
  return head ? { lastId: Number(head.last_id), lastHash: head.last_hash, lastKeyId: head.last_key_id } : EMPTY_HEAD;
}

export async function writeChainHead(manager: EntityManager, head: ChainHead): Promise<void> {
  await namedQuery(
    manager,
    `INSERT INTO audit_head (id, last_id, last_hash, last_key_id) VALUES (1, :lastId, :lastHash, :lastKeyId)
     ON CONFLICT (id) DO UPDATE SET last_id = excluded.last_id, last_hash = excluded.last_hash,
       last_key_id = excluded.last_key_id`,
    { ...head },
  );
}

/** The head stored in an SQLite database file (a backup), read without opening it for the application. */
export function readSqliteFileHead(path: string): Pick<ChainHead, 'lastId' | 'lastHash'> {
  const database = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const head = database
      .prepare('SELECT last_id AS lastId, last_hash AS lastHash FROM audit_head WHERE id = 1')
      .get() as { lastId: number; lastHash: string } | undefined;
    return head ?? EMPTY_HEAD;
  } finally {
    database.close();
  }
}
