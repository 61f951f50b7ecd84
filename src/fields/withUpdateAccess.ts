import type { Field, FieldAccess } from 'payload'

/** Give every named field (looking inside rows) the same update access rule. */
export function withUpdateAccess(fields: Field[], update: FieldAccess): Field[] {
  return fields.map((field) => {
    if (field.type === 'row') return { ...field, fields: withUpdateAccess(field.fields, update) }
    if ('name' in field && field.type !== 'ui') return { ...field, access: { ...field.access, update } } as Field
    return field
  })
}
