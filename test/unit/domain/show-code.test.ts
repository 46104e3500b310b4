import { LICENCE_PURPOSES } from '../../../src/api/contract/wallet'
import { codeCountdown, LICENCE_PURPOSE_LABELS, watermarkTime } from '../../../src/domain/show-code'

describe('亮证 countdown', () => {
  const issuedAt = Date.UTC(2026, 10, 29, 6, 3, 7)
  const token = { issuedAt, expiresAt: issuedAt + 60_000, refreshInMs: 30_000 }

  it.each([
    ['a fresh token', 0, { secondsToRefresh: 30, secondsToExpiry: 60, refreshDue: false, expired: false }],
    ['29.5 s in: one second left, rounded up', 29_500, { secondsToRefresh: 1, secondsToExpiry: 31, refreshDue: false, expired: false }],
    ['30 s: the next token is due', 30_000, { secondsToRefresh: 0, secondsToExpiry: 30, refreshDue: true, expired: false }],
    ['59.999 s: due, still valid', 59_999, { secondsToRefresh: 0, secondsToExpiry: 1, refreshDue: true, expired: false }],
    ['at expiry', 60_000, { secondsToRefresh: 0, secondsToExpiry: 0, refreshDue: true, expired: true }],
    ['long after expiry (the phone slept)', 600_000, { secondsToRefresh: 0, secondsToExpiry: 0, refreshDue: true, expired: true }],
    ['a clock 2 s behind the server', -2_000, { secondsToRefresh: 32, secondsToExpiry: 62, refreshDue: false, expired: false }],
  ])('%s', (_when, offset, expected) => {
    expect(codeCountdown(token, issuedAt + offset)).toEqual(expected)
  })
})

describe('watermark time (Beijing, whatever the phone says)', () => {
  it.each([
    [Date.UTC(2026, 10, 29, 6, 3, 7), '2026-11-29 14:03:07'],
    [Date.UTC(2026, 11, 31, 15, 59, 59), '2026-12-31 23:59:59'],
    [Date.UTC(2026, 11, 31, 16, 0, 0), '2027-01-01 00:00:00'], // a new year in Beijing, still 12-31 in UTC
    [Date.UTC(2026, 11, 31, 23, 30, 0), '2027-01-01 07:30:00'],
    [Date.UTC(2028, 1, 28, 16, 0, 0), '2028-02-29 00:00:00'],
    [Date.UTC(2026, 0, 1, 0, 0, 0) - 1, '2026-01-01 07:59:59'],
  ])('%d → %s', (now, text) => {
    expect(watermarkTime(now)).toBe(text)
  })

  it('never reads the device time zone (no local Date fields, no Intl)', () => {
    // Jest's sandbox keeps process.env.TZ from reaching the clock, so the local readers are made to fail instead.
    const local = ['getFullYear', 'getMonth', 'getDate', 'getHours', 'getMinutes', 'getSeconds', 'getTimezoneOffset', 'toLocaleString'] as const
    for (const reader of local) {
      jest.spyOn(Date.prototype, reader).mockImplementation(() => {
        throw new Error(`read the device's ${reader}`)
      })
    }
    try {
      expect(watermarkTime(Date.UTC(2026, 11, 31, 16, 0, 0))).toBe('2027-01-01 00:00:00')
    } finally {
      jest.restoreAllMocks()
    }
  })
})

describe('purpose labels', () => {
  it('names every 用途 in Chinese', () => {
    expect(Object.keys(LICENCE_PURPOSE_LABELS).sort()).toEqual([...LICENCE_PURPOSES].sort())
    expect(LICENCE_PURPOSE_LABELS).toEqual({ identity: '身份核验', business: '窗口办事', age: '年龄核验' })
  })
})
