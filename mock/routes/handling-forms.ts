import multipart, { type MultipartFile } from '@fastify/multipart'
import type { FastifyInstance, FastifyRequest, onRequestAsyncHookHandler } from 'fastify'
import type { DraftBody, DraftDto, DraftListDto, FormSchemaDto, LicenceListDto, UploadDto } from '../../src/api/contract'
import { handlingEndpoints as e } from '../../src/api/contract/endpoints-handling'
import { catalog } from '../catalog/generate'
import type { MockContext } from '../context'
import { deleteDraft, draftOf, listDrafts, saveDraft } from '../handling/drafts'
import { formFor } from '../handling/forms'
import { licencesOf, publicLicence } from '../handling/licences'
import { MAX_UPLOAD_BYTES, storeUpload, toUploadDto } from '../handling/uploads'
import { endpointRoute } from '../http/endpoint-route'
import { httpError, messages, MockHttpError } from '../http/errors'
import { requireAuth } from '../plugins/auth'

type IdRoute<Body = unknown> = { Params: { id: string }; Body: Body }

/**
 * Online handling, the applicant's side before submission: the item's form, drafts, uploads and the
 * e-licence wallet (src/api/contract/endpoints-handling.ts). Applications, 消息 and the back office are
 * routes/handling-applications.ts.
 */
export function registerHandlingFormRoutes(app: FastifyInstance, ctx: MockContext) {
  const authed = requireAuth(ctx)
  const userOf = (request: FastifyRequest) => request.auth!.user

  app.get<IdRoute>(e.itemForm.path, endpointRoute(e.itemForm), async (request): Promise<FormSchemaDto> => {
    const { id } = request.params
    if (!catalog().byId.has(id)) throw httpError(404, 'ITEM_NOT_FOUND', messages.itemNotFound)
    const form = formFor(id)
    if (!form) throw httpError(404, 'FORM_NOT_FOUND', messages.formNotFound)
    return form
  })

  app.get(e.drafts.path, endpointRoute(e.drafts, authed), async (request): Promise<DraftListDto> => ({ drafts: listDrafts(ctx, userOf(request).id) }))

  app.get<IdRoute>(e.draft.path, endpointRoute(e.draft, authed), async (request): Promise<DraftDto> => {
    const draft = draftOf(ctx, userOf(request).id, request.params.id)
    if (!draft) throw httpError(404, 'DRAFT_NOT_FOUND', messages.draftNotFound)
    return draft
  })

  app.put<IdRoute<DraftBody>>(e.saveDraft.path, endpointRoute(e.saveDraft, authed), async (request): Promise<DraftDto> => {
    const kept = saveDraft(ctx, userOf(request).id, request.params.id, request.body)
    ctx.store.save()
    return kept
  })

  app.delete<IdRoute>(e.deleteDraft.path, endpointRoute(e.deleteDraft, authed), async (request, reply) => {
    deleteDraft(ctx, userOf(request).id, request.params.id)
    ctx.store.save()
    return reply.code(204).send()
  })

  // Personal licences and, as the wallet shows them in both modes, those of the enterprises the user acts for.
  app.get(e.licences.path, endpointRoute(e.licences, authed), async (request): Promise<LicenceListDto> => ({
    licences: licencesOf(ctx, userOf(request), { includeEnterprise: true }).map(publicLicence),
  }))

  // multipart/form-data is parsed in this encapsulated scope only: the rest of the API keeps answering 415 to it.
  void app.register(async (scope) => registerUploadRoute(scope, ctx))
}

/**
 * The whole request may carry the file, a few small fields and the multipart framing. The server's bodyLimit
 * (64 KiB) does not apply here: @fastify/multipart streams the body (its parser never buffers it), and its own
 * default file limit would be that same 64 KiB, so the limits are set explicitly: a declared length over this
 * is refused before anything is read, and busboy stops buffering a file at MAX_UPLOAD_BYTES.
 */
const MAX_UPLOAD_REQUEST_BYTES = MAX_UPLOAD_BYTES + 64 * 1024

const refuseOversized: onRequestAsyncHookHandler = async (request) => {
  const declared = Number(request.headers['content-length'])
  if (Number.isFinite(declared) && declared > MAX_UPLOAD_REQUEST_BYTES) throw httpError(413, 'FILE_TOO_LARGE', messages.fileTooLarge)
}

/** @fastify/multipart's and busboy's errors as the contract's: too large → 413 FILE_TOO_LARGE, anything else → 400. */
function uploadError(error: unknown): MockHttpError {
  if (error instanceof MockHttpError) return error
  if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') return httpError(413, 'FILE_TOO_LARGE', messages.fileTooLarge)
  return httpError(400, 'BAD_REQUEST', messages.uploadMalformed)
}

/** The bytes of the `file` part (the first file part; hosts' uploadFile send exactly one). */
async function readFilePart(request: FastifyRequest): Promise<{ name: string | undefined; content: Buffer }> {
  if (!request.isMultipart()) throw httpError(400, 'FILE_MISSING', messages.fileMissing)
  let part: MultipartFile | undefined
  try {
    part = await request.file()
    if (!part) throw httpError(400, 'FILE_MISSING', messages.fileMissing)
    if (part.fieldname !== 'file') {
      part.file.resume()
      throw httpError(400, 'FILE_MISSING', messages.fileMissing)
    }
    return { name: part.filename, content: await part.toBuffer() }
  } catch (error) {
    throw uploadError(error)
  }
}

async function registerUploadRoute(scope: FastifyInstance, ctx: MockContext) {
  await scope.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 5, parts: 6 } })
  const route = endpointRoute(e.upload, requireAuth(ctx))
  scope.post(e.upload.path, { ...route, onRequest: refuseOversized }, async (request): Promise<UploadDto> => {
    // Nothing about the file is logged: its name may carry a person's name, its content is theirs.
    const file = await readFilePart(request)
    const record = storeUpload(ctx, request.auth!.user.id, file)
    ctx.store.save()
    return toUploadDto(record)
  })
}
