/** Text helpers shared by validation and search. */

/** Canonical form of a name for duplicate checks: NFC, trimmed, single spaces, lower case. */
export function normalizeName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi')
}

/** Tidy a display name without changing its case: NFC, trimmed, single spaces. */
export function tidyName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ')
}
