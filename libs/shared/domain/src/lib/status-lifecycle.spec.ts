import { MEASURE_STATUSES } from '@leitbild-monitor/shared/contracts';
import fc from 'fast-check';
import {
  allowedNextStatuses,
  canTransition,
  isActiveStatus,
  isClosedStatus,
  isMeasureStatus,
  statusDefinitions,
  transitionProblem,
} from './status-lifecycle';

describe('status lifecycle', () => {
  it('follows the main path proposed → in_review → planned → in_progress → completed', () => {
    expect(canTransition('proposed', 'in_review')).toBe(true);
    expect(canTransition('in_review', 'planned')).toBe(true);
    expect(canTransition('planned', 'in_progress')).toBe(true);
    expect(canTransition('in_progress', 'completed')).toBe(true);
  });

  it('refuses skipping steps and standing still', () => {
    expect(canTransition('proposed', 'completed')).toBe(false);
    expect(canTransition('proposed', 'in_progress')).toBe(false);
    for (const status of MEASURE_STATUSES) expect(canTransition(status, status)).toBe(false);
  });

  it('lets a completed measure be reopened and a rejected one be proposed again, nothing else', () => {
    expect(allowedNextStatuses('completed')).toEqual(['in_progress']);
    expect(allowedNextStatuses('rejected')).toEqual(['proposed']);
  });

  it('needs a reason for on_hold and rejected only', () => {
    expect(transitionProblem('in_review', 'on_hold', null)).toBe('note_required');
    expect(transitionProblem('in_review', 'on_hold', '  ')).toBe('note_required');
    expect(transitionProblem('in_review', 'on_hold', 'Keine Räume')).toBeNull();
    expect(transitionProblem('proposed', 'rejected', undefined)).toBe('note_required');
    expect(transitionProblem('proposed', 'in_review', undefined)).toBeNull();
    expect(transitionProblem('proposed', 'completed', 'x')).toBe('not_allowed');
  });

  it('reaches every status from proposed', () => {
    const reached = new Set(['proposed']);
    const queue = ['proposed'] as const as string[];
    while (queue.length) {
      for (const next of allowedNextStatuses(queue.shift() as never)) {
        if (!reached.has(next)) {
          reached.add(next);
          queue.push(next);
        }
      }
    }
    expect([...reached].sort()).toEqual([...MEASURE_STATUSES].sort());
  });

  it('agrees with its served definitions for every pair of statuses', () => {
    const definitions = statusDefinitions();
    fc.assert(
      fc.property(fc.constantFrom(...MEASURE_STATUSES), fc.constantFrom(...MEASURE_STATUSES), (from, to) => {
        const definition = definitions.find((entry) => entry.key === from);
        expect(definition?.next.includes(to)).toBe(canTransition(from, to));
        expect(definition?.active).toBe(isActiveStatus(from));
        expect(definition?.closed).toBe(isClosedStatus(from));
      }),
    );
  });

  it('recognises status keys', () => {
    expect(isMeasureStatus('planned')).toBe(true);
    expect(isMeasureStatus('done')).toBe(false);
    expect(isMeasureStatus(undefined)).toBe(false);
  });
});
