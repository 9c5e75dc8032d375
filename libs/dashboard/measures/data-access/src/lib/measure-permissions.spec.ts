import { user } from '@leitbild-monitor/dashboard/auth/data-access/testing';
import { mayCreateMeasures, mayEditMeasure, mayWriteReviewComments } from './measure-permissions';

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
});
