import type { BrowserContext, Page } from 'playwright-core'
import { X_CHECK_DIGIT } from '../../mock/fixtures/identities'
import { PHONE } from './browser'
import { JPEG, signInVerified } from './flows'
import { LICENCE_RENEWAL_ITEM, fillLicenceRenewal } from './apply-form'
import { startH5Stack } from './stack'

/**
 * Personal data in the H5 build's client storage, in Chromium: after a citizen signs in by SMS, binds 实名 by a face
 * check, fills an application with an upload and looks at 我的, 实名认证 and 账号与安全, no ID number, raw phone number
 * or token is in localStorage, sessionStorage, IndexedDB or cookies outside the token store (tb.session.v1); the
 * pages show both masked; and 退出登录 (after a reload, as on a later day) leaves nothing personal behind.
 */
jest.setTimeout(240_000)

const PERSON_PHONE = '13800138444'
const ITEM = LICENCE_RENEWAL_ITEM
const SESSION_KEY = 'tb.session.v1'
/** What may stay on the device after 退出登录: settings and the public app configuration */
const NOT_PERSONAL = ['tb.preferences.v1', 'tb.app-config.v1']

let stack: Awaited<ReturnType<typeof startH5Stack>>
let base: string
let context: BrowserContext
let page: Page
let token: string

beforeAll(async () => {
  stack = await startH5Stack()
  base = stack.base
  context = await stack.browser.newContext(PHONE)
  page = await context.newPage()
})
afterAll(() => stack?.close())

interface Stored {
  local: Record<string, string>
  session: Record<string, string>
  indexedDb: string[]
  cookies: string[]
}

/** Everything the page can store, as text: each storage's key → value, every IndexedDB record, the cookies. */
async function storedData(): Promise<Stored> {
  const inPage = await page.evaluate(async () => {
    const dump = (s: Storage) => Object.fromEntries(Array.from({ length: s.length }, (_, i) => s.key(i)!).map((k) => [k, s.getItem(k) ?? '']))
    const indexedDb: string[] = []
    const dbs = typeof indexedDB.databases === 'function' ? await indexedDB.databases() : []
    for (const info of dbs) {
      if (!info.name) continue
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(info.name!)
        req.onsuccess = () => resolve(req.result)
        req.onerror = () => reject(req.error)
      })
      for (const store of Array.from(db.objectStoreNames)) {
        const all = await new Promise<unknown[]>((resolve) => {
          const req = db.transaction(store).objectStore(store).getAll()
          req.onsuccess = () => resolve(req.result)
          req.onerror = () => resolve([])
        })
        indexedDb.push(`${info.name}/${store}: ${JSON.stringify(all)}`)
      }
      db.close()
    }
    return { local: dump(localStorage), session: dump(sessionStorage), indexedDb }
  })
  const cookies = (await context.cookies()).map((c) => `${c.name}=${c.value}`)
  return { ...inPage, cookies }
}

/** Where a value is found, outside the token store. */
function whereFound(stored: Stored, secret: string): string[] {
  const places = [
    ...Object.entries(stored.local).filter(([k]) => k !== SESSION_KEY).map(([k, v]) => [`localStorage ${k}`, v]),
    ...Object.entries(stored.session).map(([k, v]) => [`sessionStorage ${k}`, `${k}${v}`]),
    ...stored.indexedDb.map((v) => ['IndexedDB', v]),
    ...stored.cookies.map((v) => ['cookie', v]),
  ]
  return places.filter(([, v]) => v.includes(secret)).map(([where]) => where)
}

describe('personal data on H5', () => {
  it('keeps the ID number, the phone and the token out of storage outside tb.session.v1, and shows them masked', async () => {
    await signInVerified(page, base, PERSON_PHONE, X_CHECK_DIGIT)

    // An application form with an upload (the draft is kept on the device for offline use)
    await page.goto(`${base}/packages/handling/pages/apply/index?item=${ITEM}`)
    await page.getByText('驾驶证信息').waitFor()
    await fillLicenceRenewal(page)
    await page.getByText('下一步').click()
    const slot = page.locator('.apply .material-slot', { hasText: '近期免冠彩色照片' })
    const chooser = page.waitForEvent('filechooser')
    await slot.getByLabel(/^拍照 \/ 相册，上传/).click()
    await (await chooser).setFiles({ name: 'photo.jpg', mimeType: 'image/jpeg', buffer: JPEG })
    await slot.getByText('已上传').first().waitFor()

    // The pages that show who the user is: masked only
    const pages = [
      ['/pages/mine/index', '.mine', '138****8444'],
      ['/packages/account/pages/real-name/index', '.real-name', '3101**********007X'],
      ['/packages/account/pages/security/index', '.security', '3101**********007X'],
    ]
    for (const [path, cls, masked] of pages) {
      await page.goto(`${base}${path}`)
      await page.locator(cls).getByText(masked).first().waitFor()
      const text = await page.locator(cls).first().innerText()
      expect(text).not.toContain(X_CHECK_DIGIT.idNumber)
      expect(text).not.toContain(PERSON_PHONE)
    }

    const stored = await storedData()
    token = JSON.parse(stored.local[SESSION_KEY]).token
    expect(token).toMatch(/.{16,}/)
    expect(JSON.stringify(JSON.parse(stored.local[SESSION_KEY]).user)).not.toContain(X_CHECK_DIGIT.idNumber)
    expect(whereFound(stored, X_CHECK_DIGIT.idNumber)).toEqual([])
    expect(whereFound(stored, PERSON_PHONE)).toEqual([])
    expect(whereFound(stored, token)).toEqual([])
    // The local draft exists (so the check above looked at real personal caches)
    expect(Object.keys(stored.local).some((k) => k.includes('draft'))).toBe(true)
  })

  it('退出登录 after a reload removes everything personal from storage', async () => {
    await page.goto(`${base}/pages/mine/index`)
    await page.reload()
    await page.locator('.mine').getByText('退出登录').click()
    await page.getByText('退出', { exact: true }).click()
    await page.getByText('登录后可查看办件、证照和消息').waitFor()
    const stored = await storedData()
    const left = Object.entries(stored.local).filter(([k]) => !NOT_PERSONAL.includes(k))
    expect(left).toEqual([])
    expect(Object.keys(stored.session)).toEqual([])
    expect(stored.cookies).toEqual([])
    expect(whereFound(stored, token)).toEqual([])
    // The server no longer accepts the token
    const me = await fetch(`${base}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } })
    expect(me.status).toBe(401)
  })
})
