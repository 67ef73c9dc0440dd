/** Things grouped under the unit they belong to, units in ascending order. */
export interface UnitGroup<T> {
  readonly unit: number;
  readonly members: readonly T[];
}

/** Groups things by their `unit`, units ascending, keeping each group's original order. */
export function groupByUnit<T extends { readonly unit: number }>(
  things: readonly T[],
): UnitGroup<T>[] {
  const groups = new Map<number, T[]>();
  for (const thing of things) {
    const members = groups.get(thing.unit) ?? [];
    members.push(thing);
    groups.set(thing.unit, members);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a - b)
    .map(([unit, members]) => ({ unit, members }));
}
