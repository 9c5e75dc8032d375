import { mayWriteMeasure, responsibilityProblem } from './measure-rights';

describe('measure rights', () => {
  const measure = { leadActorId: 'a-1', partnerActorIds: ['a-2'] };
  const editorOf = (actorId: string | null) => ({ role: 'editor' as const, actorId });

  it('lets admins and unaffiliated editors write any measure, an affiliated editor only their actor’s', () => {
    expect(mayWriteMeasure({ role: 'admin', actorId: 'a-9' }, measure)).toBe(true);
    expect(mayWriteMeasure(editorOf(null), measure)).toBe(true);
    expect(mayWriteMeasure(editorOf('a-1'), measure)).toBe(true);
    expect(mayWriteMeasure(editorOf('a-2'), measure)).toBe(true);
    expect(mayWriteMeasure(editorOf('a-9'), measure)).toBe(false);
  });

  it('names the rule of responsibility a change breaks', () => {
    expect(
      responsibilityProblem(editorOf('a-1'), measure, { leadActorId: 'a-3', partnerActorIds: ['a-1'] }),
    ).toBeNull();
    expect(responsibilityProblem(editorOf('a-1'), measure, { leadActorId: 'a-3', partnerActorIds: [] })).toBe(
      'not_lead_or_partner',
    );
    expect(
      responsibilityProblem(editorOf('a-2'), measure, { leadActorId: 'a-1', partnerActorIds: ['a-2', 'a-4'] }),
    ).toBeNull();
    expect(responsibilityProblem(editorOf('a-2'), measure, { leadActorId: 'a-2', partnerActorIds: [] })).toBe(
      'lead_actor_only',
    );
    expect(
      responsibilityProblem(
        editorOf('a-2'),
        { leadActorId: 'a-1', partnerActorIds: ['a-2', 'a-5'] },
        { leadActorId: 'a-1', partnerActorIds: ['a-2'] },
      ),
    ).toBe('lead_actor_only');
    expect(responsibilityProblem(editorOf('a-2'), null, { leadActorId: null, partnerActorIds: [] })).toBe(
      'not_lead_or_partner',
    );
    expect(
      responsibilityProblem({ role: 'admin', actorId: 'a-9' }, measure, { leadActorId: null, partnerActorIds: [] }),
    ).toBeNull();
  });
});
