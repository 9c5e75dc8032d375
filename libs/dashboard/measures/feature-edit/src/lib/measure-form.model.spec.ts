import { draftOf, emptyDraft } from '@leitbild-monitor/dashboard/measures/data-access';
import { measure } from '@leitbild-monitor/dashboard/measures/data-access/testing';
import { MeasureFormValue, apiErrorsByField, draftOfForm, formValueOf, validateForm } from './measure-form.model';

describe('measure form model', () => {
  const valid = (overrides: Partial<MeasureFormValue> = {}): MeasureFormValue => ({
    ...formValueOf(emptyDraft()),
    title: 'Sprachcafé',
    fieldOfActionId: 'f-1',
    ...overrides,
  });

  it('round-trips a measure through the form without changes', () => {
    const draft = draftOf(measure());

    expect(draftOfForm(formValueOf(draft))).toEqual(draft);
  });

  it('turns empty inputs into "not given", and empty progress into unknown rather than 0', () => {
    const draft = draftOfForm(valid({ description: '   ', progress: '', contactEmail: '' }));

    expect(draft).toMatchObject({ description: null, progress: null, contact: { name: null, email: null } });
    expect(draftOfForm(valid({ progress: '0' })).progress).toBe(0);
  });

  it('accepts a valid form', () => {
    expect(validateForm(valid({ progress: '100', plannedStart: '2027-01-01', plannedEnd: '2027-01-01' }))).toEqual({});
  });

  it('requires a title and a field of action', () => {
    expect(validateForm(valid({ title: '  ', fieldOfActionId: '' }))).toEqual({
      title: [{ key: 'measureForm.errors.required' }],
      fieldOfActionId: [{ key: 'measureForm.errors.requiredChoice' }],
    });
  });

  it('limits the title to 200 characters, counting characters rather than UTF-16 units', () => {
    expect(validateForm(valid({ title: '😀'.repeat(200) }))).toEqual({});
    expect(validateForm(valid({ title: 'a'.repeat(201) })).title).toEqual([
      { key: 'measureForm.errors.tooLong', params: { max: 200 } },
    ]);
  });

  it('checks progress, dates and their order', () => {
    for (const progress of ['101', '-1', '4.5', 'viel']) {
      expect(validateForm(valid({ progress })).progress).toEqual([{ key: 'measureForm.errors.progressRange' }]);
    }
    expect(validateForm(valid({ plannedStart: '2027-02-30' })).plannedStart).toHaveLength(1);
    expect(validateForm(valid({ plannedStart: '2027-05-01', plannedEnd: '2027-04-30' })).plannedEnd).toEqual([
      { key: 'measureForm.errors.plannedOrder' },
    ]);
    expect(validateForm(valid({ actualStart: '2027-05-01', actualEnd: '2027-04-30' })).actualEnd).toEqual([
      { key: 'measureForm.errors.actualOrder' },
    ]);
  });

  it('checks the contact e-mail and that the lead is not also a partner', () => {
    const errors = validateForm(valid({ contactEmail: 'kein-at', leadActorId: 'a-1', partnerActorIds: ['a-1'] }));

    expect(errors.contactEmail).toEqual([{ key: 'measureForm.errors.email' }]);
    expect(errors.partnerActorIds).toEqual([{ key: 'measureForm.errors.leadIsPartner' }]);
  });

  it('puts the API’s problems at the form fields they name, by code', () => {
    const { fields, other } = apiErrorsByField([
      { field: 'title', code: 'too_long', params: { max: 200 } },
      { field: 'contact.email', code: 'invalid_email', params: {} },
      { field: 'plannedEnd', code: 'date_before_start', params: { other: 'plannedStart' } },
      { field: 'actualEnd', code: 'date_before_start', params: { other: 'actualStart' } },
      { field: 'guidelineIds.1', code: 'invalid_id', params: {} },
      { field: 'colour', code: 'unknown_field', params: {} },
      { field: null, code: 'not_lead_or_partner', params: {} },
    ]);

    expect(fields).toEqual({
      title: [{ key: 'problems.too_long', params: { max: 200 } }],
      contactEmail: [{ key: 'problems.invalid_email', params: {} }],
      plannedEnd: [{ key: 'measureForm.errors.plannedOrder' }],
      actualEnd: [{ key: 'measureForm.errors.actualOrder' }],
      guidelineIds: [{ key: 'problems.invalid_id', params: {} }],
    });
    expect(other).toEqual([
      { key: 'problems.unknown_field', params: {} },
      { key: 'problems.not_lead_or_partner', params: {} },
    ]);
  });
});
