/** The vertical extent of one factor's row on screen. */
export interface RowExtent {
  readonly top: number;
  readonly bottom: number;
}

/**
 * The row a dragged factor belongs in when the pointer is at height `y`: the row under it, the
 * first row above the list, the last below it.
 */
export function rowAt(rows: readonly RowExtent[], y: number): number {
  const below = rows.findIndex((row) => y < row.bottom);
  return below === -1 ? rows.length - 1 : below;
}

/** The order with the factor at `from` taken out and put back at `to`. */
export function moveFactorTo(order: readonly string[], from: number, to: number): string[] {
  const moved = order[from];
  if (moved === undefined || to < 0 || to >= order.length) return [...order];
  const rest = order.filter((_, i) => i !== from);
  return [...rest.slice(0, to), moved, ...rest.slice(to)];
}
