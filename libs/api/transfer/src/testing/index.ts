import { join } from 'node:path';

/** Test files as staff have them (CSV in German Excel's encodings, a file with errors in several rows). */
export const TRANSFER_FIXTURE_FOLDER = join(__dirname, '..', 'test-fixtures');

export * from '../test-fixtures/crafted-archives';
export * from '../test-fixtures/event-loop-turns';
export * from '../test-fixtures/workbooks';
export * from '../test-fixtures/xlsx-parts';
