import { mayWriteIndicator } from './indicator-rights';

describe('mayWriteIndicator', () => {
  const own = { responsibleActorId: 'a' };
  const other = { responsibleActorId: 'b' };
  const nobody = { responsibleActorId: null };

  it('lets an editor of an actor write only the indicators that actor is responsible for', () => {
    const editor = { role: 'editor' as const, actorId: 'a' };
    expect(mayWriteIndicator(editor, own)).toBe(true);
    expect(mayWriteIndicator(editor, other)).toBe(false);
    expect(mayWriteIndicator(editor, nobody)).toBe(false);
  });

  it('does not restrict administrators and editors without an actor', () => {
    for (const writer of [
      { role: 'admin' as const, actorId: 'a' },
      { role: 'admin' as const, actorId: null },
      { role: 'editor' as const, actorId: null },
    ]) {
      expect([own, other, nobody].map((indicator) => mayWriteIndicator(writer, indicator))).toEqual([true, true, true]);
    }
  });
});
