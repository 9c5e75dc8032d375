import Database from 'better-sqlite3';
import type { EntityManager } from 'typeorm';
import { AuditHeadEntity } from './audit-entry.entity';
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
  const query = manager.getRepository(AuditHeadEntity).createQueryBuilder('h').where('h.id = 1');
  if (options.lock && manager.connection.options.type === 'postgres') query.setLock('pessimistic_write');
  const head = await query.getOne();
  return head ? { lastId: head.lastId, lastHash: head.lastHash, lastKeyId: head.lastKeyId } : EMPTY_HEAD;
}

export async function writeChainHead(manager: EntityManager, head: ChainHead): Promise<void> {
  await manager.upsert(AuditHeadEntity, { id: 1, ...head }, ['id']);
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
