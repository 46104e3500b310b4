import { TypeCompiler } from '@sinclair/typebox/compiler'
import { ItemDetailDto, ItemIdParams, STEP_CODES } from '../../../src/api/contract'
import { catalog } from '../../../mock/catalog/generate'
import { toDetail, type CatalogItem } from '../../../mock/catalog/model'
import { departmentSeeds } from '../../../mock/catalog/seed/departments'
import { E_LICENCES } from '../../../mock/catalog/seed/e-licences'
import { itemSeeds } from '../../../mock/catalog/seed/index'
import { modes } from '../../../mock/fixtures/modes'

/**
 * The data-model rules of the 政务服务事项 catalog, checked on every generated implementation (and the seeds
 * they come from). Each failure lists the offending items by id and name, at most 20 of them.
 */
const { items } = catalog()

/** Problems of each item that breaks the rule, as `id 名称: what`. */
function offenders(rule: (item: CatalogItem) => string | null | false | undefined): string[] {
  const found: string[] = []
  let more = 0
  for (const item of items) {
    const problem = rule(item)
    if (!problem) continue
    if (found.length < 20) found.push(`${item.id} ${item.name}: ${problem}`)
    else more++
  }
  return more ? [...found, `…and ${more} more`] : found
}

const themesOf = new Map(modes.map((m) => [m.id, new Set(m.categories.map((c) => c.id))]))

describe('catalog model: every generated implementation', () => {
  it('网办深度 Ⅳ (全程网办) means no visit', () => {
    expect(offenders((i) => i.onlineDepth === 4 && i.visits > 0 && `depth 4 with ${i.visits} visits`)).toEqual([])
  })

  it('says why a visit is needed exactly when there is one', () => {
    expect(offenders((i) => i.visits > 0 && !i.visitReason?.trim() && `${i.visits} visits without visitReason`)).toEqual([])
    expect(offenders((i) => i.visits === 0 && i.visitReason !== null && 'no visit but a visitReason')).toEqual([])
  })

  it('is offered online (办理形式 网上) exactly when 网办深度 ≥ Ⅲ', () => {
    expect(offenders((i) => i.channels.includes('online') !== i.onlineDepth >= 3 && `channels ${i.channels.join('/')} with depth ${i.onlineDepth}`)).toEqual([])
    expect(offenders((i) => i.online !== i.channels.includes('online') && 'online flag disagrees with channels')).toEqual([])
  })

  it('has 收费标准 and 收费依据 for every fee, and no fee or online payment when free', () => {
    expect(
      offenders((i) =>
        i.fees.free
          ? (i.fees.items.length > 0 || i.fees.onlinePayment) && 'free with fee items or online payment'
          : (i.fees.items.length === 0 || i.fees.items.some((f) => !f.standard.trim() || !f.basis.trim())) && 'a fee without standard or basis',
      ),
    ).toEqual([])
  })

  it('promises 0 days for 即办件 and never more than the legal limit in the same unit', () => {
    expect(offenders((i) => i.kind === 'instant' && i.promisedLimit.value !== 0 && `instant with ${i.promisedLimit.value} days promised`)).toEqual([])
    expect(
      offenders(
        (i) =>
          i.promisedLimit.unit === i.legalLimit.unit &&
          i.promisedLimit.value > i.legalLimit.value &&
          `promised ${i.promisedLimit.value} > legal ${i.legalLimit.value} (${i.legalLimit.unit})`,
      ),
    ).toEqual([])
  })

  it('lists 办理流程 steps in the canonical order, within the promised working days', () => {
    expect(
      offenders((i) => {
        const order = i.process.map((s) => STEP_CODES.indexOf(s.code))
        return order.some((o, n) => n > 0 && o <= order[n - 1]) && `steps ${i.process.map((s) => s.code).join('→')}`
      }),
    ).toEqual([])
    expect(
      offenders((i) => {
        const days = i.process.reduce((sum, s) => sum + s.days, 0)
        return i.promisedLimit.unit === 'working' && days > i.promisedLimit.value && `steps take ${days} working days, ${i.promisedLimit.value} promised`
      }),
    ).toEqual([])
    expect(offenders((i) => i.process.some((s) => !s.department.trim()) && 'a step without a department')).toEqual([])
  })

  it('has a consult phone that is not the complaint line', () => {
    expect(offenders((i) => (!/^0\d{2,3}-\d{7,8}$/.test(i.consultPhone) || i.consultPhone === i.complaintPhone) && `consult ${i.consultPhone}, complaint ${i.complaintPhone}`)).toEqual([])
  })

  it('names a known 电子证照 or none for every material, and the issuing department of government ones', () => {
    const known = new Set(E_LICENCES)
    expect(offenders((i) => i.materials.find((m) => m.eLicence !== null && !known.has(m.eLicence))?.eLicence)).toEqual([])
    expect(offenders((i) => i.materials.find((m) => m.source.kind === 'government' && !m.source.department?.trim())?.name)).toEqual([])
    expect(offenders((i) => new Set(i.materials.map((m) => m.id)).size !== i.materials.length && 'duplicate material ids')).toEqual([])
  })

  it('has themes of its audiences’ modes only, at least one per audience', () => {
    expect(
      offenders((i) => {
        const valid = i.audiences.flatMap((a) => [...themesOf.get(a)!])
        const missing = i.audiences.filter((a) => !i.themes.some((t) => themesOf.get(a)!.has(t)))
        const unknown = i.themes.filter((t) => !valid.includes(t))
        return (missing.length > 0 || unknown.length > 0) && `themes ${i.themes.join(',')} for ${i.audiences.join(',')}`
      }),
    ).toEqual([])
  })

  it('has 跨区域通办 regions exactly when its scope is cross-region', () => {
    expect(offenders((i) => (i.scopeRegions.length > 0) !== (i.scope === 'cross-region') && `scope ${i.scope} with ${i.scopeRegions.length} regions`)).toEqual([])
  })

  it('has unique, URL-safe ids and answers exactly the ItemDetailDto shape', () => {
    const idPattern = TypeCompiler.Compile(ItemIdParams)
    expect(offenders((i) => !idPattern.Check({ id: i.id }) && 'id does not match ItemIdParams')).toEqual([])
    const seen = new Set<string>()
    expect(offenders((i) => (seen.has(i.id) ? 'duplicate id' : (seen.add(i.id), null)))).toEqual([])
    const detail = TypeCompiler.Compile(ItemDetailDto)
    expect(offenders((i) => !detail.Check(toDetail(i, i.seedUsage, false)) && [...detail.Errors(toDetail(i, i.seedUsage, false))][0]?.path)).toEqual([])
  })

  it('has at least 20,000 implementations', () => {
    expect(items.length).toBeGreaterThanOrEqual(20_000)
  })
})

describe('catalog model: the hand-written seeds', () => {
  const byKey = new Map(departmentSeeds.map((d) => [d.key, d]))

  it('has at least 100 base items with unique 基本编码', () => {
    expect(itemSeeds.length).toBeGreaterThanOrEqual(100)
    const codes = itemSeeds.map((s) => s.baseCode)
    expect(codes.filter((c, n) => codes.indexOf(c) !== n)).toEqual([])
    expect(itemSeeds.filter((s) => !/^\d{12}$/.test(s.baseCode)).map((s) => s.name)).toEqual([])
  })

  it('uses at least 25 departments, each with a template for the seed’s level', () => {
    expect(new Set(itemSeeds.map((s) => s.department)).size).toBeGreaterThanOrEqual(25)
    expect(itemSeeds.filter((s) => !byKey.get(s.department)?.names[s.level]).map((s) => `${s.baseCode} ${s.name}: ${s.department} has no ${s.level} office`)).toEqual([])
    const steps = itemSeeds.flatMap((s) => s.process.filter((p) => p.department && !byKey.has(p.department)).map((p) => `${s.name}: step ${p.code} by ${p.department}`))
    expect(steps).toEqual([])
  })

  it('rates popularity 1–100 and dates every item', () => {
    expect(itemSeeds.filter((s) => s.popularity < 1 || s.popularity > 100 || !/^\d{4}-\d{2}-\d{2}$/.test(s.onlineDate)).map((s) => s.name)).toEqual([])
  })
})
