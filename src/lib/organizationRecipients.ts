import type { PayloadRequest } from 'payload'

/**
 * Where an organization's mail goes: its contact address and its coordinators' addresses (a
 * commune committee's coordinators included), without repeats. Read with the server's rights:
 * the job, not a user, is asking.
 */
export async function organizationRecipients(req: PayloadRequest, organizationId: number | string) {
  const organization = await req.payload.findByID({
    collection: 'organizations',
    id: organizationId,
    depth: 0,
    select: { name: true, email: true },
    req,
    disableErrors: true,
  })
  if (!organization) return { name: '', to: [] as string[] }
  const { docs: coordinators } = await req.payload.find({
    collection: 'users',
    where: { and: [{ organization: { equals: organizationId } }, { role: { equals: 'coordinator' } }] },
    depth: 0,
    pagination: false,
    select: { email: true },
    req,
  })
  const to = [organization.email, ...coordinators.map((u) => u.email)].filter((e): e is string => Boolean(e?.trim()))
  return { name: organization.name, to: [...new Set(to.map((e) => e.trim().toLowerCase()))] }
}
