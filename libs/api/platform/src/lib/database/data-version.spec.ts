import type { DataSource } from 'typeorm';
import { DataVersion } from './data-version';

/** A PostgreSQL data source whose version reads the test answers by hand. */
function postgresSource() {
  const reads: { resolve: (result: { rows: unknown[] }) => void; reject: (error: Error) => void }[] = [];
  // What namedQuery uses of TypeORM on PostgreSQL: a query runner and its node-postgres client.
  const client = { query: () => new Promise((resolve, reject) => reads.push({ resolve, reject })) };
  const connection = {
    options: { type: 'postgres' },
    createQueryRunner: () => ({ connect: async () => client, release: async () => undefined }),
  };
  const dataSource = { options: connection.options, manager: { connection } } as unknown as DataSource;
  const answer = (index: number, version: number) => reads[index].resolve({ rows: [{ version, stamp: 's' }] });
  return { dataSource, reads, answer };
}

const settle = () => new Promise((done) => setImmediate(done));

describe('DataVersion on PostgreSQL', () => {
  it('reads once for a lone request', async () => {
    const { dataSource, reads, answer } = postgresSource();
    const version = new DataVersion(dataSource);
    const first = version.current();
    await settle();
    expect(reads).toHaveLength(1);
    answer(0, 7);
    await expect(first).resolves.toBe('7:s');
  });

  it('answers requests that arrive during a read from the next read, which starts when that one ends', async () => {
    const { dataSource, reads, answer } = postgresSource();
    const version = new DataVersion(dataSource);
    const early = version.current();
    await settle();
    const late = [version.current(), version.current(), version.current()];
    await settle();
    // The read on its way may have begun before a commit the later requests must see: they do not share it.
    expect(reads).toHaveLength(1);
    answer(0, 7);
    await expect(early).resolves.toBe('7:s');
    await settle();
    expect(reads).toHaveLength(2);
    answer(1, 8);
    await expect(Promise.all(late)).resolves.toEqual(['8:s', '8:s', '8:s']);

    // Nothing on its way any more: the next request reads anew.
    const after = version.current();
    await settle();
    expect(reads).toHaveLength(3);
    answer(2, 9);
    await expect(after).resolves.toBe('9:s');
  });

  it('fails only the requests of a failed read, and reads again for those that waited for the next', async () => {
    const { dataSource, reads, answer } = postgresSource();
    const version = new DataVersion(dataSource);
    const early = version.current();
    await settle();
    const late = version.current();
    reads[0].reject(new Error('connection lost'));
    await expect(early).rejects.toThrow('connection lost');
    await settle();
    answer(1, 8);
    await expect(late).resolves.toBe('8:s');
  });
});
