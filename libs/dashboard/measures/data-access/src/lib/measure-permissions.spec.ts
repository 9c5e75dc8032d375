import { user } from '@leitbild-monitor/dashboard/auth/data-access/testing';
import {
  mayCreateMeasures,
  mayEditMeasure,
  mayWriteReviewComments,
  responsibilityProblem,
} from './measure-permissions';

describe('measure permissions', () => {
  const measure = { leadActorId: 'a-1', partnerActorIds: ['a-2'] };

  it('lets admins and unaffiliated editors change any measure', () => {
    expect(mayEditMeasure(user({ role: 'admin', actorId: 'a-9' }), measure)).toBe(true);
    expect(mayEditMeasure(user({ role: 'editor', actorId: null }), measure)).toBe(true);
  });

  it('lets an affiliated editor change only measures of their actor', () => {
    expect(mayEditMeasure(user({ role: 'editor', actorId: 'a-1' }), measure)).toBe(true);
    expect(mayEditMeasure(user({ role: 'editor', actorId: 'a-2' }), measure)).toBe(true);
    expect(mayEditMeasure(user({ role: 'editor', actorId: 'a-9' }), measure)).toBe(false);
  });

  it('gives reviewers and viewers no edit rights; reviewers and admins write comments', () => {
    expect(mayEditMeasure(user({ role: 'reviewer' }), measure)).toBe(false);
    expect(mayEditMeasure(null, measure)).toBe(false);
    expect(mayCreateMeasures(user({ role: 'viewer' }))).toBe(false);
    expect(mayCreateMeasures(user({ role: 'editor' }))).toBe(true);
    expect(mayWriteReviewComments(user({ role: 'reviewer' }))).toBe(true);
    expect(mayWriteReviewComments(user({ role: 'editor' }))).toBe(false);
  });

  it('explains which rule of responsibility an affiliated editor would break', () => {
    const lead = user({ role: 'editor', actorId: 'a-1' });
    const partner = user({ role: 'editor', actorId: 'a-2' });
    // The lead's editor may hand the lead over and drop partners, as long as their actor stays involved.
    expect(responsibilityProblem(lead, measure, { leadActorId: 'a-3', partnerActorIds: ['a-1'] })).toBeNull();
    expect(responsibilityProblem(lead, measure, { leadActorId: 'a-3', partnerActorIds: [] })).toBe('notInvolved');
    // A partner's editor may add partners, but neither change the lead nor remove others.
    expect(responsibilityProblem(partner, measure, { leadActorId: 'a-1', partnerActorIds: ['a-2', 'a-4'] })).toBeNull();
    expect(responsibilityProblem(partner, measure, { leadActorId: 'a-2', partnerActorIds: [] })).toBe('leadOnly');
    expect(
      responsibilityProblem(
        partner,
        { leadActorId: 'a-1', partnerActorIds: ['a-2', 'a-5'] },
        {
          leadActorId: 'a-1',
          partnerActorIds: ['a-2'],
        },
      ),
    ).toBe('leadOnly');
    // A new measure must name the editor's actor; admins and unaffiliated editors are not bound.
    expect(responsibilityProblem(partner, null, { leadActorId: null, partnerActorIds: [] })).toBe('notInvolved');
    expect(
      responsibilityProblem(user({ role: 'admin', actorId: 'a-9' }), measure, {
        leadActorId: null,
        partnerActorIds: [],
      }),
    ).toBeNull();
    expect(
      responsibilityProblem(user({ role: 'editor', actorId: null }), measure, {
        leadActorId: null,
        partnerActorIds: [],
      }),
    ).toBeNull();
  });
});
