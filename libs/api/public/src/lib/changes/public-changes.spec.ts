import type { FieldChange, HistoryKind } from '@leitbild-monitor/shared/contracts';
import { publicChangesOf, PublicHistoryRow } from './public-changes';

const row = (kind: HistoryKind, at: string, ...changes: FieldChange[]): PublicHistoryRow => ({ kind, at, changes });
const change = (field: string, from: unknown, to: unknown): FieldChange => ({ field, from, to });

describe('publicChangesOf', () => {
  it('starts with the publication, with the status and progress the measure then had', () => {
    const changes = publicChangesOf([
      row('created', '2030-01-01T08:00:00.000Z', change('status', null, 'proposed'), change('title', null, 'A')),
      row('status_change', '2030-01-02T08:00:00.000Z', change('status', 'proposed', 'planned')),
      row('progress_update', '2030-01-03T08:00:00.000Z', change('progress', null, 10)),
      row('field_change', '2030-01-04T08:00:00.000Z', change('public', false, true)),
    ]);
    expect(changes).toEqual([
      {
        at: '2030-01-04T08:00:00.000Z',
        kind: 'published',
        status: { from: null, to: 'planned' },
        progress: { from: null, to: 10 },
        fields: [],
      },
    ]);
  });

  it('names only public fields, newest first, and leaves out entries that changed nothing public', () => {
    const changes = publicChangesOf([
      row('created', '2030-01-01T08:00:00.000Z', change('status', null, 'proposed'), change('public', null, true)),
      row(
        'field_change',
        '2030-01-02T08:00:00.000Z',
        change('contact.name', null, 'Erika'),
        change('origin', null, 'other'),
      ),
      row(
        'field_change',
        '2030-01-03T08:00:00.000Z',
        change('plannedEnd', null, '2030-12-31'),
        change('contact.email', null, 'e@example.org'),
        change('title', 'A', 'B'),
      ),
      row(
        'status_change',
        '2030-01-04T08:00:00.000Z',
        change('status', 'proposed', 'in_progress'),
        change('actualStart', null, '2030-01-04'),
      ),
      row('progress_update', '2030-01-05T08:00:00.000Z', change('progress', null, 40)),
    ]);
    expect(changes.map((entry) => entry.at)).toEqual([
      '2030-01-05T08:00:00.000Z',
      '2030-01-04T08:00:00.000Z',
      '2030-01-03T08:00:00.000Z',
      '2030-01-01T08:00:00.000Z',
    ]);
    expect(changes[0]).toEqual({
      at: '2030-01-05T08:00:00.000Z',
      kind: 'changed',
      status: null,
      progress: { from: null, to: 40 },
      fields: [],
    });
    expect(changes[1]).toMatchObject({ status: { from: 'proposed', to: 'in_progress' }, fields: ['actualStart'] });
    expect(changes[2]).toMatchObject({ status: null, progress: null, fields: ['title', 'plannedEnd'] });
    expect(changes[3]).toMatchObject({ kind: 'published', status: { from: null, to: 'proposed' }, progress: null });
    expect(JSON.stringify(changes)).not.toMatch(/Erika|example\.org|contact|origin/);
  });

  it('hides what happened while the measure was withdrawn and shows its publication again', () => {
    const changes = publicChangesOf([
      row('created', '2030-01-01T08:00:00.000Z', change('status', null, 'planned'), change('public', null, true)),
      row('field_change', '2030-01-02T08:00:00.000Z', change('public', true, false)),
      row('status_change', '2030-01-03T08:00:00.000Z', change('status', 'planned', 'in_progress')),
      row('field_change', '2030-01-04T08:00:00.000Z', change('title', 'A', 'B')),
      row('field_change', '2030-01-05T08:00:00.000Z', change('public', false, true)),
    ]);
    expect(changes).toEqual([
      {
        at: '2030-01-05T08:00:00.000Z',
        kind: 'published',
        status: { from: null, to: 'in_progress' },
        progress: null,
        fields: [],
      },
      {
        at: '2030-01-01T08:00:00.000Z',
        kind: 'published',
        status: { from: null, to: 'planned' },
        progress: null,
        fields: [],
      },
    ]);
  });

  it('has nothing for a measure never published', () => {
    expect(publicChangesOf([row('created', '2030-01-01T08:00:00.000Z', change('status', null, 'planned'))])).toEqual(
      [],
    );
  });
});
