import { Column, DataSource, Entity, PrimaryColumn } from 'typeorm';
import { insertRow, insertRows, namedQuery, selectRows, toPositional } from './named-query';

@Entity('note_row')
class NoteRow {
  @PrimaryColumn({ type: 'integer' })
  id!: number;
  @Column({ type: 'boolean', name: 'is_done' })
  isDone!: boolean;
  @Column({ type: 'text', nullable: true })
  text!: string | null;
  @Column({ type: 'date', name: 'due_on', nullable: true })
  dueOn!: string | null;
}

describe('toPositional', () => {
  it('numbers each name once on PostgreSQL and leaves casts alone', () => {
    expect(toPositional('SELECT :a::text, :b, :a WHERE x = :b', true)).toEqual({
      text: 'SELECT $1::text, $2, $1 WHERE x = $2',
      names: ['a', 'b'],
    });
  });

  it('gives SQLite one placeholder per occurrence', () => {
    expect(toPositional('SELECT :a, :b, :a', false)).toEqual({ text: 'SELECT ?, ?, ?', names: ['a', 'b', 'a'] });
  });
});

describe('namedQuery on SQLite', () => {
  let dataSource: DataSource;

  beforeEach(async () => {
    dataSource = new DataSource({ type: 'better-sqlite3', database: ':memory:', entities: [NoteRow] });
    await dataSource.initialize();
    await dataSource.query('CREATE TABLE t (id INTEGER PRIMARY KEY, flag INTEGER, note TEXT)');
  });

  afterEach(() => dataSource.destroy());

  it('binds numbers, booleans and null instead of writing them into the statement', async () => {
    const statements = new Set<string>();
    const runner = dataSource.createQueryRunner();
    const query = jest.spyOn(runner, 'query');
    const manager = runner.manager;
    for (let id = 1; id <= 3; id++) {
      await namedQuery(manager, 'INSERT INTO t (id, flag, note) VALUES (:id, :flag, :note)', {
        id,
        flag: id % 2 === 0,
        note: undefined,
      });
    }
    for (const [sql] of query.mock.calls) statements.add(sql);
    expect([...statements]).toEqual(['INSERT INTO t (id, flag, note) VALUES (?, ?, ?)']);
    await runner.release();
    expect(await namedQuery(dataSource.manager, 'SELECT id, flag, note FROM t WHERE id >= :from', { from: 2 })).toEqual(
      [
        { id: 2, flag: 1, note: null },
        { id: 3, flag: 0, note: null },
      ],
    );
  });

  it('refuses a statement whose parameter has no value', async () => {
    await expect(namedQuery(dataSource.manager, 'SELECT :missing', {})).rejects.toThrow('no value for :missing');
  });

  it('inserts rows of an entity with one statement text, leaving out nothing the entity names', async () => {
    await dataSource.query(
      'CREATE TABLE note_row (id INTEGER PRIMARY KEY, is_done INTEGER NOT NULL, text TEXT, due_on DATE)',
    );
    const runner = dataSource.createQueryRunner();
    const query = jest.spyOn(runner, 'query');
    await insertRow(runner.manager, NoteRow, { id: 7, isDone: true, text: 'Sprachcafé' });
    await insertRow(runner.manager, NoteRow, { id: 8, isDone: false });
    expect(new Set(query.mock.calls.map(([sql]) => sql.replace(/\s+/g, ' ')))).toEqual(
      new Set(['INSERT INTO note_row (id, is_done, text, due_on) VALUES (?, ?, ?, ?)']),
    );
    await runner.release();
    expect(await dataSource.query('SELECT id, is_done, text FROM note_row ORDER BY id')).toEqual([
      { id: 7, is_done: 1, text: 'Sprachcafé' },
      { id: 8, is_done: 0, text: null },
    ]);
  });

  it('inserts many rows in statements of a fixed number of rows, one text per size whatever the values', async () => {
    await dataSource.query(
      'CREATE TABLE note_row (id INTEGER PRIMARY KEY, is_done INTEGER NOT NULL, text TEXT, due_on DATE)',
    );
    const runner = dataSource.createQueryRunner();
    const query = jest.spyOn(runner, 'query');
    const rows = Array.from({ length: 7 }, (_, index) => ({
      id: index + 1,
      isDone: index % 2 === 0,
      text: index === 3 ? undefined : `Zeile ${index + 1}`,
      dueOn: index === 5 ? '2027-03-01' : null,
    }));
    await insertRows(runner.manager, NoteRow, rows, 3);
    const texts = query.mock.calls.map(([sql]) => sql);
    // Batches of 3, 3 and 1: the two of three rows share one text although every value differs.
    expect(texts).toHaveLength(3);
    expect(texts[0]).toBe(texts[1]);
    expect(texts[0]).toBe(
      'INSERT INTO note_row (id, is_done, text, due_on) VALUES (?, ?, ?, ?), (?, ?, ?, ?), (?, ?, ?, ?)',
    );
    expect(texts[2]).toBe('INSERT INTO note_row (id, is_done, text, due_on) VALUES (?, ?, ?, ?)');
    await runner.release();
    expect(await dataSource.manager.find(NoteRow, { order: { id: 'ASC' } })).toEqual(
      rows.map((row) => ({ ...row, text: row.text ?? null })),
    );
  });

  it('reads rows as entities, converted as TypeORM reads them, with one statement text', async () => {
    await dataSource.query(
      'CREATE TABLE note_row (id INTEGER PRIMARY KEY, is_done INTEGER NOT NULL, text TEXT, due_on DATE)',
    );
    await insertRow(dataSource.manager, NoteRow, { id: 7, isDone: true, text: 'Sprachcafé', dueOn: '2027-03-01' });
    await insertRow(dataSource.manager, NoteRow, { id: 8, isDone: false });
    const asTypeOrmReadsIt = await dataSource.manager.find(NoteRow, { where: { id: 8 } });
    const runner = dataSource.createQueryRunner();
    const query = jest.spyOn(runner, 'query');
    const read = (from: number) => selectRows(runner.manager, NoteRow, 'id >= :from ORDER BY id', { from });
    const rows = await read(7);
    expect(rows).toEqual([
      { id: 7, isDone: true, text: 'Sprachcafé', dueOn: '2027-03-01' },
      { id: 8, isDone: false, text: null, dueOn: null },
    ]);
    expect(rows[0]).toBeInstanceOf(NoteRow);
    expect(await read(8)).toEqual(asTypeOrmReadsIt);
    expect(new Set(query.mock.calls.map(([sql]) => sql))).toEqual(
      new Set([
        'SELECT "id" AS "id", "is_done" AS "isDone", "text" AS "text", "due_on" AS "dueOn" FROM "note_row" WHERE id >= ? ORDER BY id',
      ]),
    );
    await runner.release();
  });
});
