import type { FlattenedField } from 'payload'

/** Paths Loa's hooks report that are not fields of the collection: the uploaded file itself. */
const NOT_FIELDS: Record<string, { vi: string; en: string }> = {
  file: { vi: 'Tệp tải lên', en: 'Uploaded file' },
}

type Label = string | false | Record<string, string> | ((args: never) => string) | undefined

function inLanguage(label: Label, language: string): string | undefined {
  if (typeof label === 'string') return label
  if (label && typeof label === 'object') return label[language] ?? label.vi ?? Object.values(label)[0]
  return undefined
}

/**
 * What the user sees as the name of the field at `path` (`endAt`, `attendanceByGroup.0.count`),
 * in `language`, worded as Payload words its own (parent first, rows counted from 1: "Theo nhóm 2 > Số người").
 * Undefined for a path the fields do not have, so callers fall back to Payload's wording.
 */
export function fieldLabel(fields: FlattenedField[] | undefined, path: string, language = 'vi'): string | undefined {
  if (NOT_FIELDS[path]) return NOT_FIELDS[path][language === 'en' ? 'en' : 'vi']
  const labels: string[] = []
  let current = fields
  for (const segment of path.split('.')) {
    if (/^\d+$/.test(segment)) {
      if (labels.length) labels[labels.length - 1] += ` ${Number(segment) + 1}` // a row of an array
      continue
    }
    const field = current?.find((f) => f.name === segment)
    if (!field) return undefined
    labels.push(inLanguage(field.label as Label, language) ?? segment)
    current = 'flattenedFields' in field ? (field.flattenedFields as FlattenedField[]) : undefined
  }
  return labels.length ? labels.join(' > ') : undefined
}
