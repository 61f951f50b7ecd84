import type { Access, FieldAccess } from 'payload'

export const nobody: Access = () => false

/** For fields only hooks write (who submitted, when it was decided). */
export const nobodyField: FieldAccess = () => false
