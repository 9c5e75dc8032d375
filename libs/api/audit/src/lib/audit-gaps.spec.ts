import type { AuditChainReport } from '@leitbild-monitor/shared/contracts';
import { PendingGaps } from './audit-gaps';
import { UNSEALED_TAIL_LIMIT_MS, withUnsealedTail } from './audit-verify';

describe('PendingGaps', () => {
  const at = (xmin: number, xmax: number) => ({ xmin: BigInt(xmin), xmax: BigInt(xmax) });

  it('gives an id up only once every transaction that ran when it was seen missing has ended, after the grace period', () => {
    const gaps = new PendingGaps(1000);
    gaps.observe(7, at(100, 105), 0);
    // Transaction 103 (say, the one holding id 7) still runs: the oldest running is below 105.
    expect(gaps.rolledBack(7, at(103, 110), 5000)).toBe(false);
    // All below 105 ended, but too soon: the INSERT that took the id may not have its transaction id yet.
    expect(gaps.rolledBack(7, at(105, 110), 500)).toBe(false);
    expect(gaps.rolledBack(7, at(105, 110), 1000)).toBe(true);
  });

  it('never gives up an id it has not seen missing, and keeps the first sighting', () => {
    const gaps = new PendingGaps(0);
    expect(gaps.rolledBack(8, at(500, 500), 10_000)).toBe(false);
    gaps.observe(8, at(100, 105), 0);
    gaps.observe(8, at(200, 210), 10);
    expect(gaps.rolledBack(8, at(106, 120), 20)).toBe(true);
    gaps.forgetUpTo(8);
    expect(gaps.size).toBe(0);
  });
});

describe('withUnsealedTail', () => {
  const intact: AuditChainReport = { ok: true, entries: 10, brokenAt: null, problem: null, anchors: 1, notes: [] };
  const now = Date.parse('2026-12-06T12:00:00.000Z');
  const tail = (oldestAt: string, sealedAfterHead: number | null = null) => ({
    count: 2,
    first: 11,
    last: 12,
    oldestAt,
    sealedAfterHead,
  });

  it('reports a short unsealed tail and accepts it', () => {
    const report = withUnsealedTail(intact, tail('2026-12-06T11:59:59.500Z'), now);
    expect(report).toMatchObject({ ok: true, entries: 10 });
    expect(report.notes).toEqual([expect.stringMatching(/entries 11–12 \(2\) .* are not sealed yet/)]);
  });

  it('fails when entries wait for their seal longer than the limit', () => {
    const old = new Date(now - UNSEALED_TAIL_LIMIT_MS - 1).toISOString();
    expect(withUnsealedTail(intact, tail(old), now)).toMatchObject({ ok: false, problem: /not sealed, the oldest/ });
  });

  it('fails when a sealed entry lies after the head', () => {
    const report = withUnsealedTail(
      intact,
      { ...tail('2026-12-06T11:59:59.500Z'), count: 0, sealedAfterHead: 11 },
      now,
    );
    expect(report).toMatchObject({ ok: false, brokenAt: 11, problem: /head was moved back/ });
  });

  it('leaves a report without a tail as it is', () => {
    expect(withUnsealedTail(intact, { ...tail(''), count: 0 }, now)).toBe(intact);
  });
});
