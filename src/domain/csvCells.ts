/**
 * CSV injection (OWASP "CSV Injection"): a spreadsheet opening a CSV reads a cell that starts with
 * `=`, `+`, `-` or `@` as a formula, and a leading tab or carriage return can hide such a start.
 * A formula in an exported cell (a note someone typed, a name) could run commands or send the
 * sheet's data to another site. OWASP's fix: put a single quote before the cell, so it stays text.
 *
 * XLSX exports need none of this: exceljs writes strings as strings, never as formulas.
 */

const FORMULA_START = /^[=+\-@\t\r]/

/**
 * The cell as it may go into a CSV file. Text that a spreadsheet would read as a formula gets a
 * leading `'`; numbers Loa computed (JavaScript numbers, negative ones included) stay numbers, as
 * their written form is only digits, a sign and a decimal point. Anything else is left as it is.
 */
export function csvSafeCell(value: unknown): unknown {
  if (typeof value === 'number') return Number.isFinite(value) ? value : csvSafeCell(String(value))
  if (typeof value !== 'string') return value
  return FORMULA_START.test(value) ? `'${value}` : value
}
