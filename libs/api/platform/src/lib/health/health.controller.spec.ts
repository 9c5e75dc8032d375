import { ServiceUnavailableException } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { TransactionRunner } from '../database/transaction-runner';
import { HealthController } from './health.controller';

describe('HealthController', () => {
  const controllerWith = (query: () => Promise<unknown>, writeFailure: unknown = null) =>
    new HealthController({ query } as unknown as DataSource, { writeFailure } as TransactionRunner);

  it('answers ok when the database answers and takes writes', async () => {
    await expect(controllerWith(() => Promise.resolve([{ 1: 1 }])).check()).resolves.toEqual({ status: 'ok' });
  });

  it('answers 503 when the database does not answer', async () => {
    await expect(controllerWith(() => Promise.reject(new Error('SQLITE_CANTOPEN'))).check()).rejects.toBeInstanceOf(
      ServiceUnavailableException,
    );
  });

  it('answers 503 once writes are stopped after a failed WAL sync, though reads still work', async () => {
    const controller = controllerWith(() => Promise.resolve([]), new Error('EIO: i/o error, fdatasync'));
    await expect(controller.check()).rejects.toThrow('writes are stopped');
  });
});
