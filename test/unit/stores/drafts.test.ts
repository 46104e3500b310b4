import type { FormSchemaDto, SessionDto } from '../../../src/api/contract'
import { createAuthApi } from '../../../src/api/endpoints/auth'
import { createHandlingApi } from '../../../src/api/endpoints/handling'
import { catalog } from '../../../mock/catalog/generate'
import { formFor } from '../../../mock/handling/forms'
import { startHttpMock, type HttpMock } from '../api/support/http-mock'
import { launchApp, storageOf, type Launched } from './launch'

// The stores run as in the app: Taro.request (a fake host doing real HTTP) to the real mock server, and a
// platform adapter with in-memory storage and a network whose comings and goings the test announces.
jest.mock('@tarojs/taro', () => jest.requireActual('../api/support/fake-taro'))
jest.mock('@/platform', () => jest.requireActual('../../pages/fake-platform'))

type App = Launched & {
  drafts: typeof import('../../../src/stores/drafts')
  session: typeof import('../../../src/stores/session')
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

/** An app launch over this device storage: every module fresh, as after the app was killed. */
const launch = (storage: Map<string, unknown>): App =>
  launchApp(storage, () => ({ session: jest.requireActual('../../../src/stores/session'), drafts: jest.requireActual('../../../src/stores/drafts') }))

/** The host's request fails as it does with no network. */
const noNetwork = async () => Promise.reject({ errMsg: 'request:fail socket hang up' })

async function signIn(user: string): Promise<SessionDto> {
  return createAuthApi(mock.client()).loginWithPlatformCode({ platform: 'weapp', code: await mock.issueCode('weapp', user) })
}
/** What the server holds, seen from another device of the same user. */
const serverOf = (s: SessionDto) => createHandlingApi(mock.client({ getToken: () => s.token }))
const keyOf = (s: SessionDto) => `tb.drafts.v1.${s.user.id}`

async function until(check: () => boolean, ms = 5000) {
  const end = Date.now() + ms
  while (!check()) {
    if (Date.now() > end) throw new Error('condition not met in time')
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

describe('draft store', () => {
  it('writes every change to the device at once, so a kill right after loses nothing', async () => {
    const s = await signIn('draft-kill')
    const app = launch(storageOf(s))
    const draft = await app.drafts.openDraft(item.itemId, item.itemName, item.version)
    expect(draft).toMatchObject({ itemId: item.itemId, itemName: item.itemName, formVersion: item.version, answers: {}, materials: {}, syncedAt: null })
    expect(draft.submissionKey).toMatch(/^[A-Za-z0-9_-]{16,64}$/)

    app.drafts.updateDraft(item.itemId, { answers: { applicationNote: '第一次填写' } })
    // No await in between: the write is synchronous.
    expect(app.platform.memory.get(keyOf(s))).toMatchObject({ [item.itemId]: { answers: { applicationNote: '第一次填写' } } })
    expect(app.drafts.draftsState.get().sync[item.itemId]).toBe('saved-local')

    // Killed before the debounced save went out: nothing of it reaches the server.
    app.host.respond = noNetwork
    const next = launch(new Map(app.platform.memory))
    expect(next.drafts.draftsState.get().byItem[item.itemId]).toMatchObject({ answers: { applicationNote: '第一次填写' }, submissionKey: draft.submissionKey })
    expect(next.drafts.draftsState.get().sync[item.itemId]).toBe('saved-local')
    expect(next.drafts.listLocalDrafts().map((d) => d.itemId)).toEqual([item.itemId])
    next.drafts.reloadDrafts()
    expect(next.drafts.draftsState.get().byItem[item.itemId].answers).toEqual({ applicationNote: '第一次填写' })

    // Opened again: the device's copy is newer than the server's (none), so it is pushed.
    await next.drafts.openDraft(item.itemId, item.itemName, item.version)
    expect(next.drafts.draftsState.get().sync[item.itemId]).toBe('saved')
    expect(await serverOf(s).getDraft(item.itemId)).toMatchObject({ answers: { applicationNote: '第一次填写' }, submissionKey: draft.submissionKey })
  })

  it('saves once per pause in typing, with the latest content', async () => {
    const s = await signIn('draft-debounce')
    const app = launch(storageOf(s))
    await app.drafts.openDraft(item.itemId, item.itemName, item.version)
    const before = await mock.received('PUT /api/v1/me/drafts/:id')
    for (const note of ['张', '张三', '张三申请']) app.drafts.updateDraft(item.itemId, { answers: { applicationNote: note } })
    await new Promise((resolve) => setTimeout(resolve, 400))
    expect(await mock.received('PUT /api/v1/me/drafts/:id')).toBe(before)
    await until(() => app.drafts.draftsState.get().sync[item.itemId] === 'saved')
    expect(await mock.received('PUT /api/v1/me/drafts/:id')).toBe(before + 1)
    expect((await serverOf(s).getDraft(item.itemId)).answers).toEqual({ applicationNote: '张三申请' })
    expect(app.drafts.draftsState.get().byItem[item.itemId].syncedAt).toEqual(expect.any(Number))
  })

  it('keeps a change on the device when the network fails, and saves it when the network returns', async () => {
    const s = await signIn('draft-offline')
    const app = launch(storageOf(s))
    await app.drafts.openDraft(item.itemId, item.itemName, item.version)
    app.host.respond = noNetwork
    app.drafts.updateDraft(item.itemId, { answers: { applicationNote: '地铁里填写' } })
    await app.drafts.flushDraft(item.itemId)
    expect(app.drafts.draftsState.get().sync[item.itemId]).toBe('offline')
    expect(app.platform.memory.get(keyOf(s))).toMatchObject({ [item.itemId]: { answers: { applicationNote: '地铁里填写' }, syncedAt: null } })
    await expect(serverOf(s).getDraft(item.itemId)).rejects.toMatchObject({ status: 404 })

    app.host.respond = null
    app.online()
    await until(() => app.drafts.draftsState.get().sync[item.itemId] === 'saved')
    expect((await serverOf(s).getDraft(item.itemId)).answers).toEqual({ applicationNote: '地铁里填写' })

    // Offline again; the network returns unannounced: the next change carries both out.
    app.host.respond = noNetwork
    app.drafts.updateDraft(item.itemId, { answers: { applicationNote: '隧道里修改' } })
    await app.drafts.flushDraft(item.itemId)
    expect(app.drafts.draftsState.get().sync[item.itemId]).toBe('offline')
    app.host.respond = null
    app.drafts.updateDraft(item.itemId, { materials: { m1: { kind: 'deferred' } } })
    await until(() => app.drafts.draftsState.get().sync[item.itemId] === 'saved')
    expect(await serverOf(s).getDraft(item.itemId)).toMatchObject({ answers: { applicationNote: '隧道里修改' }, materials: { m1: { kind: 'deferred' } } })
  })

  it('keeps the newer copy: the server’s when another device changed it later, the device’s when it changed later', async () => {
    const s = await signIn('draft-merge')
    const phone = launch(storageOf(s))
    await phone.drafts.openDraft(item.itemId, item.itemName, item.version)
    phone.drafts.updateDraft(item.itemId, { answers: { applicationNote: '手机上填写' } })
    await phone.drafts.flushDraft(item.itemId)
    const local = phone.drafts.draftsState.get().byItem[item.itemId]

    // Another device (say the H5 site) saves a later version.
    const { itemId, formVersion, materials, submissionKey } = local
    await serverOf(s).saveDraft(item.itemId, { itemId, formVersion, materials, submissionKey, answers: { applicationNote: '电脑上修改' }, updatedAt: local.updatedAt + 60_000 })

    const restarted = launch(new Map(phone.platform.memory))
    expect(restarted.drafts.draftsState.get().byItem[item.itemId].answers).toEqual({ applicationNote: '手机上填写' })
    const opened = await restarted.drafts.openDraft(item.itemId, item.itemName, item.version)
    expect(opened.answers).toEqual({ applicationNote: '电脑上修改' })
    expect(restarted.platform.memory.get(keyOf(s))).toMatchObject({ [item.itemId]: { answers: { applicationNote: '电脑上修改' }, updatedAt: local.updatedAt + 60_000 } })
    expect(restarted.drafts.draftsState.get().sync[item.itemId]).toBe('saved')

    // Now the phone changes it offline, later than the server's copy; at the next launch the phone's wins.
    restarted.host.respond = noNetwork
    restarted.drafts.updateDraft(item.itemId, { answers: { applicationNote: '手机离线时再改' } })
    await restarted.drafts.flushDraft(item.itemId)
    expect((await serverOf(s).getDraft(item.itemId)).answers).toEqual({ applicationNote: '电脑上修改' })
    const third = launch(new Map(restarted.platform.memory))
    const mine = await third.drafts.openDraft(item.itemId, item.itemName, item.version)
    expect(mine.answers).toEqual({ applicationNote: '手机离线时再改' })
    expect(mine.updatedAt).toBeGreaterThan(local.updatedAt + 60_000)
    expect((await serverOf(s).getDraft(item.itemId)).answers).toEqual({ applicationNote: '手机离线时再改' })
    expect(third.drafts.draftsState.get().sync[item.itemId]).toBe('saved')
  })

  it('keeps each user’s drafts apart, and signing out removes them from the device', async () => {
    const a = await signIn('draft-user-a')
    const b = await signIn('draft-user-b')
    const app = launch(storageOf(a))
    const draftA = await app.drafts.openDraft(item.itemId, item.itemName, item.version)
    app.drafts.updateDraft(item.itemId, { answers: { applicationNote: 'A 的申请' } })
    await app.drafts.flushDraft(item.itemId)

    // Another account on the same device sees none of it.
    app.session.adoptSession(b)
    expect(app.drafts.listLocalDrafts()).toEqual([])
    const draftB = await app.drafts.openDraft(item.itemId, item.itemName, item.version)
    expect(draftB.answers).toEqual({})
    expect(draftB.submissionKey).not.toBe(draftA.submissionKey)
    app.drafts.updateDraft(item.itemId, { answers: { applicationNote: 'B 的申请' } })
    await app.drafts.flushDraft(item.itemId)
    expect(app.platform.memory.get(keyOf(a))).toMatchObject({ [item.itemId]: { answers: { applicationNote: 'A 的申请' } } })
    expect(app.platform.memory.get(keyOf(b))).toMatchObject({ [item.itemId]: { answers: { applicationNote: 'B 的申请' } } })
    expect((await serverOf(a).getDraft(item.itemId)).answers).toEqual({ applicationNote: 'A 的申请' })
    expect((await serverOf(b).getDraft(item.itemId)).answers).toEqual({ applicationNote: 'B 的申请' })

    app.session.adoptSession(a)
    expect(app.drafts.listLocalDrafts().map((d) => d.answers)).toEqual([{ applicationNote: 'A 的申请' }])

    await app.session.signOut()
    expect(app.platform.memory.has(keyOf(a))).toBe(false)
    expect(app.platform.memory.has(keyOf(b))).toBe(false)
    expect(app.drafts.draftsState.get()).toEqual({ byItem: {}, sync: {} })
    await expect(app.drafts.openDraft(item.itemId, item.itemName, item.version)).rejects.toThrow('请先登录后再办理')
    app.drafts.updateDraft(item.itemId, { answers: { applicationNote: '未登录' } })
    expect([...app.platform.memory.keys()].filter((k) => k.startsWith('tb.drafts.'))).toEqual([])
  })

  it('discards on the server and on the device; offline, it keeps the draft and says why', async () => {
    const s = await signIn('draft-discard')
    const app = launch(storageOf(s))
    await app.drafts.openDraft(item.itemId, item.itemName, item.version)
    app.drafts.updateDraft(item.itemId, { answers: { applicationNote: '不想办了' } })
    await app.drafts.flushDraft(item.itemId)
    expect((await serverOf(s).getDraft(item.itemId)).answers).toEqual({ applicationNote: '不想办了' })

    await app.drafts.discardDraft(item.itemId)
    expect(app.drafts.draftsState.get().byItem[item.itemId]).toBeUndefined()
    expect(app.platform.memory.get(keyOf(s))).toEqual({})
    await expect(serverOf(s).getDraft(item.itemId)).rejects.toMatchObject({ status: 404 })

    const again = await app.drafts.openDraft(item.itemId, item.itemName, item.version)
    expect(again.answers).toEqual({})
    app.drafts.updateDraft(item.itemId, { answers: { applicationNote: '再想想' } })
    await app.drafts.flushDraft(item.itemId)
    app.host.respond = noNetwork
    await expect(app.drafts.discardDraft(item.itemId)).rejects.toMatchObject({ kind: 'network', message: '网络连接失败，请检查网络后重试' })
    expect(app.drafts.draftsState.get().byItem[item.itemId].answers).toEqual({ applicationNote: '再想想' })
    expect((await serverOf(s).getDraft(item.itemId)).answers).toEqual({ applicationNote: '再想想' })
  })
})
