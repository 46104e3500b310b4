/**
 * 一件事 data for page tests: 我要开餐饮店 resolved in a district, with builders and overrides. Each call returns
 * fresh objects.
 *
 *   restaurant()                         five questions, five steps over two stages
 *   restaurant({ regionCode: '310000' }) as resolved for the city (district items null)
 */
import type { ItemSummaryDto, MaterialDto, ScenarioDto, ScenarioHitDto, ScenarioStepDto } from '../../src/api/contract'
import { itemSummary, material } from './catalog-fixtures'

const dept = (key: string, name: string, shortName: string) => ({ id: `dept-310101-${key}`, name, shortName })

/** An implementation of a step in 黄浦区 */
const item = (o: Partial<ItemSummaryDto>): ItemSummaryDto =>
  itemSummary({ audiences: ['enterprise'], kind: 'promised', onlineDepth: 4, visits: 0, online: true, scope: 'city', ...o })

export function step(o: Partial<ScenarioStepDto> & Pick<ScenarioStepDto, 'key' | 'name'>): ScenarioStepDto {
  return { baseCode: o.key.slice(0, 12), variant: null, stage: 1, when: null, why: '开餐饮店都要办', item: null, materials: [], result: { kind: 'approval', name: o.name }, ...o }
}

const idCard = (): MaterialDto => material({ id: 'id', name: '法定代表人身份证', eLicence: '居民身份证' })
const businessLicence = (): MaterialDto => material({ id: 'bl', name: '营业执照', eLicence: '营业执照', source: { kind: 'government', department: '市场监管局' } })
const lease = (): MaterialDto => material({ id: 'lease', name: '经营场所使用证明', type: 'other', forms: ['paper'], source: { kind: 'applicant', department: null }, eLicence: null })

export function restaurantSteps(): ScenarioStepDto[] {
  return [
    step({
      key: '000201001000-0',
      name: '企业设立登记',
      stage: 1,
      why: '开餐饮店须先取得营业执照',
      item: item({ id: 'it-licence', name: '企业设立登记', baseCode: '000201001000', department: dept('market', '黄浦区市场监管局', '市场监管'), promisedLimit: { value: 3, unit: 'working', note: '' } }),
      materials: [idCard(), lease()],
      result: { kind: 'licence', name: '营业执照' },
    }),
    step({
      key: '000201002000-0',
      name: '食品经营许可（新办）',
      variant: '新办',
      stage: 2,
      why: '店内制售食品',
      item: item({ id: 'it-food', name: '食品经营许可（新办）', baseCode: '000201002000', department: dept('market', '黄浦区市场监管局', '市场监管'), promisedLimit: { value: 10, unit: 'working', note: '' } }),
      materials: [idCard(), businessLicence(), lease()],
    }),
    step({
      key: '000201003000-0',
      name: '酒类商品零售许可',
      stage: 2,
      when: { all: [{ question: 'alcohol', op: 'in', values: ['yes'] }] },
      why: '因为店内销售酒类',
      item: item({ id: 'it-alcohol', name: '酒类商品零售许可', baseCode: '000201003000', department: dept('commerce', '黄浦区商务委员会', '商务'), visits: 1, onlineDepth: 3, promisedLimit: { value: 5, unit: 'working', note: '' } }),
      materials: [businessLicence()],
    }),
    step({
      key: '000201004000-0',
      name: '公众聚集场所投入使用、营业前消防安全检查',
      stage: 2,
      when: { all: [{ question: 'seats', op: 'gte', value: 100 }] },
      why: '餐位较多，属于公众聚集场所',
      item: item({ id: 'it-fire', name: '公众聚集场所投入使用、营业前消防安全检查', baseCode: '000201004000', department: dept('fire', '黄浦区消防救援支队', '消防'), online: false, bookable: true, onlineDepth: 2, visits: 1, promisedLimit: { value: 14, unit: 'natural', note: '' } }),
    }),
    step({
      key: '000201005000-0',
      name: '户外招牌设置审批',
      stage: 2,
      when: { all: [{ question: 'services', op: 'in', values: ['signboard'] }] },
      why: '因为要在店外设置招牌',
      item: null,
    }),
  ]
}

/** 我要开餐饮店: 是否售酒 (是/否) → 经营方式 (堂食 / 仅外卖) → 餐位数 (堂食 only, 1–2000 个) → 其他情形 (多选) → 员工人数. */
export function restaurant(o: Partial<ScenarioDto> = {}): ScenarioDto {
  return {
    id: 'open-restaurant',
    title: '我要开餐饮店',
    summary: '营业执照、食品经营许可一次办',
    mode: 'enterprise',
    icon: 'building',
    itemCount: 5,
    version: 2,
    description: ['适用于在本市新开餐馆、小吃店、饮品店的个人和企业。', '一次填写、一次提交，营业执照办结后自动进入食品经营许可等事项的审批。'],
    regionCode: '310101',
    regionName: '黄浦区',
    questions: [
      { id: 'alcohol', kind: 'yes-no', title: '店内是否销售酒类？', help: '含啤酒、葡萄酒等，仅堂食佐餐也算' },
      {
        id: 'dining',
        kind: 'single',
        title: '经营方式',
        options: [
          { value: 'dine-in', label: '堂食', help: '店内设座位' },
          { value: 'takeout', label: '仅外卖' },
        ],
      },
      { id: 'seats', kind: 'number', title: '店铺有多少个餐位？', min: 1, max: 2000, unit: '个', showIf: { all: [{ question: 'dining', op: 'in', values: ['dine-in'] }] } },
      {
        id: 'services',
        kind: 'multi',
        title: '还有以下哪些情形？',
        options: [
          { value: 'signboard', label: '店外设置招牌' },
          { value: 'delivery', label: '自建外卖配送' },
        ],
      },
      { id: 'staff', kind: 'number', title: '有多少名员工？', min: 1, max: 500, unit: '人' },
    ],
    steps: restaurantSteps(),
    ...o,
  }
}

/** The same scenario resolved for a region that has districts: the district-level items are not implemented there. */
export const restaurantInCity = () => restaurant({ regionCode: '310000', regionName: '上海市', steps: restaurantSteps().map((s) => ({ ...s, item: null })) })

export const restaurantHit = (o: Partial<ScenarioHitDto> = {}): ScenarioHitDto => ({
  id: 'open-restaurant',
  title: '我要开餐饮店',
  summary: '营业执照、食品经营许可一次办',
  mode: 'enterprise',
  icon: 'building',
  itemCount: 5,
  ...o,
})

export const weddingHit = (o: Partial<ScenarioHitDto> = {}): ScenarioHitDto => ({
  id: 'get-married',
  title: '我要结婚',
  summary: '结婚登记、户口迁移、公积金变更一次办',
  mode: 'personal',
  icon: 'ring',
  itemCount: 4,
  ...o,
})
