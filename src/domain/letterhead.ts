/**
 * The parts of an official report that say who issues it, as Nghị định 30/2020/NĐ-CP (Phụ lục I)
 * lays them out: the issuer block (superior body, then the issuer's own name, one or two lines),
 * the document symbol ("Số: 15/BC-SNV"), the signature block and "Nơi nhận". All from data on the
 * organization (collections/Organizations.ts), never guessed from its name.
 */

/** What an organization's record says about its letterhead (the fields of collections/Organizations.ts). */
export type LetterheadSource = {
  id?: number | string
  name: string
  /** Superior body, printed above the issuer in regular capitals; empty for a body that has none printed. */
  letterheadSuperior?: string | null
  /** The issuer as printed, in bold capitals; a newline splits it ("ỦY BAN NHÂN DÂN\nPHƯỜNG THIÊN HƯƠNG"). */
  letterheadName?: string | null
  /** Official abbreviation in the document symbol: SNV in "15/BC-SNV". */
  documentAbbreviation?: string | null
  /** Signer's position, one or two lines ("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH"). */
  signerPosition?: string | null
  signerName?: string | null
}

export type Issuer = { parent?: string; name: string }
export type Signer = { role: string; name?: string }

const clean = (s?: string | null) =>
  (s ?? '')
    .split(/\r?\n/)
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n')

/** The issuer block: the organization's printed name (or its name, upper-cased) under its superior body, if any. */
export function issuerOf(org: LetterheadSource): Issuer {
  const name = clean(org.letterheadName) || clean(org.name)
  const parent = clean(org.letterheadSuperior)
  return { ...(parent ? { parent: parent.toLocaleUpperCase('vi') } : {}), name: name.toLocaleUpperCase('vi') }
}

/** A commune committee's issuer name: "ỦY BAN NHÂN DÂN" over "PHƯỜNG THIÊN HƯƠNG", as the decree's samples print it. */
export function communeCommitteeLetterhead(localityName: string): string {
  return `ỦY BAN NHÂN DÂN\n${localityName.trim().toLocaleUpperCase('vi')}`
}

/** An official abbreviation: capitals (Đ included), digits, "&" and "-" — what a document symbol may hold. */
export const ABBREVIATION_PATTERN = /^[A-ZĐ0-9&-]{1,20}$/

export function abbreviationError(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null
  return typeof value === 'string' && ABBREVIATION_PATTERN.test(value.trim())
    ? null
    : 'Chữ viết tắt chỉ gồm chữ in hoa, chữ số, "&" và "-", không dấu cách (ví dụ: SNV, UBND, BHXH, LĐLĐ).'
}

/**
 * "Số: 15/BC-SNV". A number typed with its symbol ("15/BC-HND") is kept as it is; a bare number gets
 * "/BC-" and the issuer's official abbreviation; a missing number or abbreviation leaves the blank a
 * clerk fills in (the abbreviation is a field, never letters taken from the name).
 */
export function documentNumber(typed: string | null | undefined, abbreviation: string | null | undefined): string {
  const n = typed?.trim() ?? ''
  if (n.includes('/')) return `Số: ${n}`
  const symbol = abbreviation?.trim() || '……'
  return `Số: ${n || '      '}/BC-${symbol}`
}

/**
 * The signature block: what the report itself says wins (a deputy may sign this one), then the
 * organization's signer; nothing leaves the lines blank for the draft, never an invented title.
 */
export function signerOf(report: { signerRole?: string | null; signerName?: string | null }, org?: LetterheadSource | null): Signer {
  const role = clean(report.signerRole) || clean(org?.signerPosition)
  const name = clean(report.signerName) || clean(org?.signerName)
  return { role, ...(name ? { name } : {}) }
}

export type Recipient = { id?: number | string | null; text: string }

/**
 * "Nơi nhận": the addressees, without the issuer itself (Sở Nội vụ's own unit report is not sent to
 * Sở Nội vụ "để tổng hợp" by Sở Nội vụ), then the archive line "Lưu: VT".
 */
export function recipientsFor(issuerId: number | string | null | undefined, addressees: Recipient[], archive = 'Lưu: VT'): string[] {
  const same = (id: Recipient['id']) => id !== null && id !== undefined && issuerId !== null && issuerId !== undefined && String(id) === String(issuerId)
  const seen = new Set<string>()
  const lines = addressees.filter((r) => !same(r.id) && r.text.trim() && !seen.has(r.text) && seen.add(r.text)).map((r) => r.text)
  return [...lines, archive]
}

/** The line every document built from demo (illustrative) data carries. */
export const ILLUSTRATIVE_NOTE = 'Số liệu minh họa'
