import { describe, expect, it } from 'vitest';
import { moveChanges } from './order';

const items = (...orders: number[]) => orders.map((sortOrder, index) => ({ id: `c${index}`, sortOrder }));

describe('moving a category up or down', () => {
  it('swaps the orders of two neighbours when all orders differ', () => {
    expect(moveChanges(items(10, 20, 30), 'c1', -1)).toEqual([
      { id: 'c1', sortOrder: 10 },
      { id: 'c0', sortOrder: 20 },
    ]);
    expect(moveChanges(items(10, 20, 30), 'c1', 1)).toEqual([
      { id: 'c1', sortOrder: 30 },
      { id: 'c2', sortOrder: 20 },
    ]);
  });

  it('renumbers the list when orders tie, so the move shows', () => {
    expect(moveChanges(items(0, 0, 0), 'c2', -1)).toEqual([
      { id: 'c0', sortOrder: 10 },
      { id: 'c2', sortOrder: 20 },
      { id: 'c1', sortOrder: 30 },
    ]);
    expect(moveChanges(items(10, 20, 20), 'c0', 1)).toEqual([
      { id: 'c1', sortOrder: 10 },
      { id: 'c0', sortOrder: 20 },
      { id: 'c2', sortOrder: 30 },
    ]);
  });

  it('does nothing past either end', () => {
    expect(moveChanges(items(10, 20), 'c0', -1)).toEqual([]);
    expect(moveChanges(items(10, 20), 'c1', 1)).toEqual([]);
    expect(moveChanges(items(10, 20), 'missing', 1)).toEqual([]);
  });
});
