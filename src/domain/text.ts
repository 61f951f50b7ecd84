/** Text helpers shared by validation and search. */

/**
 * Vietnamese writes the tone of "oa", "oe", "uy" on either vowel ("Thủy" and "Thuỷ", "Hòa" and
 * "Hoà" are the same name). Comparison keys put it on the first vowel.
 */
const TONE_ON_SECOND = /([ou])([\u0300\u0301\u0303\u0309\u0323])?([aey])([\u0300\u0301\u0303\u0309\u0323])/g

/** Canonical form of a name for duplicate checks: one tone placement, single spaces, lower case, NFC. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFD')
    .toLocaleLowerCase('vi')
    .replace(TONE_ON_SECOND, (_, first, firstTone, second, tone) => `${first}${firstTone ?? tone}${second}`)
    .normalize('NFC')
    .trim()
    .replace(/\s+/g, ' ')
}

/** Tidy a display name without changing its case: NFC, trimmed, single spaces. */
export function tidyName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ')
}

/**
 * Search key: no tone or vowel marks, đ → d, lower case, single spaces, punctuation as spaces.
 * "Bảo hiểm xã hội TỰ NGUYỆN" and "bao hiem xa hoi tu nguyen" share one key.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}
