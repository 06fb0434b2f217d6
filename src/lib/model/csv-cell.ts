/**
 * CSV cells that a spreadsheet cannot run. A cell that starts with `=`, `+`, `-`, `@`, tab or
 * carriage return is read as a formula by Excel, LibreOffice and Google Sheets (CSV injection), so
 * every CSV Entente writes prefixes such a cell with `'`, as OWASP advises; spreadsheets show the
 * text without the `'`.
 *
 * Entente's own reader undoes exactly what the writer adds, so a round trip gives back the
 * original text. For that to hold, a cell that already starts with quotes before one of those
 * characters (`'=x`) gets one quote more on writing (`''=x`), and the reader takes one off any
 * cell that is one or more quotes followed by one of those characters. A `'` before anything else
 * (`'tis`) is left alone both ways.
 */
import { csvFormatRows, csvParseRows } from 'd3-dsv';

/** The first characters a spreadsheet takes as the start of a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** Cells the writer prefixes: any quotes, then a formula start. */
const NEEDS_QUOTE = /^'*[=+\-@\t\r]/;
/** Cells the reader takes one quote off: at least one quote, then a formula start. */
const QUOTED = /^'+[=+\-@\t\r]/;

/** Whether a spreadsheet would take this cell as a formula. */
export function startsFormula(cell: string): boolean {
	return FORMULA_START.test(cell);
}

/** The cell as written: `=SUM(A1)` becomes `'=SUM(A1)`. */
export function neutralizeCell(cell: string): string {
	return NEEDS_QUOTE.test(cell) ? `'${cell}` : cell;
}

/** The cell as read: undoes `neutralizeCell` (`'=SUM(A1)` becomes `=SUM(A1)`). */
export function restoreCell(cell: string): string {
	return QUOTED.test(cell) ? cell.slice(1) : cell;
}

/** Rows as CSV text, every cell neutralised. */
export function formatCsvRows(rows: readonly (readonly string[])[]): string {
	return csvFormatRows(rows.map((row) => row.map(neutralizeCell)));
}

/** CSV text as rows, every cell restored. */
export function parseCsvRows(text: string): string[][] {
	return csvParseRows(text, (row) => row.map(restoreCell));
}
