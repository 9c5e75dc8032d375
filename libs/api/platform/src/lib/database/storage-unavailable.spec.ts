import { QueryFailedError } from 'typeorm';
import { isStorageUnavailable } from './storage-unavailable';

const coded = (code: string) => Object.assign(new Error(code), { code });

describe('isStorageUnavailable', () => {
  it.each([
    'SQLITE_FULL',
    'SQLITE_IOERR',
    'SQLITE_IOERR_FSYNC',
    'SQLITE_BUSY',
    'SQLITE_BUSY_SNAPSHOT',
    'SQLITE_LOCKED',
    'SQLITE_READONLY_DBMOVED',
    'SQLITE_CANTOPEN',
    'SQLITE_NOMEM',
    '53100', // PostgreSQL: disk full
    '53300', // too many connections
    '57P01', // the server is shutting down
    '08006', // the connection failed
    '58030', // an I/O error
    '40001', // serialization failure
    '40P01', // deadlock
  ])('counts %s, raw or wrapped by TypeORM', (code) => {
    expect(isStorageUnavailable(coded(code))).toBe(true);
    expect(isStorageUnavailable(new QueryFailedError('COMMIT', [], coded(code)))).toBe(true);
  });

  it.each([
    'SQLITE_CONSTRAINT_UNIQUE',
    'SQLITE_CONSTRAINT_FOREIGNKEY',
    'SQLITE_ERROR',
    'SQLITE_MISMATCH',
    '23505', // unique violation: the request's fault, a 409
    '22P02', // invalid text representation
    '42P01', // undefined table: the program's fault, a 500
    'ENOENT',
    'ECONNREFUSED', // may be any service's
  ])('does not count %s', (code) => {
    expect(isStorageUnavailable(new QueryFailedError('INSERT', [], coded(code)))).toBe(false);
  });

  it('does not count errors without a code', () => {
    expect(isStorageUnavailable(new Error('boom'))).toBe(false);
    expect(isStorageUnavailable(null)).toBe(false);
    expect(isStorageUnavailable('SQLITE_FULL')).toBe(false);
  });
});
