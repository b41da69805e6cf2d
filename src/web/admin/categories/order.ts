/** The gap between neighbours' sort orders, so one can later be put between two others. */
export const ORDER_STEP = 10;

type Ordered = { id: string; sortOrder: number };

/**
 * The sort orders to change to move one item a step up (-1) or down (+1) in `items` (already in
 * display order). When every order is distinct the two neighbours swap theirs; when some tie, the
 * whole list is renumbered in steps of ten so the move shows.
 */
export function moveChanges(
  items: Ordered[],
  id: string,
  delta: -1 | 1,
): { id: string; sortOrder: number }[] {
  const index = items.findIndex((item) => item.id === id);
  const target = index + delta;
  const current = items[index];
  const neighbour = items[target];
  if (!current || !neighbour) return [];
  const distinct = new Set(items.map((item) => item.sortOrder)).size === items.length;
  if (distinct) {
    return [
      { id: current.id, sortOrder: neighbour.sortOrder },
      { id: neighbour.id, sortOrder: current.sortOrder },
    ];
  }
  const reordered = [...items];
  reordered[index] = neighbour;
  reordered[target] = current;
  return reordered.flatMap((item, position) => {
    const sortOrder = (position + 1) * ORDER_STEP;
    return item.sortOrder === sortOrder ? [] : [{ id: item.id, sortOrder }];
  });
}

/** Display order: by sort order, then by name for ties. */
export function byOrder<T extends Ordered & { labelSv: string }>(a: T, b: T): number {
  return a.sortOrder - b.sortOrder || a.labelSv.localeCompare(b.labelSv, 'sv');
}
