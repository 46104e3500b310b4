import type { FormSchemaDto, SessionDto } from '../../../src/api/contract'
import { createAuthApi } from '../../../src/api/endpoints/auth'
import { createHandlingApi } from '../../../src/api/endpoints/handling'
import { mockPaths } from '../../../src/api/contract/paths'
import { catalog } from '../../../mock/catalog/generate'
import { formFor } from '../../../mock/handling/forms'
import { startHttpMock, type HttpMock } from '../api/support/http-mock'
import { launchApp, storageOf, type Launched } from '../stores/launch'

// The stores as in the app (see test/unit/stores/drafts.test.ts): a fake host doing real HTTP to the real mock,
// a platform adapter with in-memory storage and a host login the test controls.
jest.mock('@tarojs/taro', () => jest.requireActual('../api/support/fake-taro'))
jest.mock('@/platform', () => jest.requireActual('../../pages/fake-platform'))

type App = Launched & {
  session: typeof import('../../../src/stores/session')
  drafts: typeof import('../../../src/stores/drafts')
  submissions: typeof import('../../../src/stores/submissions')
  feedback: typeof import('../../../src/packages/feedback/form/drafts')
  handling: typeof import('../../../src/api/endpoints/handling')
  auth: typeof import('../../../src/api/endpoints/auth')
}

let mock: HttpMock
let item: FormSchemaDto
beforeAll(async () => {
  mock = await startHttpMock()
  process.env.TARO_APP_API_BASE = mock.baseUrl
  const itemId = [...catalog().byId.keys()].find((id) => formFor(id) !== null)!
  item = await createHandlingApi(mock.client()).getForm(itemId)
})
afterAll(() => mock.close())

/** An app launch over this device storage, on a mini-program host or H5. */
function launch(storage: Map<string, unknown>, name: 'weapp' | 'h5'): App {
  const load = () => ({
    session: jest.requireActual('../../../src/stores/session'),
    drafts: jest.requireActual('../../../src/stores/drafts'),
    submissions: jest.requireActual('../../../src/stores/submissions'),
    feedback: jest.requireActual('../../../src/packages/feedback/form/drafts'),
    handling: jest.requireActual('../../../src/api/endpoints/handling'),
    auth: jest.requireActual('../../../src/api/endpoints/auth'),
  })
  return launchApp(storage, load, { name })
}

const signIn = async (user: string): Promise<SessionDto> =>
  createAuthApi(mock.client()).loginWithPlatformCode({ platform: 'weapp', code: await mock.issueCode('weapp', user) })
/** The server forgets every session now (the dev endpoint: their time has run out). */
const expireAll = async () => (await fetch(`${mock.baseUrl}${mockPaths.expireSessions}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).json()

/** A user with a draft typed and saved, a submission waiting in the outbox, and a 投诉 draft: all on the device. */
async function withWork(app: App, s: SessionDto) {
  await app.drafts.openDraft(item.itemId, item.itemName, item.version)
  app.drafts.updateDraft(item.itemId, { answers: { applicationNote: '过期前填写的内容' } })
  await app.drafts.flushDraft(item.itemId)
  app.platform.memory.set(`tb.submissions.v1.${s.user.id}`, { 'other-item': { body: { itemId: 'other-item' }, since: Date.now() } })
  app.feedback.saveDraft('complaint|general', { ...app.feedback.freshDraft(), content: '窗口排队太久' })
}
const personalKeys = (s: SessionDto) => [`tb.drafts.v1.${s.user.id}`, `tb.submissions.v1.${s.user.id}`, 'tb.feedback-drafts.v1']

describe('session expiry (H5: no silent sign-in)', () => {
  it('drops only the token: drafts, the outbox and feedback drafts stay, and come back when the same person signs in', async () => {
    const s = await signIn('expiry-same')
    const app = launch(storageOf(s), 'h5')
    await withWork(app, s)
    expect(await expireAll()).toEqual({ expired: expect.any(Number) })

    // The next request of the page meets the 401.
    app.drafts.updateDraft(item.itemId, { answers: { applicationNote: '过期后又改了一个字' } })
    await app.drafts.flushDraft(item.itemId)
    expect(app.session.session.get()).toMatchObject({ status: 'anonymous', token: null, user: null, error: '登录已过期，请重新登录' })
    expect(app.platform.memory.has(app.session.SESSION_KEY)).toBe(false)
    for (const key of personalKeys(s)) expect(app.platform.memory.has(key)).toBe(true)
    expect(app.platform.memory.get(`tb.drafts.v1.${s.user.id}`)).toMatchObject({ [item.itemId]: { answers: { applicationNote: '过期后又改了一个字' } } })

    // Signed in again as the same person: everything is there, and the unsaved change goes to the server.
    app.session.adoptSession(await signIn('expiry-same'))
    expect(app.drafts.draftsState.get().byItem[item.itemId].answers).toEqual({ applicationNote: '过期后又改了一个字' })
    // The waiting submission is the user's again, and goes out by itself (here it is refused: a made-up body).
    expect(app.submissions.submissionsState.get()['other-item']?.status).toMatch(/^(waiting-network|submitting)$/)
    expect(app.feedback.loadDraft('complaint|general').content).toBe('窗口排队太久')
    await app.drafts.openDraft(item.itemId, item.itemName, item.version)
    const server = createHandlingApi(mock.client({ getToken: () => app.session.session.get().token }))
    expect((await server.getDraft(item.itemId)).answers).toEqual({ applicationNote: '过期后又改了一个字' })
  })

  it('never shows the previous person’s work to someone else who signs in, and 退出登录 clears everything personal', async () => {
    const a = await signIn('expiry-a')
    const app = launch(storageOf(a), 'h5')
    await withWork(app, a)
    await expireAll()
    await app.drafts.flushDraft(item.itemId).then(() => app.auth.getMe().catch(() => undefined))
    expect(app.session.session.get().token).toBeNull()

    const b = await signIn('expiry-b')
    app.session.adoptSession(b)
    expect(app.drafts.listLocalDrafts()).toEqual([])
    expect(app.submissions.submissionsState.get()['other-item']?.status ?? 'idle').toBe('idle')
    expect(app.feedback.loadDraft('complaint|general').content).toBe('')

    await app.session.signOut()
    for (const key of [...personalKeys(a), ...personalKeys(b), app.session.SESSION_KEY]) expect(app.platform.memory.has(key)).toBe(false)
  })
})

describe('session expiry (mini-program: silent sign-in with the host code)', () => {
  it('signs in again without the user and sends the failed GET once more; the page never sees signed-out', async () => {
    const s = await signIn('expiry-silent')
    const app = launch(storageOf(s), 'weapp')
    await withWork(app, s)
    app.platform.platform.login = jest.fn(async () => ({ status: 'ok' as const, value: { code: await mock.issueCode('weapp', 'expiry-silent') } }))
    const statuses: string[] = []
    app.session.session.subscribe(() => statuses.push(app.session.session.get().status))
    await expireAll()

    // Two requests meet the 401 together: one host login, both answered.
    const [me, list] = await Promise.all([app.auth.getMe(), app.handling.handlingApi.listApplications()])
    expect(me.id).toBe(s.user.id)
    expect(list.applications).toEqual(expect.any(Array))
    expect(app.platform.platform.login).toHaveBeenCalledTimes(1)
    expect(app.session.session.get()).toMatchObject({ status: 'signed-in', user: { id: s.user.id } })
    expect(app.session.session.get().token).not.toBe(s.token)
    expect(statuses).not.toContain('anonymous')
    expect(app.drafts.draftsState.get().byItem[item.itemId].answers).toEqual({ applicationNote: '过期前填写的内容' })

    // A keyed POST (a draft PUT too) is safe to send again: it goes through on the renewed session.
    await expireAll()
    app.drafts.updateDraft(item.itemId, { answers: { applicationNote: '续签后保存' } })
    await app.drafts.flushDraft(item.itemId)
    expect(app.drafts.draftsState.get().sync[item.itemId]).toBe('saved')
    expect(app.platform.platform.login).toHaveBeenCalledTimes(2)
  })

  it('does not send a keyless POST again by itself: the user is asked to tap again, signed in', async () => {
    const s = await signIn('expiry-keyless')
    const app = launch(storageOf(s), 'weapp')
    app.platform.platform.login = jest.fn(async () => ({ status: 'ok' as const, value: { code: await mock.issueCode('weapp', 'expiry-keyless') } }))
    await expireAll()
    const before = await mock.received('POST /api/v1/me/messages/read')
    await expect(app.handling.handlingApi.markRead({ ids: 'all' })).rejects.toMatchObject({ message: '登录状态已刷新，请再试一次' })
    expect(await mock.received('POST /api/v1/me/messages/read')).toBe(before + 1)
    expect(app.session.session.get().status).toBe('signed-in')
    await expect(app.handling.handlingApi.markRead({ ids: 'all' })).resolves.toBeDefined()
  })

  it('a platform that answers the silent login itself with 401 ends in signed-out, not in a wait for itself', async () => {
    const s = await signIn('expiry-login-401')
    const app = launch(storageOf(s), 'weapp')
    app.platform.platform.login = jest.fn(async () => ({ status: 'ok' as const, value: { code: 'code-the-platform-refuses' } }))
    // The platform's login route refuses the code with 401; everything else is the real mock.
    app.host.respond = async (options) => {
      if (options.url.endsWith('/api/v1/auth/login')) return { statusCode: 401, data: { code: 'UNAUTHORIZED', message: '登录凭证无效' }, header: {}, errMsg: 'request:ok' }
      const res = await fetch(options.url, { method: options.method, headers: options.header })
      return { statusCode: res.status, data: await res.json(), header: {}, errMsg: 'request:ok' }
    }
    await expireAll()
    await expect(app.auth.getMe()).rejects.toMatchObject({ kind: 'unauthorized' })
    expect(app.platform.platform.login).toHaveBeenCalledTimes(1)
    expect(app.session.session.get()).toMatchObject({ status: 'anonymous', token: null })
  })

  it('falls back to signed-out, work kept, when the host cannot give a code', async () => {
    const s = await signIn('expiry-nocode')
    const app = launch(storageOf(s), 'weapp')
    await withWork(app, s)
    app.platform.platform.login = jest.fn(async () => ({ status: 'failed' as const, message: '微信登录失败，请稍后重试', rawCode: -1 }))
    await expireAll()
    await expect(app.auth.getMe()).rejects.toMatchObject({ kind: 'unauthorized' })
    expect(app.session.session.get()).toMatchObject({ status: 'anonymous', token: null })
    for (const key of personalKeys(s)) expect(app.platform.memory.has(key)).toBe(true)
  })
})
