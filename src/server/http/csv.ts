/**
 * CSV (RFC 4180) for exports opened in spreadsheets. A cell starting with = + - @ or a control
 * character is prefixed with ' so that a spreadsheet shows it as text instead of running it as
 * a formula (a learner chooses their own name and their answers).
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

/** What a CSV cell may hold. */
export type CsvCell = string | number | boolean | null;

function csvCell(value: CsvCell): string {
  if (value === null) return "";
  const text =
    typeof value === "string" && /^[=+\-@\t\r]/.test(value) ? `'${value}` : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
