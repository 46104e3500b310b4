import { brokenInvariants, runSoak, type SoakReport } from '../../../scripts/soak-lib'
import { faultedTotal } from '../../../scripts/soak-faults'
import { isClearChinese } from '../../../scripts/soak-user'

/**
 * A short fault soak (scripts/soak-lib.ts; `npm run soak` runs a long one): 12 whole journeys with a fixed seed
 * through the app's API client against the mock, a quarter of all requests slowed, failed or dropped (before or
 * after the server acted), and the same invariants as the script.
 */
let report: SoakReport
beforeAll(async () => {
  report = await runSoak({ journeys: 12, seed: 20260105, concurrency: 4, faultShare: 0.25 })
}, 120_000)

describe('fault soak (12 journeys, seed 20260105)', () => {
  it('faults at least a fifth of all requests, of every kind', () => {
    expect(faultedTotal(report.requests) / report.requests.requests).toBeGreaterThanOrEqual(0.2)
    expect(Object.values(report.requests.faulted).every((n) => n > 0)).toBe(true)
  })

  it('completes every journey with exactly one application each, counted on the server', () => {
    expect(report.gaveUp).toEqual([])
    expect(report.completed).toBe(12)
    expect(report.applicationsCreated).toBe(12)
    expect(report.duplicateApplications).toBe(0)
  })

  it('loses no draft, charges no fee twice, double-books no appointment', () => {
    expect(report.draftsLost).toBe(0)
    expect(report.paymentsChargedTwice).toBe(0)
    expect(report.appointmentsDoubleBooked).toBe(0)
  })

  it('shows the user only clear Chinese messages', () => {
    expect(report.errorsSeen.length).toBeGreaterThan(0)
    expect(report.unclearErrors).toEqual([])
    expect(brokenInvariants(report)).toEqual([])
  })
})

describe('brokenInvariants', () => {
  it('names each broken invariant', () => {
    const bad: SoakReport = { ...report, completed: 11, applicationsCreated: 13, duplicateApplications: 1, draftsLost: 1, paymentsChargedTwice: 1, appointmentsDoubleBooked: 1, unclearErrors: [{ step: '提交申请', message: 'Error 500' }] }
    expect(brokenInvariants(bad)).toEqual([
      'journeys completed 11 of 12',
      'applications 13 ≠ journeys that submitted 12',
      'duplicate applications 1',
      'drafts lost 1',
      'payments charged twice 1',
      'appointments double-booked 1',
      'unclear error messages 1',
    ])
  })
})

describe('isClearChinese', () => {
  it('accepts the app’s messages and refuses codes, stacks, statuses and English', () => {
    expect(isClearChinese('网络连接失败，请检查网络后重试')).toBe(true)
    expect(isClearChinese('文件超过 5 MB，请压缩后重新上传')).toBe(true)
    expect(isClearChinese('Network Error')).toBe(false)
    expect(isClearChinese('请求失败 503')).toBe(false)
    expect(isClearChinese('不支持的参数 updatedAt')).toBe(false)
    expect(isClearChinese('CODE_USED 验证码已使用')).toBe(false)
    expect(isClearChinese('出错了\n    at send (client.ts:1)')).toBe(false)
  })
})
