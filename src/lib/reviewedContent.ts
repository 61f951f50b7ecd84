/**
 * What messages, materials and Q&A share: who may do what, the review workflow's hooks and the
 * "new version" endpoint. Each collection file adds its own fields.
 */
import type { CollectionAfterChangeHook, CollectionConfig, Endpoint } from 'payload'

import { authenticated } from '../access/authenticated'
import { contentAuthors } from '../access/contentAuthors'
import { contentDeleters } from '../access/contentDeleters'
import { publishedOrStaff, type PublicationWindowFields } from '../access/publishedOrStaff'
import { roleOf } from '../access/user'
import { copyForNewVersion, isContentAuthor } from '../domain/contentWorkflow'
import { OPEN_VERSION_MESSAGE } from '../domain/uniqueKeys'
import {
  asNewVersionOf,
  enforceContentWorkflow,
  rejectInPlaceEditsOfApproved,
  rejectSupersedesSetByHand,
  retireReplacedVersion,
  type ContentSlug,
} from '../hooks/contentWorkflow'
import { isFieldError, problem } from './fieldError'
import { expireSiteCacheOnChange, expireSiteCacheOnDelete } from '../hooks/expireSiteCache'

export function reviewedContent(
  slug: ContentSlug,
  window: PublicationWindowFields,
  own: { afterChange?: CollectionAfterChangeHook[]; endpoints?: Endpoint[] } = {},
): Pick<CollectionConfig, 'access' | 'hooks' | 'versions' | 'endpoints'> {
  return {
    access: {
      read: publishedOrStaff(window),
      create: contentAuthors,
      update: contentAuthors,
      delete: contentDeleters,
      // Who changed what: every save is a version; only staff read them.
      readVersions: authenticated,
    },
    versions: { maxPerDoc: 100 },
    hooks: {
      beforeOperation: [rejectInPlaceEditsOfApproved(slug), rejectSupersedesSetByHand(slug)],
      beforeChange: [enforceContentWorkflow(slug)],
      afterChange: [retireReplacedVersion(slug), ...(own.afterChange ?? []), expireSiteCacheOnChange],
      afterDelete: [expireSiteCacheOnDelete],
    },
    endpoints: [newVersionEndpoint(slug), ...(own.endpoints ?? [])],
  }
}

/**
 * POST /api/<collection>/:id/new-version: a draft copy of an approved (or retired) item that
 * replaces it once approved. An open draft of the same item is returned instead of a second one.
 */
function newVersionEndpoint(slug: ContentSlug): Endpoint {
  return {
    path: '/:id/new-version',
    method: 'post',
    handler: async (req) => {
      if (!isContentAuthor(roleOf(req.user))) {
        return problem(403, 'Chỉ cán bộ truyền thông hoặc người duyệt mới được tạo phiên bản mới.')
      }
      const id = String(req.routeParams?.id ?? '')
      const original = await req.payload.findByID({
        collection: slug,
        id,
        depth: 0,
        req,
        overrideAccess: false,
        user: req.user,
        disableErrors: true,
      })
      if (!original) return problem(404, 'Không tìm thấy nội dung.')
      if (original.status !== 'approved' && original.status !== 'retired') {
        return problem(400, 'Chỉ tạo phiên bản mới từ nội dung đã duyệt hoặc đã ngừng sử dụng; bản nháp thì sửa trực tiếp.')
      }
      const findOpen = async () =>
        (
          await req.payload.find({
            collection: slug,
            where: { and: [{ supersedes: { equals: original.id } }, { status: { in: ['draft', 'in_review'] } }] },
            depth: 0,
            limit: 1,
            req,
          })
        ).docs[0]
      const existing = await findOpen()
      if (existing) return Response.json({ doc: existing, message: OPEN_VERSION_MESSAGE }, { status: 200 })
      try {
        const doc = await asNewVersionOf(req, original.id, () =>
          req.payload.create({
            collection: slug,
            data: { ...copyForNewVersion(original as unknown as Record<string, unknown>), status: 'draft', supersedes: original.id } as never,
            depth: 0,
            req,
            overrideAccess: false,
            user: req.user,
          }),
        )
        return Response.json({ doc, message: 'Đã tạo bản nháp phiên bản mới.' }, { status: 201 })
      } catch (error) {
        // Another request made it meanwhile (the unique key on open versions refused this one): that one is the answer.
        const made = isFieldError(error, 'supersedes', OPEN_VERSION_MESSAGE) ? await findOpen() : undefined
        if (made) return Response.json({ doc: made, message: OPEN_VERSION_MESSAGE }, { status: 200 })
        throw error
      }
    },
  }
}
