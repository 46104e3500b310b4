import type { HomeFeedDto, NoticeDetailDto, NoticePageDto } from '../../../src/api/contract'
import { paths } from '../../../src/api/contract/paths'
import { toRichNodes } from '../../../src/domain/rich-text'
import { catalog } from '../../../mock/catalog/generate'
import { noticeSeeds } from '../../../mock/catalog/seed/notices'
import { CHINESE, startMock, type Mock } from './support'

let mock: Mock
beforeAll(() => {
  mock = startMock()
})
afterAll(() => mock.app.close())

const page = (query: string) => mock.call<NoticePageDto>('GET', `${paths.notices}?${query}`)
const detail = (id: string) => mock.call<NoticeDetailDto>('GET', paths.notice.replace(':id', encodeURIComponent(id)))

describe('通知公告: the list', () => {
  it('lists the district’s and the city’s notices, newest first', async () => {
    const res = await page('region=310101')
    expect(res.status).toBe(200)
    const { items, total, offset } = res.body
    expect(offset).toBe(0)
    expect(total).toBe(10)
    expect(items).toHaveLength(10)
    expect(new Set(items.map((n) => n.regionCode))).toEqual(new Set(['310101', '310000']))
    const times = items.map((n) => n.publishedAt)
    expect([...times].sort((a, b) => b - a)).toEqual(times)
    expect(Object.keys(items[0]).sort()).toEqual(['department', 'id', 'publishedAt', 'regionCode', 'title'])
    // A street reads its district's and the city's; a G60 district its city's.
    expect((await page('region=310101013')).body).toEqual(res.body)
    expect(new Set((await page('region=330402')).body.items.map((n) => n.regionCode))).toEqual(new Set(['330400']))
  })

  it('pages with offset and limit over the same order', async () => {
    const all = (await page('region=310104')).body.items
    const first = (await page('region=310104&limit=4')).body
    const second = (await page('region=310104&offset=4&limit=4')).body
    const last = (await page('region=310104&offset=8&limit=4')).body
    expect(first.total).toBe(10)
    expect([...first.items, ...second.items, ...last.items]).toEqual(all)
    expect(last.items).toHaveLength(2)
    expect(second.offset).toBe(4)
    expect((await page('region=310104&offset=40')).body).toEqual({ items: [], total: 10, offset: 40 })
  })

  it('has nothing for an unknown region and refuses bad parameters in Chinese', async () => {
    expect((await page('region=310199')).body).toEqual({ items: [], total: 0, offset: 0 })
    for (const query of ['', 'region=31', 'region=310101&limit=51', 'region=310101&limit=0', 'region=310101&offset=-1', 'region=310101&x=1']) {
      const res = await page(query)
      expect({ query, status: res.status }).toEqual({ query, status: 400 })
      expect(mock.error(res).message).toMatch(CHINESE)
    }
  })

  it('keeps the home strip: the three newest of the same list', async () => {
    const home = (await mock.call<HomeFeedDto>('GET', `${paths.catalogHome}?region=310101&mode=personal`)).body
    expect(home.notices).toEqual((await page('region=310101&limit=3')).body.items)
  })
})

describe('通知公告: one notice', () => {
  it('has a body of a few paragraphs with the hall’s address and phone, and the publisher and date at the end', async () => {
    const res = await detail('310101-n1')
    expect(res.status).toBe(200)
    const notice = res.body
    const summary = (await page('region=310101')).body.items.find((n) => n.id === '310101-n1')
    expect(notice).toMatchObject(summary!)
    expect(notice.body.match(/<p>/g)!.length).toBeGreaterThanOrEqual(3)
    expect(notice.body).not.toMatch(/\{\w+\}/)
    expect(notice.body).toContain(`${notice.department}<br/>`)
    expect(notice.body).toMatch(/2026年\d{1,2}月\d{1,2}日<\/p>$/)
    expect(toRichNodes(notice.body).length).toBeGreaterThanOrEqual(3)
    // Where and whom to call: the district's 行政服务中心 (婚姻登记处 notices name it).
    const marriage = noticeSeeds.find((n) => n.regionCode === '310101' && n.body === 'marriage-saturday')!
    expect((await detail(marriage.id)).body.body).toMatch(/地址：上海市黄浦区[^，。]+号，咨询电话：021-\d{8}/)
  })

  it('carries a 文号 for a government office’s notice, none for others', async () => {
    const withDoc = noticeSeeds.filter((n) => n.docNumber !== null)
    const withoutDoc = noticeSeeds.filter((n) => n.docNumber === null)
    expect(withDoc.length).toBeGreaterThan(5)
    for (const seed of [...withDoc.slice(0, 5), ...withoutDoc.slice(0, 5)]) {
      const notice = (await detail(seed.id)).body
      expect(notice.docNumber).toBe(seed.docNumber)
    }
    expect((await detail('310000-n1')).body.docNumber).toBe('沪府办〔2026〕58号')
    const office = noticeSeeds.find((n) => n.regionCode === '310101' && n.department === '黄浦区人民政府办公室')
    if (office) expect((await detail(office.id)).body.docNumber).toMatch(/^黄府办〔2026〕\d+号$/)
    for (const seed of withDoc) expect(seed.docNumber).toMatch(/^.+〔2026〕\d+号$/)
  })

  it('links the items it concerns, in the notice’s own region (婚姻登记 → that district’s 结婚登记)', async () => {
    const marriage = noticeSeeds.filter((n) => n.body === 'marriage-saturday')
    expect(marriage.length).toBeGreaterThan(0)
    for (const seed of marriage.slice(0, 4)) {
      const notice = (await detail(seed.id)).body
      const item = catalog().byId.get(notice.items[0].id)!
      expect(item.name).toBe('内地居民结婚登记')
      expect(item.regionCode).toBe(seed.regionCode)
    }
    const bills = (await detail('310000-n5')).body.items.map((i) => i.name)
    expect(bills).toEqual(['水费缴纳', '电费缴纳', '燃气费缴纳'])
    expect((await detail('310000-n2')).body.items).toEqual([])
  })

  it('answers 404 NOTICE_NOT_FOUND in Chinese for an unknown notice', async () => {
    const res = await detail('310101-n99')
    expect(res.status).toBe(404)
    expect(mock.error(res)).toEqual({ code: 'NOTICE_NOT_FOUND', message: expect.stringMatching(CHINESE) })
  })
})
