import fc from 'fast-check';
import { FirstInOrder } from './first-in-order';

const byNumber = (a: number, b: number) => a - b;

describe('FirstInOrder', () => {
  it('keeps the first `limit` items in order and counts every item, whatever the order they come in', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 }), { maxLength: 300 }), fc.nat(40), (items, limit) => {
        const list = new FirstInOrder(limit, byNumber);
        for (const item of items) list.add(item);
        expect(list.items()).toEqual([...items].sort(byNumber).slice(0, limit));
        expect(list.total).toBe(items.length);
      }),
    );
  });

  it('keeps every item, sorted, without a limit', () => {
    const list = new FirstInOrder(Infinity, byNumber);
    for (const item of [5, 3, 9, 1, 3]) list.add(item);
    expect(list.items()).toEqual([1, 3, 3, 5, 9]);
    expect(list.total).toBe(5);
  });

  it('holds at most twice the limit while items arrive', () => {
    const list = new FirstInOrder(10, byNumber);
    for (let item = 10_000; item > 0; item--) {
      list.add(item);
      expect((list as unknown as { kept: number[] }).kept.length).toBeLessThan(20);
    }
    expect(list.items()).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });
});
