import type { Measure } from '@leitbild-monitor/shared/contracts';
import { applyEdit, changesOfEdit, diffStates, MeasureState, stateProblems } from './measure-state';

const base: MeasureState = {
  title: 'Sprachcafé',
  description: null,
  fieldOfActionId: 'f1',
  guidelineIds: ['g1'],
  leadActorId: 'a1',
  partnerActorIds: [],
  indicatorIds: [],
  'contact.name': 'Jana Kowalska',
  'contact.email': 'jana@example.org',
  origin: 'planning_workshop',
  plannedStart: '2027-01-01',
  plannedEnd: '2027-12-31',
  actualStart: null,
  actualEnd: null,
  progress: null,
  public: true,
  feasibility: null,
  feasibilityReason: null,
};

describe('measure state', () => {
  it('applies only the fields an edit names; null clears nullable ones', () => {
    const next = applyEdit(base, { progress: 30, description: 'Neu', plannedEnd: null });
    expect(next).toEqual({ ...base, progress: 30, description: 'Neu', plannedEnd: null });
  });

  it('clears both contact fields with contact: null and edits one with a partial contact', () => {
    expect(applyEdit(base, { contact: null })).toMatchObject({ 'contact.name': null, 'contact.email': null });
    expect(applyEdit(base, { contact: { name: 'Ali Hassan' } })).toMatchObject({
      'contact.name': 'Ali Hassan',
      'contact.email': 'jana@example.org',
    });
  });

  it('trims the title and compares lists regardless of order', () => {
    const withLists = { ...base, guidelineIds: ['g1', 'g2'] };
    const next = applyEdit(withLists, { title: '  Sprachcafé  ', guidelineIds: ['g2', 'g1'] });
    expect(diffStates(withLists, next)).toEqual([]);
  });

  it('lists changed fields old → new', () => {
    const next = applyEdit(base, { title: 'Sprachcafé Harburg', partnerActorIds: ['a2'], public: false });
    expect(diffStates(base, next)).toEqual([
      { field: 'title', from: 'Sprachcafé', to: 'Sprachcafé Harburg' },
      { field: 'partnerActorIds', from: [], to: ['a2'] },
      { field: 'public', from: true, to: false },
    ]);
  });

  it('finds problems of the whole state', () => {
    expect(stateProblems(base)).toEqual([]);
    expect(
      stateProblems({
        ...base,
        plannedEnd: '2026-01-01',
        actualStart: '2027-02-01',
        actualEnd: '2027-01-01',
        partnerActorIds: ['a1'],
      }),
    ).toEqual([
      {
        problem: { field: 'plannedEnd', code: 'date_before_start', params: { other: 'plannedStart' } },
        message: 'plannedEnd must not be before plannedStart',
      },
      {
        problem: { field: 'actualEnd', code: 'date_before_start', params: { other: 'actualStart' } },
        message: 'actualEnd must not be before actualStart',
      },
      {
        problem: { field: 'partnerActorIds', code: 'lead_is_partner', params: {} },
        message: 'partnerActorIds must not contain the lead actor',
      },
    ]);
  });

  it('tells what an edit would change on a measure, ignoring list order and fields the edit leaves out', () => {
    const measure = {
      ...base,
      id: 'm1',
      version: 3,
      status: 'planned',
      statusNote: null,
      guidelineIds: ['g2', 'g1'],
      partnerActorIds: [],
      contact: { name: 'Jana Kowalska', email: 'jana@example.org' },
      overdue: false,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    } as unknown as Measure;
    expect(
      changesOfEdit(measure, { guidelineIds: ['g1', 'g2'], title: 'Sprachcafé', contact: { name: 'Jana Kowalska' } }),
    ).toEqual([]);
    expect(changesOfEdit(measure, { progress: 40, contact: { email: null } }).map((change) => change.field)).toEqual([
      'contact.email',
      'progress',
    ]);
  });
});
