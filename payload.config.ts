import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'
import { buildConfig } from 'payload'

import { ApiClients } from './collections/ApiClients'
import { AuditLog } from './collections/AuditLog'
import { AudienceGroups } from './collections/AudienceGroups'
import { Assignments } from './collections/Assignments'
import { Campaigns } from './collections/Campaigns'
import { Channels } from './collections/Channels'
import { Events } from './collections/Events'
import { Feedback } from './collections/Feedback'
import { LegalDocuments } from './collections/LegalDocuments'
import { Locks } from './collections/Locks'
import { Localities } from './collections/Localities'
import { Materials } from './collections/Materials'
import { Media } from './collections/Media'
import { MediaOutputs } from './collections/MediaOutputs'
import { OutreachTallies } from './collections/OutreachTallies'
import { Messages } from './collections/Messages'
import { Organizations } from './collections/Organizations'
import { Plans } from './collections/Plans'
import { Questions } from './collections/Questions'
import { Reports } from './collections/Reports'
import { Sites } from './collections/Sites'
import { Indicators } from './collections/Indicators'
import { TallyChanges } from './collections/TallyChanges'
import { Targets } from './collections/Targets'
import { CityResults } from './collections/CityResults'
import { Topics } from './collections/Topics'
import { Users } from './collections/Users'
import { databaseAdapter } from './src/db'
import { VIETNAMESE_OVERRIDES } from './src/domain/apiErrors'
import { MAX_UPLOAD_BYTES } from './src/domain/uploads'
import { emailAdapter } from './src/email'
import { limitMutations } from './src/lib/graphqlMutationLimits'
import { limitQueryCost } from './src/lib/graphqlQueryCost'
import { limitedSharp } from './src/lib/limitedSharp'
import { assertPayloadVersion } from './src/lib/payloadVersion'
import { requiredPayloadSecret } from './src/lib/payloadSecret'
import { shareRateLimits, trustedProxies } from './src/lib/rateLimit'
import { DemoData } from './src/globals/DemoData'
import { ReportDeadlines } from './src/globals/ReportDeadlines'
import { withAuditTrail, withAuditTrailGlobals } from './src/hooks/auditTrail'
import { guardPayloadCollections } from './src/hooks/guardPayloadCollections'
import { requireUsableRelations } from './src/hooks/keepRelationsUsable'
import { guardAllCollections } from './src/hooks/rejectMalformedRequests'
import { translateApiErrors } from './src/hooks/translateApiErrors'
import { jobsConfig } from './src/jobs'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/** Where the app is served; CSRF and cookies are checked against it. */
export const serverURL = process.env.SERVER_URL || `http://localhost:${process.env.PORT || 3000}`

export default buildConfig({
  serverURL,
  // Required in production, never generated here (src/lib/payloadSecret.ts).
  secret: requiredPayloadSecret(),
  telemetry: false,
  admin: {
    user: Users.slug,
    // No Gravatar: the machines have no internet.
    avatar: 'default',
    meta: { titleSuffix: ' – Loa', description: 'Loa: kế hoạch và nội dung tuyên truyền BHXH, BHYT Hải Phòng' },
    importMap: { baseDir: dirname },
    components: {
      graphics: {
        Icon: '/src/components/LoaLogo#LoaIcon',
        Logo: '/src/components/LoaLogo#LoaLogo',
      },
      afterNavLinks: ['/src/components/admin/NavLinks#NavLinks'],
      views: {
        reviewQueue: { Component: '/src/components/admin/ReviewQueue#ReviewQueue', path: '/review-queue' },
        eventCalendar: { Component: '/src/components/admin/EventCalendar#EventCalendar', path: '/calendar' },
        figureImport: { Component: '/src/components/admin/FigureImport#FigureImport', path: '/import-figures' },
        dashboard: { Component: '/src/components/admin/Dashboard#Dashboard', path: '/dashboard' },
      },
    },
    dateFormat: 'dd/MM/yyyy HH:mm',
  },
  i18n: {
    // Vietnamese first; English can be chosen in each user's account settings.
    fallbackLanguage: 'vi',
    supportedLanguages: { vi, en },
    translations: { vi: VIETNAMESE_OVERRIDES },
  },
  // API errors in Vietnamese (Payload writes some in English whatever the language).
  hooks: { afterError: [translateApiErrors] },
  // On every collection, Payload's own too (they join the config after ours): malformed ids, filters
  // and bodies refused with a 400 before any query; relationships only to records the writer may
  // use; integrations' keys kept out of Payload's collections, locks only on what the writer may change.
  onInit: async (payload) => {
    // The guards below lean on Payload 3.90.1's internals: another release stops here (docs/payload-workarounds.md).
    assertPayloadVersion()
    guardAllCollections(payload)
    guardPayloadCollections(payload)
    requireUsableRelations(payload)
    // A mistyped LOA_TRUSTED_PROXIES stops the start here, not at the first rate-limited request.
    trustedProxies()
    // On PostgreSQL, rate limits shared by every app process (src/lib/rateLimit.ts).
    shareRateLimits(payload)
  },
  // Audited collections get their trail hooks here, in one place (src/hooks/auditTrail.ts).
  collections: withAuditTrail([
    Users,
    ApiClients,
    Organizations,
    Localities,
    Sites,
    AudienceGroups,
    Topics,
    Channels,
    Plans,
    Assignments,
    Targets,
    CityResults,
    Indicators,
    LegalDocuments,
    Messages,
    Media,
    Materials,
    Questions,
    Campaigns,
    Events,
    MediaOutputs,
    Feedback,
    Reports,
    OutreachTallies,
    TallyChanges,
    Locks,
    AuditLog,
  ]),
  globals: withAuditTrailGlobals([ReportDeadlines, DemoData]),
  jobs: jobsConfig,
  editor: lexicalEditor(),
  db: databaseAdapter(),
  email: emailAdapter(),
  // Never decodes more pixels than the media library accepts.
  sharp: limitedSharp,
  upload: {
    // Multipart uploads above the largest per-kind limit are cut off while they stream in, with a
    // 413 (abortOnLimit, explicit here: with it off Payload keeps a truncated file). The per-kind
    // limits are checked by the media collection's rejectDisallowedUploads hook.
    limits: { fileSize: MAX_UPLOAD_BYTES },
    abortOnLimit: true,
    responseOnLimit: `Tệp vượt giới hạn ${MAX_UPLOAD_BYTES / 1024 / 1024} MB. (File too large.)`,
    // Room for the form fields around the largest file.
    requestSizeLimit: MAX_UPLOAD_BYTES + 1024 * 1024,
  },
  // One sign-in and at most 20 mutations per request (aliases would multiply password guesses); a
  // bound on what one request reads, counting every alias and each list's limit (Payload's
  // complexity counts neither).
  graphQL: {
    maxComplexity: 1000,
    disablePlaygroundInProduction: true,
    validationRules: (args) => [limitMutations, limitQueryCost(args?.variableValues)],
  },
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts') },
  defaultDepth: 1,
  maxDepth: 5,
})
