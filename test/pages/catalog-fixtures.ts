/**
 * Catalog data for page tests: realistic builders with overrides. Each call returns fresh objects, so a test
 * may change what it got without touching another test's data.
 *
 *   itemSummary({ name: '居住证办理', visits: 0 })
 *   itemDetail({ online: true, materials: [material({ eLicence: null })] })
 */
import type { ItemDetailDto, ItemSummaryDto, MaterialDto, SubscriptionListDto } from '../../src/api/contract'

/** A list row's item: 内地居民结婚登记 at 黄浦区民政局 (即办, 最多跑一次, 全市通办). */
export function itemSummary(overrides: Partial<ItemSummaryDto> = {}): ItemSummaryDto {
  return {
    id: '310101-000125006000-0001',
    name: '内地居民结婚登记',
    baseCode: '000125006000',
    type: 'confirmation',
    audiences: ['personal'],
    department: { id: 'dept-310101-civil-affairs', name: '黄浦区民政局', shortName: '民政' },
    level: 'district',
    regionCode: '310101',
    regionName: '黄浦区',
    kind: 'instant',
    promisedLimit: { value: 0, unit: 'working', note: '即办，当场颁发结婚证' },
    onlineDepth: 2,
    visits: 1,
    scope: 'city',
    online: false,
    bookable: true,
    usageCount: 12_345,
    onlineDate: '2019-06-01',
    rating: { score: 4.8, count: 321 },
    ...overrides,
  }
}

/** One 申请材料; the default is the 居民身份证, replaceable by its 电子证照. */
export function material(overrides: Partial<MaterialDto> = {}): MaterialDto {
  return {
    id: 'm1',
    name: '居民身份证',
    type: 'certificate',
    forms: ['paper', 'electronic'],
    requirement: 'required',
    source: { kind: 'government', department: '公安机关' },
    originals: 1,
    copies: 0,
    notes: '男女双方各自的有效居民身份证原件，在有效期内。',
    blankForm: null,
    sample: null,
    eLicence: '居民身份证',
    ...overrides,
  }
}

/** The materials of 结婚登记: 3 required (2 replaceable by e-licences), 1 deferrable, 1 optional with forms. */
export function materials(): MaterialDto[] {
  return [
    material(),
    material({ id: 'm2', name: '居民户口簿', notes: '集体户口的可提交加盖公章的户籍证明。', eLicence: '居民户口簿' }),
    material({ id: 'm3', name: '双方近期半身免冠合影照片', type: 'photo', forms: ['paper'], source: { kind: 'applicant', department: null }, originals: 3, notes: '2 寸红底合影 3 张。', eLicence: null }),
    material({
      id: 'm4',
      name: '申请结婚登记声明书',
      type: 'application-form',
      forms: ['paper'],
      requirement: 'deferrable',
      source: { kind: 'applicant', department: null },
      notes: '在登记员面前现场签署，不得代签。',
      blankForm: 'https://mock.tongban.example/forms/000125006000-blank.pdf',
      sample: 'https://mock.tongban.example/forms/000125006000-sample.pdf',
      eLicence: null,
    }),
    material({ id: 'm5', name: '离婚证', requirement: 'optional', source: { kind: 'government', department: '婚姻登记机关' }, originals: 1, copies: 1, notes: '再婚的提供。', eLicence: null }),
  ]
}

/** The full 办事指南 of itemSummary(), with every section filled. */
export function itemDetail(overrides: Partial<ItemDetailDto> = {}): ItemDetailDto {
  return {
    ...itemSummary(),
    aliases: ['结婚登记', '领证'],
    implementationCode: '11310101MB2F0000XA000125006000001',
    version: '2.1',
    themes: ['p-marriage'],
    conditions:
      '<p>申请结婚登记的男女双方应当同时满足：</p><ul><li>男方年满 22 周岁，女方年满 20 周岁；</li><li>双方均无配偶；</li><li>双方自愿结婚，<strong>须双方亲自到场</strong>。</li></ul>',
    legalBasis: [
      { law: '《中华人民共和国民法典》', article: '第一千零四十九条', text: '要求结婚的男女双方应当亲自到婚姻登记机关申请结婚登记。符合本法规定的，予以登记，发给结婚证。完成结婚登记，即确立婚姻关系。未办理结婚登记的，应当补办登记。' },
      { law: '《婚姻登记条例》', article: '第四条', text: '内地居民结婚，男女双方应当共同到一方当事人常住户口所在地的婚姻登记机关办理结婚登记。' },
    ],
    legalLimit: { value: 0, unit: 'working', note: '材料齐全、符合法定形式的，当场办结' },
    channels: ['window'],
    visitReason: '法律规定男女双方须亲自到场，现场核验身份、签署声明并拍照',
    mailable: false,
    scopeRegions: [],
    materials: materials(),
    process: [
      { code: 'receive', name: '预约与收件', department: '黄浦区民政局', days: 0, description: '按预约时间双方到场取号，登记员查验证件。' },
      { code: 'accept', name: '受理', department: '黄浦区民政局', days: 0, description: '双方现场签署声明书。' },
      { code: 'decide', name: '决定', department: '黄浦区民政局', days: 0, description: '符合条件的，当场予以登记。' },
      { code: 'issue', name: '制证颁证', department: '黄浦区民政局', days: 0, description: '当场打印结婚证。' },
    ],
    fees: {
      free: false,
      items: [{ name: '结婚证工本费', standard: '每本 9 元', basis: '发改价格〔2019〕914 号', reducible: false, note: '部分地区已免收，以现场为准' }],
      onlinePayment: true,
    },
    locations: [
      { name: '黄浦区婚姻登记处', address: '上海市黄浦区南京东路 100 号 2 楼', hours: '周一至周五 9:00–17:00（法定节假日除外）', transport: '地铁 2 号线、10 号线南京东路站 3 号口' },
    ],
    consultPhone: '021-63210000',
    complaintPhone: '12345',
    result: { kind: 'licence', name: '中华人民共和国结婚证', sample: null },
    faq: [
      { question: '户口不在上海可以办理吗？', answer: '<p>男女双方中至少一方为本市户籍的，可在本市任一婚姻登记处办理。</p>' },
      { question: '节假日可以办理吗？', answer: '<p>部分登记处在 <strong>5 月 20 日</strong> 等日期延时办理，以预约页面为准。</p>' },
    ],
    subscribed: false,
    ...overrides,
  }
}

/** The server's answer to subscribe / unsubscribe: the user's list after the change. */
export const subscriptionList = (items: ItemSummaryDto[] = []): SubscriptionListDto => ({ items, max: 30 })
