/**
 * Seeds an empty database with the 2026–2030 plan's reference data (always) and demo accounts
 * and plans (unless LOA_DEMO=false). Idempotent: a database that already has organizations is
 * left alone, so a restart never re-seeds or overwrites anyone's work. Everything is written in
 * one transaction where the adapter has them, so a failed seed leaves an empty database that the
 * next start seeds again.
 */
import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
} from 'payload'

import { paragraphs } from '../lib/richText'
import { seedContent, seedDemoReviewWork } from './content'
import { seedDemoEvaluation } from './evaluation'
import { seedDemoOutreach } from './outreach'
import { AUDIENCE_GROUPS } from './data/audienceGroups'
import { CHANNELS, TOPICS } from './data/catalogue'
import { LOCALITIES } from './data/localities'
import { CITY_ORGANIZATIONS, COMMUNE_COMMITTEE_SIGNER, communeCommitteeLetterhead, communeCommitteeName } from './data/organizations'
import { CITY_ASSIGNMENTS, CITY_PLAN, COMMUNE_ASSIGNMENT } from './data/plans'
import { SITES } from './data/sites'
import { TARGETS } from './data/targets'
import { DEFAULT_DEMO_PASSWORD, DEMO_ACCOUNTS, DEMO_PLANS, type DemoAccount } from './demo'

/**
 * `content`: also the content library's starting set (legal documents, messages, Q&A, materials
 * with generated cover images); on by default, off in tests that do not look at content (faster).
 */
export type SeedOptions = { demo?: boolean; demoPassword?: string; content?: boolean }
export type SeedResult = { seeded: boolean; demoAccounts: string[] }

type Id = number | string

/** Ids of what the seed created, by natural key, so later steps can link to them. */
type Refs = {
  localities: Map<string, Id>
  organizations: Map<string, Id>
  communeCommittees: Map<string, Id>
  audienceGroups: Map<string, Id>
  topics: Map<string, Id>
}

/**
 * Demo accounts and data: on for the embedded database (trying Loa out), off on PostgreSQL and
 * MongoDB (a real deployment) unless LOA_DEMO=true; LOA_DEMO=false turns them off everywhere.
 */
export function demoEnabled(env: Record<string, string | undefined> = process.env): boolean {
  if (env.LOA_DEMO === 'true') return true
  if (env.LOA_DEMO === 'false') return false
  return !env.DATABASE_URL || env.DATABASE_URL.startsWith('file:')
}

/** The first administrator named by LOA_ADMIN_EMAIL and LOA_ADMIN_PASSWORD, if both are set. */
export function adminFromEnv(env: Record<string, string | undefined> = process.env): { email: string; password: string; name: string } | null {
  const email = env.LOA_ADMIN_EMAIL?.trim()
  const password = env.LOA_ADMIN_PASSWORD
  if (!email || !password) return null
  return { email, password, name: env.LOA_ADMIN_NAME?.trim() || 'Quản trị hệ thống' }
}

/**
 * Creates an administrator account from the command line or the environment (never from the web:
 * see refuseFirstUserFromTheWeb). The password policy and every users hook apply.
 */
export async function createAdmin(payload: Payload, admin: { email: string; password: string; name: string }, req?: PayloadRequest) {
  return payload.create({ collection: 'users', data: { ...admin, role: 'admin' } as never, depth: 0, ...(req ? { req } : {}) })
}

export async function seed(payload: Payload, options: SeedOptions = {}): Promise<SeedResult> {
  const demo = options.demo ?? demoEnabled()
  const password = options.demoPassword ?? process.env.DEMO_PASSWORD ?? DEFAULT_DEMO_PASSWORD

  const { totalDocs: existing } = await payload.count({ collection: 'organizations' })
  if (existing > 0) return { seeded: false, demoAccounts: [] }

  const req = await createLocalReq({}, payload)
  const inTransaction = await initTransaction(req)
  try {
    const refs = await seedReferenceData(payload, req)
    const withContent = options.content ?? true
    if (withContent) await seedContent(payload, req, refs)
    const demoAccounts: string[] = []
    if (demo) {
      const { totalDocs: users } = await payload.count({ collection: 'users', req })
      if (users === 0) {
        demoAccounts.push(...(await seedDemo(payload, req, refs, password)))
        await seedDemoOutreach(payload, req, refs)
        await seedDemoEvaluation(payload, req, refs)
        // Stored with the demo data, so every report printed from it later says "Số liệu minh họa".
        await payload.updateGlobal({ slug: 'demo-data', data: { illustrative: true }, req, depth: 0 })
        if (withContent) {
          const editor = await payload.find({ collection: 'users', where: { email: { equals: 'editor@demo.loa' } }, limit: 1, depth: 0, req })
          if (editor.docs[0]) await seedDemoReviewWork(payload, req, refs, editor.docs[0].id)
        }
      }
    }
    if (inTransaction) await commitTransaction(req)
    return { seeded: true, demoAccounts }
  } catch (error) {
    if (inTransaction) await killTransaction(req)
    throw error
  }
}

async function seedReferenceData(payload: Payload, req: PayloadRequest): Promise<Refs> {
  const refs: Refs = {
    localities: new Map(),
    organizations: new Map(),
    communeCommittees: new Map(),
    audienceGroups: new Map(),
    topics: new Map(),
  }
  const create = async (collection: Parameters<Payload['create']>[0]['collection'], data: Record<string, unknown>) =>
    (await payload.create({ collection, data: data as never, req, depth: 0 })).id as Id

  for (const l of LOCALITIES) {
    refs.localities.set(l.name, await create('localities', { ...l }))
  }
  for (const s of SITES) {
    await create('sites', { ...s, localities: s.localities.map((name) => refs.localities.get(name)) })
  }
  for (const o of CITY_ORGANIZATIONS) {
    const { key, parentKey, ...data } = o
    refs.organizations.set(key, await create('organizations', { ...data, parent: parentKey ? refs.organizations.get(parentKey) : undefined }))
  }
  for (const l of LOCALITIES) {
    refs.communeCommittees.set(
      l.name,
      await create('organizations', {
        name: communeCommitteeName(l.name),
        shortName: communeCommitteeName(l.name),
        kind: 'commune_committee',
        letterheadName: communeCommitteeLetterhead(l.name),
        documentAbbreviation: 'UBND',
        signerPosition: COMMUNE_COMMITTEE_SIGNER,
        locality: refs.localities.get(l.name),
      }),
    )
  }
  for (const g of AUDIENCE_GROUPS) {
    const { parentCode, ...data } = g
    refs.audienceGroups.set(g.code, await create('audience-groups', { ...data, parent: parentCode ? refs.audienceGroups.get(parentCode) : undefined }))
  }
  for (const t of TOPICS) {
    const { themeCode, ...data } = t
    refs.topics.set(t.code, await create('topics', { ...data, theme: themeCode ? refs.topics.get(themeCode) : undefined }))
  }
  for (const c of CHANNELS) await create('channels', { ...c })
  for (const t of TARGETS) await create('targets', { ...t })

  const cityPlan = await create('plans', {
    title: CITY_PLAN.title,
    organization: refs.organizations.get(CITY_PLAN.ownerKey),
    periodKind: 'term',
    status: 'approved',
    objectives: paragraphs(CITY_PLAN.objectives),
    keyAudienceGroups: AUDIENCE_GROUPS.filter((g) => !g.parentCode).map((g) => refs.audienceGroups.get(g.code)),
    topics: TOPICS.filter((t) => t.kind === 'theme').map((t) => refs.topics.get(t.code)),
    milestones: CITY_PLAN.milestones,
    startDate: '2026-01-01T00:00:00.000Z',
    endDate: '2030-12-31T00:00:00.000Z',
  })
  for (const a of CITY_ASSIGNMENTS) {
    const { orgKey, partnerKeys = [], ...data } = a
    await create('assignments', {
      ...data,
      plan: cityPlan,
      organization: refs.organizations.get(orgKey),
      partners: partnerKeys.map((k) => refs.organizations.get(k)),
    })
  }
  for (const committee of refs.communeCommittees.values()) {
    await create('assignments', { ...COMMUNE_ASSIGNMENT, plan: cityPlan, organization: committee })
  }
  return refs
}

function demoOrganization(refs: Refs, org: DemoAccount['org']): Id | undefined {
  if (!org) return undefined
  return 'key' in org ? refs.organizations.get(org.key) : refs.communeCommittees.get(org.commune)
}

async function seedDemo(payload: Payload, req: PayloadRequest, refs: Refs, password: string): Promise<string[]> {
  const contactSet = new Set<Id>()
  for (const account of DEMO_ACCOUNTS) {
    const organization = demoOrganization(refs, account.org)
    await payload.create({
      collection: 'users',
      data: { email: account.email, password, name: account.name, role: account.role, organization } as never,
      req,
      depth: 0,
    })
    // Demo organizations get a reachable contact address so notification features can be tried.
    if (organization && !contactSet.has(organization)) {
      contactSet.add(organization)
      await payload.update({
        collection: 'organizations',
        id: organization,
        data: { email: account.email } as never,
        req,
        depth: 0,
      })
    }
  }
  for (const plan of DEMO_PLANS) {
    await payload.create({
      collection: 'plans',
      data: {
        title: plan.title,
        organization: demoOrganization(refs, plan.org),
        periodKind: 'year',
        year: plan.year,
        status: plan.status,
        objectives: paragraphs(plan.objectives),
        keyAudienceGroups: plan.audienceCodes.map((c) => refs.audienceGroups.get(c)),
        priorityLocalities: plan.localityNames.map((n) => refs.localities.get(n)),
        budget: plan.budget,
        expectedResults: plan.expected,
      } as never,
      req,
      depth: 0,
    })
  }
  return DEMO_ACCOUNTS.map((a) => a.email)
}
