import type { ItemDetailDto, NoticeDetailDto, NoticePageDto } from '../../../src/api/contract'
import { mockPaths, paths } from '../../../src/api/contract/paths'
import { startMock, type Mock } from './support'

/** The content probes of the XSS tests: hostile text into one guide or notice of one mock instance, until reset. */
const ITEM = '310101-000125006000-0'
const NOTICE = '310000-n1'
const HOSTILE = '<img src=x onerror="alert(1)">"><script>alert(2)</script>{{constructor}}${1+1}'

let mock: Mock
let other: Mock
beforeAll(() => {
  mock = startMock()
  other = startMock()
})
afterAll(async () => {
  await mock.app.close()
  await other.app.close()
})

/** The guide without its view counter (each read counts one) */
const guide = async (m: Mock) => {
  const res = await m.call<ItemDetailDto>('GET', paths.catalogItem.replace(':id', ITEM))
  return { ...res, body: { ...res.body, usageCount: 0 } }
}
const notice = (m: Mock) => m.call<NoticeDetailDto>('GET', paths.notice.replace(':id', NOTICE))

describe('content probes', () => {
  it('overwrites only the fields sent of a guide, for this instance only, until reset', async () => {
    const before = (await guide(mock)).body
    const faq = [{ question: HOSTILE, answer: `<p>${HOSTILE}</p>` }]
    expect((await mock.call('POST', mockPaths.probeGuide, { id: ITEM, conditions: HOSTILE, faq })).status).toBe(204)
    expect((await mock.call('POST', mockPaths.probeGuide, { id: ITEM, name: HOSTILE })).status).toBe(204)
    const after = (await guide(mock)).body
    expect(after).toEqual({ ...before, name: HOSTILE, conditions: HOSTILE, faq })
    // Another server in the same process reads the seeds
    expect((await guide(other)).body).toEqual(before)
    await mock.call('POST', mockPaths.reset)
    expect((await guide(mock)).body).toEqual(before)
  })

  it('overwrites a notice’s text in its detail and in the list', async () => {
    const before = (await notice(mock)).body
    expect((await mock.call('POST', mockPaths.probeNotice, { id: NOTICE, title: HOSTILE, body: HOSTILE })).status).toBe(204)
    expect((await notice(mock)).body).toEqual({ ...before, title: HOSTILE, body: HOSTILE })
    const list = (await mock.call<NoticePageDto>('GET', `${paths.notices}?region=310000`)).body
    const row = list.items.find((n) => n.id === NOTICE)!
    expect(row.title).toBe(HOSTILE)
    expect(Object.keys(row)).not.toContain('body')
  })

  it('answers 404 for an unknown guide or notice and 400 for a malformed body', async () => {
    expect((await mock.call('POST', mockPaths.probeGuide, { id: 'no-such-item', name: 'x' })).body).toMatchObject({ code: 'ITEM_NOT_FOUND' })
    expect((await mock.call('POST', mockPaths.probeNotice, { id: 'no-such-notice', body: 'x' })).status).toBe(404)
    expect((await mock.call('POST', mockPaths.probeGuide, { id: ITEM, onerror: 'x' })).status).toBe(400)
    expect((await mock.call('POST', mockPaths.probeNotice, { id: NOTICE, body: 42 })).status).toBe(400)
  })
})
