/**
 * CSV that Excel (Korean Windows included) opens correctly on a double-click: UTF-8 with a BOM
 * (without it Excel guesses CP949 and shows mojibake), CRLF line ends, every text cell quoted when
 * it holds a comma, quote or line break, and text that Excel would run as a formula neutralised.
 */
export type Cell = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(v: Cell): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  const s = FORMULA_START.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(rows: ReadonlyArray<ReadonlyArray<Cell>>): string {
  return `\uFEFF${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
