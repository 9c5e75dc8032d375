import fc from 'fast-check';
import { MEASURE_STATUSES } from '@leitbild-monitor/shared/contracts';
import { countsTowardsProgress, meanProgress } from './progress-rollup';

describe('progress roll-up', () => {
  it('averages known progress of measures that are neither rejected nor on hold', () => {
    expect(
      meanProgress([
        { status: 'in_progress', progress: 20 },
        { status: 'planned', progress: 60 },
        { status: 'in_progress', progress: null },
        { status: 'on_hold', progress: 0 },
        { status: 'rejected', progress: 0 },
      ]),
    ).toEqual({ mean: 40, basis: 2 });
  });

  it('treats unknown progress as unknown, not 0', () => {
    expect(meanProgress([{ status: 'planned', progress: null }])).toEqual({ mean: null, basis: 0 });
    expect(countsTowardsProgress({ status: 'planned', progress: 0 })).toBe(true);
  });

  it('rounds to one decimal and stays within 0–100', () => {
    expect(meanProgress([10, 20, 21].map((progress) => ({ status: 'in_progress' as const, progress }))).mean).toBe(17);
    expect(meanProgress([1, 2].map((progress) => ({ status: 'in_progress' as const, progress }))).mean).toBe(1.5);
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            status: fc.constantFrom(...MEASURE_STATUSES),
            progress: fc.option(fc.integer({ min: 0, max: 100 })),
          }),
        ),
        (measures) => {
          const { mean, basis } = meanProgress(measures);
          expect(basis).toBe(measures.filter(countsTowardsProgress).length);
          if (mean !== null) expect(mean >= 0 && mean <= 100).toBe(true);
          else expect(basis).toBe(0);
        },
      ),
    );
  });
});
