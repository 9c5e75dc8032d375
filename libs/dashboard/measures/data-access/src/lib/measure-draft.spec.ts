import { measure } from '../testing/measure.fixture';
import {
  changedFields,
  createRequestOf,
  draftOf,
  emptyDraft,
  rebase,
  sameValue,
  serverChanges,
  stillToApply,
} from './measure-draft';

describe('measure drafts', () => {
  const base = draftOf(measure());

  describe('sameValue', () => {
    it('compares id lists as sets and contacts by their parts', () => {
      expect(sameValue(['a', 'b'], ['b', 'a'])).toBe(true);
      expect(sameValue(['a'], ['a', 'b'])).toBe(false);
      expect(sameValue({ name: 'A', email: null }, { name: 'A' })).toBe(true);
      expect(sameValue({ name: 'A', email: null }, { name: 'B', email: null })).toBe(false);
    });

    it('keeps unknown progress apart from 0', () => {
      expect(sameValue(null, 0)).toBe(false);
      expect(sameValue(null, undefined)).toBe(true);
    });
  });

  describe('council papers', () => {
    const paper = { reference: '21-1234', title: null, date: null, url: 'https://rat.example/1' };

    it('compares them as a list whose order and every part count', () => {
      const other = { ...paper, reference: '21-2000' };
      expect(sameValue([paper, other], [paper, other])).toBe(true);
      expect(sameValue([paper, other], [other, paper])).toBe(false);
      expect(sameValue([paper], [{ ...paper, url: null }])).toBe(false);
      expect(sameValue([], [paper])).toBe(false);
    });

    it('are in the PATCH only when changed, and in a new measure only when named', () => {
      const withPaper = { ...base, councilPapers: [paper] };
      expect(changedFields(withPaper, { ...withPaper, councilPapers: [{ ...paper }] })).toEqual({});
      expect(changedFields(withPaper, { ...withPaper, councilPapers: [] })).toEqual({ councilPapers: [] });
      expect(createRequestOf({ ...emptyDraft(), title: 'Neu', fieldOfActionId: 'f-1' })).not.toHaveProperty(
        'councilPapers',
      );
      expect(
        createRequestOf({ ...emptyDraft(), title: 'Neu', fieldOfActionId: 'f-1', councilPapers: [paper] }),
      ).toMatchObject({ councilPapers: [paper] });
    });
  });

  describe('changedFields', () => {
    it('contains only what the user changed', () => {
      const edited = { ...base, title: 'Neu', partnerActorIds: ['a-2', 'a-3'], progress: null };

      expect(changedFields(base, edited)).toEqual({ title: 'Neu', partnerActorIds: ['a-2', 'a-3'], progress: null });
    });

    it('is empty when nothing changed, also when a list was reordered', () => {
      const edited = { ...base, guidelineIds: [...base.guidelineIds].reverse() };

      expect(changedFields(base, edited)).toEqual({});
    });
  });

  describe('conflicts', () => {
    const server = { ...base, title: 'Titel von Ben', plannedEnd: '2027-03-31' };

    it('lists what the other person changed, with the user’s value where both changed the same field', () => {
      const mine = { title: 'Mein Titel', description: 'Meine Beschreibung' };

      expect(serverChanges(base, server, mine)).toEqual([
        { field: 'title', before: base.title, theirs: 'Titel von Ben', clash: true, yours: 'Mein Titel' },
        { field: 'plannedEnd', before: '2026-12-31', theirs: '2027-03-31', clash: false, yours: undefined },
      ]);
    });

    it('is no clash when both set the same value', () => {
      expect(serverChanges(base, server, { title: 'Titel von Ben' })[0]).toMatchObject({ clash: false });
    });

    it('reapplies the user’s fields on top of the server’s version and keeps the rest of theirs', () => {
      const mine = { description: 'Meine Beschreibung' };

      expect(rebase(server, mine)).toEqual({ ...server, description: 'Meine Beschreibung' });
      expect(stillToApply(server, mine)).toEqual({ description: 'Meine Beschreibung' });
    });

    it('has nothing left to apply when the server already has the user’s values', () => {
      expect(stillToApply(server, { title: 'Titel von Ben' })).toEqual({});
    });
  });

  it('creates with the required fields and only the optional ones that are set', () => {
    const draft = { ...emptyDraft(), title: 'Neu', fieldOfActionId: 'f-1', progress: 0, guidelineIds: ['g-1'] };

    expect(createRequestOf(draft)).toEqual({
      title: 'Neu',
      fieldOfActionId: 'f-1',
      progress: 0,
      guidelineIds: ['g-1'],
    });
  });
});
