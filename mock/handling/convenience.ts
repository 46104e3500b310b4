import type { AnswersDto } from '../../src/api/contract'
import { formatFen } from '../../src/domain/assurance'
import { beijingDate, isWorkingDay } from '../../src/domain/working-days'
import { hash } from '../catalog/hash'
import type { CatalogItem } from '../catalog/model'
import { catalogIndex } from '../catalog/query'
import { cityOf } from '../catalog/seed/regions'
import type { MockContext } from '../context'
import { httpError } from '../http/errors'
import { unpaidFee } from '../payment/application-fees'
import type { FeeRecord } from '../payment/state'
import type { UserRecord } from '../store'
import { accepted, applicationsStateOf, recordEvent, type ApplicationRecord } from './applications'
import {
  CONTRACT_STATUS_LABELS,
  TRAVEL_CONTRACTS,
  UTILITY_ACCOUNTS,
  UTILITY_COMPANY,
  UTILITY_INFO,
  type TravelContract,
  type Utility,
  type UtilityAccount,
} from './convenience-data'

/**
 * 便民服务 through the ordinary machinery (form → 办件 → 缴费 → 办结), with what each service's own system does:
 *
 * - 外币兑换预约: the amount must fit the 年度便利化额度 (等值 5 万美元) and the pickup day be a 工作日; the branch
 *   and time are booked through 预约, and the scripted back office approves it like any 即办件.
 * - 旅游电子合同查询: the contract is looked up at submission (400 on the field when there is none for that
 *   tourist, as the platform's own query says at once); the application is 即办 and approved in the same
 *   request, the contracts' status in the 办结 note.
 * - 水费 / 电费 / 燃气费缴纳: the 户号 is looked up at submission (unknown, 银行代扣 or already paid: 400 on the
 *   field); the bill becomes the application's fee (paid before review, payee the utility); a verified payment
 *   settles it at once: 办结 with the 缴费凭证.
 */

const FX = '100200270000'
const TRAVEL = '100200280000'
const UTILITY_BY_BASE: Record<string, Utility> = { '100200300000': 'water', '100200310000': 'power', '100200320000': 'gas' }

/** Yuan per unit of foreign currency, for the quota check only (the bank's rate of the day applies). */
const USD_PER_UNIT: Record<string, number> = { USD: 1, EUR: 1.08, JPY: 0.0067, HKD: 0.128, GBP: 1.27, KRW: 0.00073, AUD: 0.65, THB: 0.028 }
const FX_QUOTA_USD = 50_000

interface ConvenienceState {
  /** `<户号>:<YYYY-MM>` → the application that paid that bill */
  paidBills: Record<string, string>
  /** `<户号>:<YYYY-MM>` → the application whose fee for it is (or was) waiting to be paid */
  pendingBills: Record<string, string>
}

const stateOf = (ctx: MockContext) => ctx.store.slice<ConvenienceState>('convenience', () => ({ paidBills: {}, pendingBills: {} }))

const invalid = (field: string, message: string) => httpError(400, 'INVALID_ANSWERS', message, { fields: { [field]: message } })
const text = (answers: AnswersDto, id: string) => (typeof answers[id] === 'string' ? (answers[id] as string).trim() : '')

// ---------------------------------------------------------------------------------------------- bills

export interface Bill {
  account: UtilityAccount
  /** YYYY-MM, the month billed */
  period: string
  /** 2026年12月 */
  periodLabel: string
  usage: number
  amountFen: number
  company: string
}

/** 2101013001 → 2101****01 */
export const maskAccount = (no: string) => `${no.slice(0, 4)}****${no.slice(-2)}`

/** The month before the current Beijing month. */
function billedMonth(now: number): { period: string; label: string } {
  const [y, m] = beijingDate(now).split('-').map(Number)
  const year = m === 1 ? y - 1 : y
  const month = m === 1 ? 12 : m - 1
  return { period: `${year}-${String(month).padStart(2, '0')}`, label: `${year}年${month}月` }
}

/** This month's bill of an account of the item's utility and city, or null when the utility has no such 户号. */
export function billFor(now: number, item: CatalogItem, accountNo: string): Bill | null {
  const utility = UTILITY_BY_BASE[item.baseCode]
  const city = cityOf(item.regionCode)?.code
  const account = UTILITY_ACCOUNTS.find((a) => a.accountNo === accountNo && a.utility === utility && a.cityCode === city)
  const company = city ? UTILITY_COMPANY[city]?.[utility] : undefined
  if (!utility || !account || !company) return null
  const { period, label } = billedMonth(now)
  // Usage varies by month around the account's typical figure (±25 %).
  const usage = Math.max(1, Math.round(account.usage * (0.75 + (hash(`${accountNo}:${period}`) % 51) / 100)))
  return { account, period, periodLabel: label, usage, amountFen: Math.round(usage * UTILITY_INFO[utility].price * 100), company }
}

const billKey = (bill: Bill) => `${bill.account.accountNo}:${bill.period}`

/** Another application's fee for the same bill still waiting to be paid. */
function pendingElsewhere(ctx: MockContext, bill: Bill): boolean {
  const appId = stateOf(ctx).pendingBills[billKey(bill)]
  const other = appId ? applicationsStateOf(ctx).byId[appId] : undefined
  return !!other && unpaidFee(ctx, other.feeIds) !== null
}

// ---------------------------------------------------------------------------------------------- contracts

const sameId = (a: string, b: string) => a.toUpperCase() === b.toUpperCase()

/** The contracts the query finds: by number (the tourist must be listed), or all of the applicant's own. */
export function contractsFor(answers: AnswersDto): TravelContract[] {
  const contractNo = text(answers, 'contractNo').toUpperCase()
  const name = text(answers, 'touristName')
  const idNumber = text(answers, 'touristIdNumber')
  const listed = (c: TravelContract) => c.tourists.some((t) => t.name === name && sameId(t.idNumber, idNumber))
  return TRAVEL_CONTRACTS.filter((c) => (!contractNo || c.contractNo === contractNo) && listed(c))
}

const describeContract = (c: TravelContract) =>
  `合同编号 ${c.contractNo}：${c.agency}「${c.route}」，出发日期 ${c.departure}，合同状态：${CONTRACT_STATUS_LABELS[c.status]}`

// ---------------------------------------------------------------------------------------------- hooks

/**
 * Checks a 便民服务 submission against the service's records, after the form's own validation (400
 * INVALID_ANSWERS on the field, as for any other answer). Other items pass untouched.
 */
export function checkConvenienceAnswers(ctx: MockContext, user: UserRecord, item: CatalogItem, answers: AnswersDto): void {
  if (item.baseCode === FX) {
    const rate = USD_PER_UNIT[text(answers, 'currency')] ?? 1
    const amount = typeof answers.foreignAmount === 'number' ? answers.foreignAmount : 0
    if (amount * rate > FX_QUOTA_USD) throw invalid('foreignAmount', '超出个人年度便利化购汇额度（等值 5 万美元），超出部分请持真实交易凭证到银行柜台办理')
    const pickup = text(answers, 'pickupDate')
    if (pickup && !isWorkingDay(pickup)) throw invalid('pickupDate', '取钞日期须为银行营业的工作日')
    return
  }
  if (item.baseCode === TRAVEL) {
    const self = user.realName
    const own = !!self && self.name === text(answers, 'touristName') && sameId(self.idNumber, text(answers, 'touristIdNumber'))
    if (!own && !text(answers, 'contractNo')) throw invalid('contractNo', '查询他人的合同，须填写合同编号')
    if (contractsFor(answers).length === 0) {
      throw invalid('contractNo', '未查询到与游客信息相符的旅游电子合同，请核对合同编号和游客信息，或联系旅行社确认合同已上传')
    }
    return
  }
  if (UTILITY_BY_BASE[item.baseCode]) {
    const bill = billFor(ctx.clock.now(), item, text(answers, 'accountNo'))
    if (!bill) throw invalid('accountNo', '未查询到该户号，请核对账单上的户号')
    if (bill.account.directDebit) throw invalid('accountNo', '该户号已签约银行代扣，本期费用将自动扣缴，无需在线缴费')
    if (stateOf(ctx).paidBills[billKey(bill)]) throw invalid('accountNo', `该户号${bill.periodLabel}账单已缴清，无需重复缴费`)
    if (pendingElsewhere(ctx, bill)) throw invalid('accountNo', '该户号本期账单已有待支付的缴费，请在「我的办件」中继续支付')
  }
}

/** A utility application's fee: the bill (paid before review, to the utility). Null for any other item. */
export function billFeeOf(ctx: MockContext, a: ApplicationRecord): { title: string; amountFen: number; basis: string; department: string } | null {
  const item = catalogIndex().catalog.byId.get(a.itemId)
  const utility = item && UTILITY_BY_BASE[item.baseCode]
  if (!item || !utility) return null
  const bill = billFor(a.submittedAt, item, text(a.answers, 'accountNo'))
  if (!bill) return null
  stateOf(ctx).pendingBills[billKey(bill)] = a.id
  const info = UTILITY_INFO[utility]
  return {
    title: `${bill.periodLabel}${info.name}（户号 ${maskAccount(bill.account.accountNo)}）`,
    amountFen: bill.amountFen,
    basis: `${info.tier}；本期用量 ${bill.usage} ${info.unit}`,
    department: bill.company,
  }
}

/** 受理 → 办理 → 办结（通过） in one step, without a 消息 for the steps between. The caller saves. */
function settle(ctx: MockContext, a: ApplicationRecord, item: CatalogItem, note: string, message: string) {
  const by = a.department
  if (a.status === 'submitted') accepted(ctx, a, { by, note: '即办件，当场受理', message: null })
  if (a.status === 'accepted') recordEvent(ctx, a, 'processing', { by, note: null, message: null })
  if (a.status !== 'processing') return
  a.result = { kind: item.result.kind, name: item.result.name, licenceId: null }
  recordEvent(ctx, a, 'approved', { by, note, message })
}

/** Right after a submission: a 旅游电子合同查询 is answered at once. */
export function settleOnSubmit(ctx: MockContext, a: ApplicationRecord): void {
  const item = catalogIndex().catalog.byId.get(a.itemId)
  if (!item || item.baseCode !== TRAVEL) return
  const found = contractsFor(a.answers)
  if (found.length === 0) return
  settle(ctx, a, item, `查询到 ${found.length} 份旅游电子合同：${found.map(describeContract).join('；')}`, `您查询的旅游电子合同已出结果：${found.map((c) => `${c.contractNo} ${CONTRACT_STATUS_LABELS[c.status]}`).join('，')}`)
}

/** After a verified payment: a utility bill's application ends 办结 with its 缴费凭证. */
export function settleOnPayment(ctx: MockContext, fee: FeeRecord): void {
  const a = fee.applicationId ? applicationsStateOf(ctx).byId[fee.applicationId] : undefined
  const item = a && catalogIndex().catalog.byId.get(a.itemId)
  const utility = item && UTILITY_BY_BASE[item.baseCode]
  if (!a || !item || !utility || !a.feeIds.includes(fee.id)) return
  const bill = billFor(a.submittedAt, item, text(a.answers, 'accountNo'))
  if (bill) stateOf(ctx).paidBills[billKey(bill)] = a.id
  const name = UTILITY_INFO[utility].name
  const voucher = `JF${beijingDate(fee.paidAt ?? ctx.clock.now()).replace(/-/g, '')}${String(hash(fee.id) % 1_000_000).padStart(6, '0')}`
  const what = bill ? `${bill.periodLabel}${name}` : name
  settle(
    ctx,
    a,
    item,
    `已缴纳${what} ${formatFen(fee.amountFen)}，电子缴费凭证号 ${voucher}`,
    `您已成功缴纳${what} ${formatFen(fee.amountFen)}，电子缴费凭证可在「我的办件」中查看`,
  )
}
