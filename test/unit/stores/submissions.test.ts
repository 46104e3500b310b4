import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { AnswersDto, CaseDetailDto, CaseSubmitBody, DraftBody, FormSchemaDto, MaterialAnswers, SessionDto } from '../../../src/api/contract'
import { createAuthApi } from '../../../src/api/endpoints/auth'
import { createHandlingApi } from '../../../src/api/endpoints/handling'
import { createIdentityApi } from '../../../src/api/endpoints/identity'
import type { PickedFile } from '../../../src/platform/contract'
import { prefill, validateAnswers, validateMaterials } from '../../../src/domain/form'
import { idCardCheckChar } from '../../../src/domain/id-card'
import { catalog } from '../../../mock/catalog/generate'
import { formFor } from '../../../mock/handling/forms'
import type { HostRequestOptions } from '../api/support/fake-taro'
import { startHttpMock, type HttpMock } from '../api/support/http-mock'
import { seededRandom } from '../../support/seeded-random'
import { launchApp, storageOf, type Launched } from './launch'

// The stores run as in the app: Taro.request through a fake host doing real HTTP to the real mock server. The
// host can inject the mock's faults (x-mock-fault) into any request, or fail as a phone without network does.
jest.mock('@tarojs/taro', () => jest.requireActual('../api/support/fake-taro'))
jest.mock('@/platform', () => jest.requireActual('../../pages/fake-platform'))

type App = Launched & {
  submissions: typeof import('../../../src/stores/submissions')
  drafts: typeof import('../../../src/stores/drafts')
  uploads: typeof import('../../../src/stores/uploads')
  messages: typeof import('../../../src/stores/messages')
}


/** A photo as a host's chooseImage hands it over; the fake uploadFile sends a small PNG for it. */
const PHOTO: PickedFile = { path: 'wxfile://tmp/scan.png', size: 900, name: 'scan.png', kind: 'image' }
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(512)])

let mock: HttpMock
/** Personal online items whose form is the applicant section plus the generic 申请信息 */
let forms: FormSchemaDto[]
beforeAll(async () => {
  mock = await startHttpMock()
  process.env.TARO_APP_API_BASE = mock.baseUrl
  const ids = [...catalog().byId.keys()]
    .filter((id) => {
      const form = formFor(id)
      return form?.audience === 'personal' && form.sections.length === 2 && form.sections[1].title === '申请信息' && form.materials.some((m) => m.upload)
    })
    .slice(0, 10)
  const api = createHandlingApi(mock.client())
  forms = await Promise.all(ids.map((id) => api.getForm(id)))
  expect(forms).toHaveLength(10)
})
afterAll(() => mock.close())

/** The fake host's request over real HTTP (as fake-taro does), with `fault` as the mock's fault header. */
async function overHttp(options: HostRequestOptions, fault: string | null) {
  let res: Response
  let text: string
  try {
    res = await fetch(options.url, {
      method: options.method,
      headers: fault ? { ...options.header, 'x-mock-fault': fault } : options.header,
      body: options.data === undefined ? undefined : JSON.stringify(options.data),
      signal: AbortSignal.timeout(options.timeout ?? 60_000),
    })
    text = await res.text()
  } catch (e) {
    throw { errMsg: (e as Error).name === 'TimeoutError' ? 'request:fail timeout' : 'request:fail socket hang up' }
  }
  let data: unknown = text
  try {
    data = JSON.parse(text)
  } catch {
    // dataType json: a host leaves unparseable text as is
  }
  return { statusCode: res.status, data, header: Object.fromEntries(res.headers), errMsg: 'request:ok' }
}

const noNetwork = async () => Promise.reject({ errMsg: 'request:fail socket hang up' })

function launch(storage: Map<string, unknown>): App {
  return launchApp(
    storage,
    () => ({
      submissions: jest.requireActual('../../../src/stores/submissions'),
      drafts: jest.requireActual('../../../src/stores/drafts'),
      uploads: jest.requireActual('../../../src/stores/uploads'),
      messages: jest.requireActual('../../../src/stores/messages'),
    }),
    {
      setup: (platform) => {
        platform.requestSubscribe = jest.fn(async () => ({ status: 'failed' as const, message: '订阅失败' }))
        platform.uploadFile = async ({ url, file, name, headers }) => {
          const body = new FormData()
          body.append(name, new Blob([PNG]), file.name)
          const res = await fetch(url, { method: 'POST', headers, body })
          return { status: 'ok', value: { status: res.status, body: await res.text() } }
        }
      },
    },
  )
}

/** A signed-in account and the identity it verified (实名). */
type Verified = SessionDto & { identity: { name: string; idNumber: string } }

let people = 0
/**
 * Signed in on WeChat and 实名, as payment.test.ts does. Each account its own fictional identity: the mock allows
 * 5 face checks per identity an hour, and any valid 身份证号 outside its failing fixtures passes.
 */
async function signInVerified(user: string): Promise<Verified> {
  const session = await createAuthApi(mock.client()).loginWithPlatformCode({ platform: 'weapp', code: await mock.issueCode('weapp', user) })
  const first17 = `3101011990010${String(100 + people++).padStart(3, '0')}1`
  const person = { name: '陈晓明', idNumber: `${first17}${idCardCheckChar(first17)}` }
  const identity = createIdentityApi(mock.client({ getToken: () => session.token }))
  const ticket = await identity.startRealName({ ...person, consent: true, platform: 'weapp' })
  expect((await identity.confirmFace({ ticketId: ticket.ticketId })).status).toBe('passed')
  return { ...session, identity: person }
}
const serverOf = (s: SessionDto) => createHandlingApi(mock.client({ getToken: () => s.token }))
const outboxOf = (app: App, s: SessionDto) => (app.platform.memory.get(`tb.submissions.v1.${s.user.id}`) ?? {}) as Record<string, { body: Record<string, unknown> }>

/** Answers and materials the form accepts: prefilled from 实名, the rest typed, each required material uploaded. */
async function validContent(app: App, s: Verified, form: FormSchemaDto): Promise<{ answers: AnswersDto; materials: MaterialAnswers }> {
  const { answers } = prefill(form, { identity: s.identity, phone: null, licences: [] }, {})
  answers.contactPhone = '13800138000'
  answers.contactAddress = { regionCode: '310101', detail: '黄浦区人民大道 200 号' }
  const materials: MaterialAnswers = {}
  for (const slot of form.materials) {
    if (slot.requirement === 'optional') continue
    if (slot.requirement === 'deferrable') materials[slot.id] = { kind: 'deferred' }
    else materials[slot.id] = { kind: 'upload', fileIds: [(await app.uploads.uploadMaterialFile(slot, PHOTO)).id] }
  }
  expect(validateAnswers(form, answers)).toEqual({})
  expect(validateMaterials(form.materials, materials)).toEqual({})
  return { answers, materials }
}

async function allApplicationIds(s: SessionDto): Promise<string[]> {
  const ids: string[] = []
  for (let offset = 0; ; offset += 50) {
    const page = await serverOf(s).listApplications({ offset, limit: 50 })
    ids.push(...page.applications.map((a) => a.id))
    if (ids.length >= page.total) return ids
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
async function until(check: () => boolean, ms = 10_000) {
  const end = Date.now() + ms
  while (!check()) {
    if (Date.now() > end) throw new Error('condition not met in time')
    await sleep(20)
  }
}


const SUBMIT = { mode: 'personal', declarationAccepted: true } as const
const FAILURES = ['status=503', 'status=503;after', 'drop', 'drop;after'] as const
const SLOW = ['delay=300', 'delay=900'] as const

describe('submission outbox', () => {
  it('100 drafts, each double-tapped through 503s, dropped answers and slow answers: exactly one application each', async () => {
    const RUNS = 100
    const lanes = forms.length
    const s = await signInVerified('outbox-faults')
    const app = launch(storageOf(s))
    const contents = await Promise.all(forms.map((form) => validContent(app, s, form)))

    const random = seededRandom(20261129)
    const tally = { requests: 0, failures: Object.fromEntries(FAILURES.map((f) => [f, 0])) as Record<string, number>, slow: 0 }
    app.host.respond = (options) => {
      tally.requests++
      const roll = random()
      let fault: string | null = null
      if (roll < 0.25) tally.failures[(fault = FAILURES[Math.floor(random() * FAILURES.length)])]++
      else if (roll < 0.35) (fault = SLOW[Math.floor(random() * SLOW.length)]), tally.slow++
      return overHttp(options, fault)
    }

    const submitted: { run: number; applicationId: string }[] = []
    let waited = 0
    let resumes = 0
    await Promise.all(
      forms.map(async (form, lane) => {
        for (let run = lane; run < RUNS; run += lanes) {
          const draft = await app.drafts.openDraft(form.itemId, form.itemName, form.version)
          expect(draft.answers).toEqual({})
          app.drafts.updateDraft(form.itemId, { answers: { ...contents[lane].answers, applicationNote: `第 ${run} 份申请` }, materials: contents[lane].materials })

          const tap = app.submissions.submitDraft(form.itemId, SUBMIT)
          const doubleTap = app.submissions.submitDraft(form.itemId, SUBMIT)
          expect(doubleTap).toBe(tap)
          await tap
          const state = () => app.submissions.submissionsState.get()[form.itemId]
          if (state().status !== 'done') waited++
          // Waiting, the outbox sends again by itself (network back, every 15 s); the test does not wait 15 s.
          for (let i = 0; state().status !== 'done'; i++) {
            if (i > 200) throw new Error(`run ${run} never got through: ${JSON.stringify(state())}`)
            expect(['waiting-network', 'submitting']).toContain(state().status)
            if (state().status === 'waiting-network') {
              expect(outboxOf(app, s)[form.itemId].body.submissionKey).toBe(draft.submissionKey)
              resumes++
              await app.submissions.resumePendingSubmissions()
            } else await sleep(50)
          }
          expect(state()).toMatchObject({ status: 'done', error: null, fieldErrors: {}, applicationId: expect.any(String) })
          expect(app.drafts.draftsState.get().byItem[form.itemId]).toBeUndefined()
          expect(outboxOf(app, s)[form.itemId]).toBeUndefined()
          submitted.push({ run, applicationId: state().applicationId! })
        }
      }),
    )

    app.host.respond = null
    const failed = Object.values(tally.failures).reduce((a, b) => a + b, 0)
    expect(failed / tally.requests).toBeGreaterThanOrEqual(0.2)
    // Exactly one application per draft: as many as drafts, each a different one, each with its own content.
    const onServer = await allApplicationIds(s)
    expect(onServer).toHaveLength(RUNS)
    expect(new Set(onServer)).toEqual(new Set(submitted.map((r) => r.applicationId)))
    const api = serverOf(s)
    for (const { run, applicationId } of submitted) expect((await api.getApplication(applicationId)).answers.applicationNote).toBe(`第 ${run} 份申请`)
    // No draft lost: each was submitted, none is left on the server or the device.
    expect((await api.listDrafts()).drafts).toEqual([])
    expect(app.drafts.listLocalDrafts()).toEqual([])

    const figures = {
      runs: RUNS,
      lanes,
      requests: tally.requests,
      failuresInjected: failed,
      failureRate: Math.round((failed / tally.requests) * 1000) / 1000,
      failuresByKind: tally.failures,
      slowInjected: tally.slow,
      submitRequestsReceived: await mock.received('POST /api/v1/me/applications'),
      runsThatWaitedForTheOutbox: waited,
      outboxResumes: resumes,
      applicationsCreated: onServer.length,
    }
    mkdirSync(join(__dirname, '../../../test-results'), { recursive: true })
    writeFileSync(join(__dirname, '../../../test-results/submission-outbox.json'), `${JSON.stringify(figures, null, 2)}\n`)
  }, 300_000)

  it('keeps a submission made offline; after a restart it goes out once, and a late retry gets the same application', async () => {
    const s = await signInVerified('outbox-offline')
    const form = forms[0]
    const app = launch(storageOf(s))
    const content = await validContent(app, s, form)
    const draft = await app.drafts.openDraft(form.itemId, form.itemName, form.version)
    app.drafts.updateDraft(form.itemId, content)

    app.platform.platform.isOnline = jest.fn(async () => false)
    app.host.respond = noNetwork
    expect(await app.submissions.submitDraft(form.itemId, SUBMIT)).toBeNull()
    expect(app.submissions.submissionsState.get()[form.itemId]).toEqual({
      status: 'waiting-network',
      error: '网络不可用，申请已保存，联网后将自动提交',
      fieldErrors: {},
      applicationId: null,
      caseId: null,
    })
    expect(outboxOf(app, s)[form.itemId].body).toMatchObject({
      itemId: form.itemId,
      submissionKey: draft.submissionKey,
      answers: content.answers,
      materials: content.materials,
      mode: 'personal',
      platform: 'weapp',
      declarationAccepted: true,
    })
    expect(app.drafts.draftsState.get().byItem[form.itemId]).toBeDefined()
    expect(await allApplicationIds(s)).toEqual([])

    // Killed; launched again with the network back. app.ts resumes at launch.
    const next = launch(new Map(app.platform.memory))
    expect(next.submissions.submissionsState.get()[form.itemId].status).toBe('waiting-network')
    await next.submissions.resumePendingSubmissions()
    const state = next.submissions.submissionsState.get()[form.itemId]
    expect(state).toMatchObject({ status: 'done', error: null, applicationId: expect.any(String) })
    expect(await allApplicationIds(s)).toEqual([state.applicationId])
    expect(outboxOf(next, s)).toEqual({})
    expect(next.drafts.draftsState.get().byItem[form.itemId]).toBeUndefined()
    await expect(serverOf(s).getDraft(form.itemId)).rejects.toMatchObject({ status: 404 })

    // The first process still held it (say a second device restored from the same backup): its network comes
    // back, it sends the same submissionKey, and the server answers the one application.
    app.host.respond = null
    app.online()
    await until(() => app.submissions.submissionsState.get()[form.itemId].status === 'done')
    expect(app.submissions.submissionsState.get()[form.itemId].applicationId).toBe(state.applicationId)
    expect(await allApplicationIds(s)).toEqual([state.applicationId])
  }, 60_000)

  it('an answer lost on the way back: the server made the application, and the retry after a restart gets it', async () => {
    const s = await signInVerified('outbox-lost-answer')
    const form = forms[1]
    const app = launch(storageOf(s))
    const content = await validContent(app, s, form)
    await app.drafts.openDraft(form.itemId, form.itemName, form.version)
    app.drafts.updateDraft(form.itemId, content)
    // Every submit is handled, then its answer lost, as on a train entering a tunnel.
    app.host.respond = (options) => overHttp(options, options.method === 'POST' ? 'drop;after' : null)
    expect(await app.submissions.submitDraft(form.itemId, SUBMIT)).toBeNull()
    expect(app.submissions.submissionsState.get()[form.itemId].status).toBe('waiting-network')
    const made = await allApplicationIds(s)
    expect(made).toHaveLength(1)

    const next = launch(new Map(app.platform.memory))
    await next.submissions.resumePendingSubmissions()
    expect(next.submissions.submissionsState.get()[form.itemId]).toMatchObject({ status: 'done', applicationId: made[0] })
    expect(await allApplicationIds(s)).toEqual(made)

    // And the first process, its answers no longer lost, is answered the same one when its network returns.
    app.host.respond = null
    app.online()
    await until(() => app.submissions.submissionsState.get()[form.itemId].status === 'done')
    expect(app.submissions.submissionsState.get()[form.itemId].applicationId).toBe(made[0])
    expect(await allApplicationIds(s)).toEqual(made)
  }, 60_000)

  it('shows the server’s reasons when it refuses, keeps the draft, and submits it once corrected', async () => {
    const s = await signInVerified('outbox-refused')
    const form = forms[2]
    const app = launch(storageOf(s))
    const content = await validContent(app, s, form)
    const draft = await app.drafts.openDraft(form.itemId, form.itemName, form.version)
    app.drafts.updateDraft(form.itemId, { answers: { ...content.answers, contactPhone: '1380013' }, materials: content.materials })

    expect(await app.submissions.submitDraft(form.itemId, SUBMIT)).toBeNull()
    const refused = app.submissions.submissionsState.get()[form.itemId]
    expect(refused).toMatchObject({ status: 'error', error: '请按提示修改后再提交', applicationId: null })
    expect(Object.keys(refused.fieldErrors)).toEqual(['contactPhone'])
    expect(outboxOf(app, s)).toEqual({})
    // The draft stays, under a new submissionKey: the server keeps its refusal per key.
    const kept = app.drafts.draftsState.get().byItem[form.itemId]
    expect(kept.answers.contactPhone).toBe('1380013')
    expect(kept.submissionKey).not.toBe(draft.submissionKey)

    app.drafts.updateDraft(form.itemId, { answers: { contactPhone: '13800138000' } })
    const application = await app.submissions.submitDraft(form.itemId, SUBMIT)
    expect(application).toMatchObject({ itemId: form.itemId, status: 'submitted', answers: { contactPhone: '13800138000' } })
    expect(app.submissions.submissionsState.get()[form.itemId]).toEqual({ status: 'done', error: null, fieldErrors: {}, applicationId: application!.id, caseId: null })
    expect(await allApplicationIds(s)).toEqual([application!.id])
    // Notifications were asked for at each tap, the platform's way; the refusal of the prompt blocked nothing.
    expect(app.platform.platform.requestSubscribe).toHaveBeenCalledTimes(2)
    expect(app.platform.platform.requestSubscribe).toHaveBeenCalledWith(app.submissions.SUBSCRIBE_TEMPLATES.weapp)
  }, 60_000)
})

/**
 * The server's side of 一件事 for the store tests below: drafts `scenario-<id>` and case submissions, with what the
 * contract promises (one case per submissionKey, a refusal kept per key, the draft removed with the case). A fake
 * behind the fake host, so these tests are about the outbox, not about the mock's case rules (tested there).
 */
function caseServer(real: (options: HostRequestOptions) => Promise<unknown>) {
  const drafts = new Map<string, DraftBody>()
  const byKey = new Map<string, { status: number; data: unknown }>()
  const server = {
    /** Every case submission that reached the server: its Idempotency-Key and body */
    posts: [] as { key: string; body: CaseSubmitBody }[],
    created: 0,
    /** No network at all */
    offline: false,
    /** The next n answers to a submission are lost after the server handled it */
    dropAnswers: 0,
    /** A refusal for a body (400 and its fields), or null to create the case */
    judge: (_body: CaseSubmitBody): { message: string; fields: Record<string, string> } | null => null,
    respond: async (options: HostRequestOptions): Promise<unknown> => {
      const path = new URL(options.url).pathname
      const isDraft = path.startsWith('/api/v1/me/drafts/scenario-')
      if (!isDraft && path !== '/api/v1/me/cases') return real(options)
      if (server.offline) throw { errMsg: 'request:fail socket hang up' }
      const answer = (status: number, data?: unknown) => ({ statusCode: status, data, header: {}, errMsg: 'request:ok' })
      const id = decodeURIComponent(path.split('/').pop()!)
      if (isDraft && options.method === 'GET') return drafts.has(id) ? answer(200, { ...drafts.get(id), itemName: '我要开餐饮店' }) : answer(404, { code: 'DRAFT_NOT_FOUND', message: '草稿不存在' })
      if (isDraft && options.method === 'PUT') return drafts.set(id, options.data as DraftBody), answer(200, { ...(options.data as DraftBody), itemName: '我要开餐饮店' })
      if (isDraft) return drafts.delete(id), answer(204)
      const key = options.header?.['idempotency-key'] ?? ''
      const body = options.data as CaseSubmitBody
      server.posts.push({ key, body })
      if (!byKey.has(key)) {
        const refused = server.judge(body)
        if (refused) byKey.set(key, { status: 400, data: { code: 'INVALID_ANSWERS', ...refused } })
        else {
          drafts.delete(`scenario-${body.scenarioId}`)
          byKey.set(key, { status: 200, data: caseOf(`case-${++server.created}`, body) })
        }
      }
      if (server.dropAnswers > 0) {
        server.dropAnswers--
        throw { errMsg: 'request:fail socket hang up' }
      }
      const kept = byKey.get(key)!
      return answer(kept.status, kept.data)
    },
  }
  return server
}

const caseOf = (id: string, body: CaseSubmitBody): CaseDetailDto => ({
  id,
  number: `YJS2026${id}`,
  scenarioId: body.scenarioId,
  title: '我要开餐饮店',
  status: 'in-progress',
  submittedAt: Date.now(),
  updatedAt: Date.now(),
  total: 2,
  ended: 0,
  next: '等待市场监管局受理营业执照申请',
  mode: body.mode,
  regionName: '黄浦区',
  parts: [],
  offline: [],
  fee: null,
})

describe('case submissions (一件事)', () => {
  const KEY = 'scenario-open-restaurant'
  const SCENARIO = { regionCode: '310101', version: 2, answers: { seats: 60, alcohol: 'yes', kinds: ['hot-food', 'cold-food'] } }
  const ANSWERS: AnswersDto = { shopName: '老王面馆', contactPhone: '13800138000' }
  const MATERIALS: MaterialAnswers = { lease: { kind: 'deferred' } }

  async function signIn(user: string) {
    return createAuthApi(mock.client()).loginWithPlatformCode({ platform: 'weapp', code: await mock.issueCode('weapp', user) })
  }

  async function start(user: string) {
    const s = await signIn(user)
    const app = launch(storageOf(s))
    const server = caseServer((options) => overHttp(options, null))
    app.host.respond = server.respond
    const draft = await app.drafts.openDraft(KEY, '我要开餐饮店', 2)
    app.drafts.updateDraft(KEY, { scenario: SCENARIO, answers: ANSWERS, materials: MATERIALS })
    return { s, app, server, draft, state: () => app.submissions.submissionsState.get()[KEY] }
  }

  it('sends the case body built from the draft, keeps it offline, and sends it once when the network returns', async () => {
    const { s, app, server, draft, state } = await start('case-offline')
    server.offline = true
    const tap = app.submissions.submitDraft(KEY, SUBMIT)
    expect(app.submissions.submitDraft(KEY, SUBMIT)).toBe(tap)
    expect(await tap).toBeNull()
    expect(state()).toEqual({ status: 'waiting-network', error: '网络不可用，申请已保存，联网后将自动提交', fieldErrors: {}, applicationId: null, caseId: null })
    // The 一件事's own body: its questions' answers and their version, no item id or form version
    expect(outboxOf(app, s)[KEY].body).toEqual({
      scenarioId: 'open-restaurant',
      regionCode: '310101',
      scenarioAnswers: SCENARIO.answers,
      scenarioVersion: 2,
      answers: ANSWERS,
      materials: MATERIALS,
      declarationAccepted: true,
      submissionKey: draft.submissionKey,
      mode: 'personal',
      platform: 'weapp',
    })
    expect(server.posts).toEqual([])

    // Killed; launched again, and the network comes back.
    const next = launch(new Map(app.platform.memory))
    next.host.respond = server.respond
    expect(next.submissions.submissionsState.get()[KEY].status).toBe('waiting-network')
    server.offline = false
    next.online()
    await until(() => next.submissions.submissionsState.get()[KEY].status === 'done')
    expect(next.submissions.submissionsState.get()[KEY]).toEqual({ status: 'done', error: null, fieldErrors: {}, applicationId: null, caseId: 'case-1' })
    expect(server.created).toBe(1)
    expect(server.posts.map((p) => p.key)).toEqual([draft.submissionKey])
    expect(outboxOf(next, s)).toEqual({})
    expect(next.drafts.draftsState.get().byItem[KEY]).toBeUndefined()

    // The first process still held it: its network returns, the same key is answered with the same case.
    app.online()
    await until(() => app.submissions.submissionsState.get()[KEY].status === 'done')
    expect(app.submissions.submissionsState.get()[KEY].caseId).toBe('case-1')
    expect(server.created).toBe(1)
  }, 30_000)

  it('answers a double tap with one request, and a retry after a lost answer with the same case', async () => {
    const first = await start('case-double-tap')
    const tap = first.app.submissions.submitDraft(KEY, SUBMIT)
    expect(first.app.submissions.submitDraft(KEY, SUBMIT)).toBe(tap)
    expect(await tap).toMatchObject({ id: 'case-1', scenarioId: 'open-restaurant' })
    expect(first.server.posts).toHaveLength(1)
    expect(first.state()).toEqual({ status: 'done', error: null, fieldErrors: {}, applicationId: null, caseId: 'case-1' })

    // Every answer lost on the way back (the client's own retries too): the server made the case once.
    const { app, server, draft, state } = await start('case-lost-answer')
    server.dropAnswers = Infinity
    expect(await app.submissions.submitDraft(KEY, SUBMIT)).toBeNull()
    expect(state().status).toBe('waiting-network')
    expect(server.created).toBe(1)
    server.dropAnswers = 0
    await app.submissions.resumePendingSubmissions()
    expect(state()).toMatchObject({ status: 'done', caseId: 'case-1' })
    expect(server.created).toBe(1)
    expect(new Set(server.posts.map((p) => p.key))).toEqual(new Set([draft.submissionKey]))
  }, 30_000)

  it('shows a refusal at its fields, keeps the draft under a new key, and submits it once corrected', async () => {
    const { app, server, draft, state } = await start('case-refused')
    server.judge = (body) => (body.answers.contactPhone === '1380013' ? { message: '请按提示修改后再提交', fields: { contactPhone: '请输入 11 位手机号' } } : null)
    app.drafts.updateDraft(KEY, { answers: { contactPhone: '1380013' } })
    expect(await app.submissions.submitDraft(KEY, SUBMIT)).toBeNull()
    expect(state()).toEqual({ status: 'error', error: '请按提示修改后再提交', fieldErrors: { contactPhone: '请输入 11 位手机号' }, applicationId: null, caseId: null })
    expect(server.created).toBe(0)
    const kept = app.drafts.draftsState.get().byItem[KEY]
    expect(kept.scenario).toEqual(SCENARIO)
    expect(kept.submissionKey).not.toBe(draft.submissionKey)

    app.drafts.updateDraft(KEY, { answers: { contactPhone: '13800138000' } })
    expect(await app.submissions.submitDraft(KEY, SUBMIT)).toMatchObject({ id: 'case-1' })
    expect(state()).toEqual({ status: 'done', error: null, fieldErrors: {}, applicationId: null, caseId: 'case-1' })
    expect(server.posts.map((p) => p.key)).toEqual([draft.submissionKey, kept.submissionKey])
    expect(server.posts[1].body.answers.contactPhone).toBe('13800138000')
  }, 30_000)

  it('sends nothing for a 一件事 draft whose questions were never answered', async () => {
    const s = await signIn('case-no-questions')
    const app = launch(storageOf(s))
    const server = caseServer((options) => overHttp(options, null))
    app.host.respond = server.respond
    await app.drafts.openDraft(KEY, '我要开餐饮店', 2)
    expect(await app.submissions.submitDraft(KEY, SUBMIT)).toBeNull()
    expect(app.submissions.submissionsState.get()[KEY]).toMatchObject({ status: 'error', error: '请先回答办理情形的问题' })
    expect(server.posts).toEqual([])
    expect(outboxOf(app, s)).toEqual({})
  }, 30_000)
})

describe('material uploads', () => {
  const slot = () => forms[0].materials.find((m) => m.upload)!

  it('uploads a photo with the client’s headers, compressing one over half the limit', async () => {
    const s = await signInVerified('upload-photo')
    const app = launch(storageOf(s))
    const limit = slot().upload!.maxBytes
    const big: PickedFile = { ...PHOTO, size: limit - 1 }
    app.platform.platform.compressImage = jest.fn(async (file: PickedFile) => ({ ...file, size: 200_000 }))
    const progress = jest.fn()
    const uploaded = await app.uploads.uploadMaterialFile(slot(), big, progress)
    expect(uploaded).toMatchObject({ id: expect.any(String), name: 'scan.png', kind: 'image', bytes: PNG.length })
    expect(app.platform.platform.compressImage).toHaveBeenCalledWith(big, { quality: 80, maxBytes: limit / 2 })

    app.platform.platform.compressImage = jest.fn(async (file: PickedFile) => file)
    await app.uploads.uploadMaterialFile(slot(), { ...PHOTO, size: Math.floor(limit / 2) })
    expect(app.platform.platform.compressImage).not.toHaveBeenCalled()
  })

  it('refuses what the slot does not take, in Chinese, before anything is sent', async () => {
    const s = await signInVerified('upload-refused')
    const app = launch(storageOf(s))
    const upload = jest.spyOn(app.platform.platform, 'uploadFile')
    const limit = slot().upload!.maxBytes
    await expect(app.uploads.uploadMaterialFile(slot(), { ...PHOTO, kind: 'other', name: 'a.docx' })).rejects.toThrow(`${slot().name}仅支持图片或 PDF`)
    await expect(app.uploads.uploadMaterialFile(slot(), { ...PHOTO, kind: 'pdf', size: limit + 1 })).rejects.toThrow(`文件超过 ${limit / 1024 / 1024} MB`)
    app.platform.platform.compressImage = jest.fn(async (file: PickedFile) => ({ ...file, size: limit + 10 }))
    await expect(app.uploads.uploadMaterialFile(slot(), { ...PHOTO, size: limit * 2 })).rejects.toThrow(`文件超过 ${limit / 1024 / 1024} MB`)
    expect(upload).not.toHaveBeenCalled()
  })

  it('answers a rejected token like every other request: the session ends', async () => {
    const s = await signInVerified('upload-expired')
    const app = launch(new Map([['tb.session.v1', { token: 'revoked-token', user: s.user, expiresAt: s.expiresAt }]]))
    await expect(app.uploads.uploadMaterialFile(slot(), PHOTO)).rejects.toMatchObject({ kind: 'unauthorized', status: 401, message: '登录已过期，请重新登录' })
    expect(app.platform.memory.has('tb.session.v1')).toBe(false)
  })
})

describe('messages store', () => {
  it('loads the messages a submission brings, and marks them read on the screen and on the server', async () => {
    const s = await signInVerified('messages-reader')
    const app = launch(storageOf(s))
    expect(app.messages.messagesState.get()).toEqual({ unread: 0, list: null })
    for (const form of forms.slice(0, 2)) {
      const content = await validContent(app, s, form)
      await app.drafts.openDraft(form.itemId, form.itemName, form.version)
      app.drafts.updateDraft(form.itemId, content)
      expect(await app.submissions.submitDraft(form.itemId, SUBMIT)).not.toBeNull()
    }
    await app.messages.refreshMessages()
    const { list } = app.messages.messagesState.get()
    expect(list).toHaveLength(2)
    expect(app.messages.messagesState.get().unread).toBe(2)
    expect(list![0].body).toContain(forms[1].itemName)

    await app.messages.markRead([list![1].id])
    expect(app.messages.messagesState.get().unread).toBe(1)
    expect((await serverOf(s).listMessages()).unread).toBe(1)

    app.host.respond = noNetwork
    await expect(app.messages.markAllRead()).rejects.toMatchObject({ kind: 'network' })
    expect(app.messages.messagesState.get().unread).toBe(1)
    app.host.respond = null
    await app.messages.markAllRead()
    expect(app.messages.messagesState.get()).toMatchObject({ unread: 0, list: [{ read: true }, { read: true }] })
    expect((await serverOf(s).listMessages()).unread).toBe(0)
  })
})
