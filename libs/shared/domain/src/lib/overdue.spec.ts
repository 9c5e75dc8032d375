import { isoToday, isOverdue } from './overdue';

describe('overdue', () => {
  const today = '2026-11-23';

  it('is overdue when the planned end has passed and the measure is still open', () => {
    expect(isOverdue({ status: 'in_progress', plannedEnd: '2026-11-22' }, today)).toBe(true);
    expect(isOverdue({ status: 'planned', plannedEnd: '2019-01-01' }, today)).toBe(true);
    expect(isOverdue({ status: 'on_hold', plannedEnd: '2019-01-01' }, today)).toBe(true);
  });

  it('is on time on the planned end day itself, without a planned end, and when closed', () => {
    expect(isOverdue({ status: 'in_progress', plannedEnd: today }, today)).toBe(false);
    expect(isOverdue({ status: 'in_progress', plannedEnd: null }, today)).toBe(false);
    expect(isOverdue({ status: 'completed', plannedEnd: '2019-01-01' }, today)).toBe(false);
    expect(isOverdue({ status: 'rejected', plannedEnd: '2019-01-01' }, today)).toBe(false);
  });

  it('takes today in UTC as YYYY-MM-DD', () => {
    expect(isoToday(new Date('2026-11-23T23:30:00Z'))).toBe('2026-11-23');
  });
});
