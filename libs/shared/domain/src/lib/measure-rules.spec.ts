import {
  diffMeasureFieldValues,
  emptyMeasureFieldValues,
  MEASURE_FIELDS,
  MEASURE_REQUEST_FIELDS,
  MeasureFieldValues,
  measureFieldValuesOf,
  measureOfFieldValues,
  sameMeasureValue,
} from './measure-fields';
import {
  measureFieldProblems,
  measureStateProblems,
  measureValuesProblems,
  noteProblems,
  parseProgress,
  progressReportProblems,
  statusNoteProblems,
} from './measure-rules';

const state: MeasureFieldValues = {
  ...emptyMeasureFieldValues(),
  title: 'Sprachcafé',
  fieldOfActionId: 'f1',
  leadActorId: 'a1',
  plannedStart: '2027-01-01',
  plannedEnd: '2027-12-31',
};

describe('measure fields', () => {
  it('takes its limits from the shared limits and lists request properties once', () => {
    expect(MEASURE_FIELDS.title.max).toBe(200);
    expect(MEASURE_FIELDS['contact.email'].max).toBe(254);
    expect(MEASURE_REQUEST_FIELDS).toContain('contact');
    expect(MEASURE_REQUEST_FIELDS).not.toContain('contact.name');
    expect(MEASURE_REQUEST_FIELDS).toHaveLength(17);
  });

  it('starts empty: blank required text, empty lists, not public, everything else null', () => {
    expect(emptyMeasureFieldValues()).toMatchObject({
      title: '',
      fieldOfActionId: '',
      guidelineIds: [],
      indicatorIds: [],
      public: false,
      'contact.email': null,
      progress: null,
    });
  });

  it('flattens a measure, sorting its id lists', () => {
    const values = measureFieldValuesOf({
      ...state,
      guidelineIds: ['g2', 'g1'],
      partnerActorIds: [],
      contact: { name: 'Jana', email: null },
    } as never);
    expect(values).toMatchObject({ guidelineIds: ['g1', 'g2'], 'contact.name': 'Jana', 'contact.email': null });
    expect(measureOfFieldValues(values)).toMatchObject({
      guidelineIds: ['g1', 'g2'],
      contact: { name: 'Jana', email: null },
    });
  });

  it('compares lists as sets, objects by their parts, and missing as null', () => {
    expect(sameMeasureValue(['a', 'b'], ['b', 'a'])).toBe(true);
    expect(sameMeasureValue({ name: 'x', email: null }, { name: 'x' })).toBe(true);
    expect(sameMeasureValue(undefined, null)).toBe(true);
    expect(sameMeasureValue(0, null)).toBe(false);
  });

  it('lists changed fields old → new in the description’s order', () => {
    expect(diffMeasureFieldValues(state, { ...state, public: true, title: 'Neu' })).toEqual([
      { field: 'title', from: 'Sprachcafé', to: 'Neu' },
      { field: 'public', from: false, to: true },
    ]);
  });
});

describe('measure rules', () => {
  it('checks one field by its kind and limits, counting characters', () => {
    expect(measureFieldProblems('title', '  ')).toEqual([{ field: 'title', code: 'required', params: {} }]);
    expect(measureFieldProblems('title', '😀'.repeat(200))).toEqual([]);
    expect(measureFieldProblems('title', 'a'.repeat(201))).toEqual([
      { field: 'title', code: 'too_long', params: { max: 200 } },
    ]);
    expect(measureFieldProblems('description', null)).toEqual([]);
    expect(measureFieldProblems('contact.email', 'kein-at')[0].code).toBe('invalid_email');
    expect(measureFieldProblems('plannedStart', '2027-02-30')[0].code).toBe('invalid_date');
    expect(measureFieldProblems('progress', 101)[0]).toMatchObject({ code: 'too_large', params: { max: 100 } });
    expect(measureFieldProblems('progress', -1)[0].code).toBe('too_small');
    expect(measureFieldProblems('progress', 4.5)[0].code).toBe('not_integer');
    expect(measureFieldProblems('origin', 'elsewhere')[0].code).toBe('not_allowed_value');
    expect(measureFieldProblems('guidelineIds', ['g1', 'g1'])[0].code).toBe('duplicate_items');
    expect(
      measureFieldProblems(
        'partnerActorIds',
        Array.from({ length: 51 }, (_, i) => `a${i}`),
      )[0],
    ).toMatchObject({
      code: 'too_many_items',
      params: { max: 50 },
    });
  });

  it('finds ends before starts and a lead that is also a partner', () => {
    expect(measureStateProblems(state)).toEqual([]);
    expect(
      measureStateProblems({
        ...state,
        plannedEnd: '2026-01-01',
        actualStart: '2027-02-01',
        actualEnd: '2027-01-01',
        partnerActorIds: ['a1'],
      }),
    ).toEqual([
      { field: 'plannedEnd', code: 'date_before_start', params: { other: 'plannedStart' } },
      { field: 'actualEnd', code: 'date_before_start', params: { other: 'actualStart' } },
      { field: 'partnerActorIds', code: 'lead_is_partner', params: {} },
    ]);
  });

  it('compares dates only when both are dates', () => {
    expect(measureStateProblems({ plannedStart: '2027-13-01', plannedEnd: '2027-01-01' })).toEqual([]);
  });

  it('checks the given fields alone and together', () => {
    expect(measureValuesProblems({ title: '', plannedStart: '2027-05-01', plannedEnd: '2027-04-30' })).toEqual([
      { field: 'title', code: 'required', params: {} },
      { field: 'plannedEnd', code: 'date_before_start', params: { other: 'plannedStart' } },
    ]);
  });

  it('reads progress as typed: empty is unknown, a whole number 0–100, else a problem', () => {
    expect(parseProgress(' ')).toEqual({ value: null });
    expect(parseProgress('0')).toEqual({ value: 0 });
    expect(parseProgress('100')).toEqual({ value: 100 });
    expect(parseProgress('101')).toEqual({ problem: { field: 'progress', code: 'too_large', params: { max: 100 } } });
    for (const text of ['-1', '4.5', 'viel']) {
      expect(parseProgress(text)).toEqual({
        problem: { field: 'progress', code: 'not_integer', params: { min: 0, max: 100 } },
      });
    }
  });

  it('needs a note for the statuses that need a reason, and limits its length', () => {
    expect(statusNoteProblems('on_hold', ' ')).toEqual([
      { field: 'note', code: 'note_required', params: { status: 'on_hold' } },
    ]);
    expect(statusNoteProblems('planned', null)).toEqual([]);
    expect(statusNoteProblems('planned', 'x'.repeat(2001))[0]).toMatchObject({
      code: 'too_long',
      params: { max: 2000 },
    });
    expect(noteProblems(null)).toEqual([]);
  });

  it('needs a note for a progress report and a progress of 0–100 or unknown', () => {
    expect(progressReportProblems({ note: 'Läuft', progress: null })).toEqual([]);
    expect(progressReportProblems({ note: '', progress: 120 }).map((found) => found.code)).toEqual([
      'required',
      'too_large',
    ]);
  });
});
