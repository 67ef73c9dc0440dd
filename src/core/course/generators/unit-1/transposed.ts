/** The transpose of a rectangular matrix of any entries (expressions or numbers). */
export function transposed<T>(rows: readonly (readonly T[])[]): T[][] {
  const width = rows[0]?.length ?? 0;
  return Array.from({ length: width }, (_, j) =>
    rows.map((row) => {
      const entry = row[j];
      if (entry === undefined) throw new Error("transposed: the matrix is ragged");
      return entry;
    }),
  );
}
