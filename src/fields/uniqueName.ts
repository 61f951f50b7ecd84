import type { CollectionSlug, Field, TextFieldSingleValidation } from 'payload'

import { normalizeName, tidyName } from '../domain/text'

/**
 * A required name that must be unique ignoring case, spacing and Unicode form ("Phường  thiên hương"
 * duplicates "Phường Thiên Hương"). The check gives a field-level Vietnamese message; a unique
 * index on the hidden normalized copy backs it up under concurrent writes.
 */
export function uniqueNameFields(
  collection: CollectionSlug,
  fieldLabel: { vi: string; en: string },
  duplicateMessage: string,
): Field[] {
  const validate: TextFieldSingleValidation = async (value, { req, id }) => {
    if (!value || !tidyName(value)) return 'Trường này là bắt buộc.'
    const clash = await req.payload.find({
      collection,
      where: {
        and: [
          { normalizedName: { equals: normalizeName(value) } },
          ...(id !== undefined ? [{ id: { not_equals: id } }] : []),
        ],
      },
      limit: 1,
      depth: 0,
      pagination: false,
      req,
    })
    return clash.docs.length > 0 ? duplicateMessage : true
  }
  return [
    {
      name: 'name',
      type: 'text',
      required: true,
      label: fieldLabel,
      validate,
      hooks: { beforeValidate: [({ value }) => (typeof value === 'string' ? tidyName(value) : value)] },
    },
    {
      name: 'normalizedName',
      type: 'text',
      unique: true,
      admin: { hidden: true },
      hooks: {
        beforeChange: [({ siblingData }) => (siblingData.name ? normalizeName(siblingData.name) : undefined)],
      },
    },
  ]
}
