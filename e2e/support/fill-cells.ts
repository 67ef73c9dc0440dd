import type { Page } from "playwright-core";

/** Types a matrix answer into the practice grid, choosing its shape first when the item asks for it. */
export async function fillCells(page: Page, cells: readonly (readonly string[])[]): Promise<void> {
  // An item whose shape is part of the answer starts as one cell, with a Rows/Columns chooser.
  const rows = page.getByLabel("Rows", { exact: true });
  if ((await rows.count()) > 0) {
    await rows.fill(String(cells.length));
    await page.getByLabel("Columns", { exact: true }).fill(String(cells[0]?.length ?? 1));
  }
  for (const [r, row] of cells.entries()) {
    for (const [c, text] of row.entries()) {
      await page.getByLabel(`row ${r + 1}, column ${c + 1}`).fill(text);
    }
  }
}
