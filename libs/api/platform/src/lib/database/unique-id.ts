import { randomUUID } from 'node:crypto';

/** Record ids are UUIDs made by the application, so both databases store the same text and ids leak no counts. */
export const ID_COLUMN = { type: 'varchar', length: 36 } as const;

export function newId(): string {
  return randomUUID();
}
