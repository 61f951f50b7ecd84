import type { NumberField } from 'payload'

import { dongError } from '../domain/money'

/**
 * An amount in đồng: stored as a number, typed and shown as "4.500.000" in the admin
 * (src/components/admin/MoneyInput.tsx), refused when fractional or negative on every route.
 */
export function moneyField(field: Omit<NumberField, 'type' | 'validate' | 'min'>): NumberField {
  return {
    ...field,
    type: 'number',
    validate: (value: unknown) => dongError(value) ?? true,
    admin: {
      ...field.admin,
      components: {
        ...field.admin?.components,
        Field: '/src/components/admin/MoneyInput#MoneyInput',
        Cell: '/src/components/admin/MoneyInput#MoneyCell',
      },
    },
  } as NumberField
}
