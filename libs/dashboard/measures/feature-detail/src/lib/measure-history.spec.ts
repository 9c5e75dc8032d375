import { historyEntry, historyPage } from '@leitbild-monitor/dashboard/measures/data-access/testing';
import { isAfter, parseSince, splitHistory, statusChangeOf } from './measure-history';

describe('measure history', () => {
  it('splits the history into status changes, progress reports and field changes, newest first', () => {
    const view = splitHistory(historyPage().items);

    expect(view.statusChanges.map((entry) => entry.id)).toEqual([3, 1]);
    expect(view.progressUpdates.map((entry) => entry.id)).toEqual([4]);
    expect(view.fieldChanges.map((entry) => entry.id)).toEqual([2]);
  });

  it('reads the status an entry changed from and to', () => {
    expect(statusChangeOf(historyPage().items[1])).toEqual({ from: 'planned', to: 'in_progress' });
    expect(statusChangeOf(historyEntry())).toEqual({ from: null, to: 'proposed' });
    expect(statusChangeOf(historyEntry({ changes: [] }))).toEqual({ from: null, to: null });
  });

  it('accepts ISO dates and timestamps as ?since=, and nothing else', () => {
    expect(parseSince('2026-02-01')?.toISOString()).toBe('2026-02-01T00:00:00.000Z');
    expect(parseSince('2026-02-01T08:00:00Z')?.toISOString()).toBe('2026-02-01T08:00:00.000Z');
    for (const value of [undefined, '', 'gestern', '2026-13-45', '1 OR 1=1']) {
      expect(parseSince(value)).toBeNull();
    }
  });

  it('marks entries made after the given moment', () => {
    const since = parseSince('2026-02-01');

    expect(isAfter(historyEntry({ at: '2026-02-01T08:00:00.000Z' }), since)).toBe(true);
    expect(isAfter(historyEntry({ at: '2026-01-31T23:59:59.000Z' }), since)).toBe(false);
    expect(isAfter(historyEntry(), null)).toBe(false);
  });
});
