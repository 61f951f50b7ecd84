import type { CollectionBeforeValidateHook } from 'payload'

import { hasRole, organizationIdOf, sameId } from '../access/user'
import { fieldError } from '../lib/fieldError'

/**
 * A commune People's Committee works in its own commune only: its events are placed there by
 * default, and an event elsewhere is refused with a clear message.
 */
export const keepCommuneCommitteeInItsCommune: CollectionBeforeValidateHook = async ({ collection, data, originalDoc, req }) => {
  if (!data || !req.user || hasRole(req.user, 'admin')) return data
  const orgId = organizationIdOf(req.user)
  if (orgId === null) return data
  const org = await req.payload.findByID({ collection: 'organizations', id: orgId, depth: 0, req, disableErrors: true, select: { kind: true, locality: true } })
  if (!org || org.kind !== 'commune_committee' || !org.locality) return data
  const locality = data.locality ?? originalDoc?.locality
  if (!locality) data.locality = org.locality
  else if (!sameId(locality, org.locality)) {
    fieldError(req, collection.slug, 'locality', 'UBND xã, phường chỉ tổ chức sự kiện trên địa bàn của mình.')
  }
  return data
}
