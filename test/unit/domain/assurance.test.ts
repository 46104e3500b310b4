import { faceIsFresh, formatBeijing, formatFen, requirementFor } from '../../../src/domain/assurance'
import type { UserDto } from '../../../src/api/contract/auth'

const now = Date.parse('2026-11-29T10:00:00Z')
const user = (over: Partial<UserDto> = {}): UserDto => ({
  id: 'u1',
  platform: 'weapp',
  displayName: '微信用户',
  phoneMasked: null,
  realNameVerified: true,
  assurance: 'face',
  realName: { nameMasked: '张*', idNumberMasked: '3101**********1234' },
  faceVerifiedAt: '2026-11-29T09:45:00Z',
  ...over,
})

describe('what a sensitive action needs', () => {
  it('asks to sign in, then to 实名认证, then for a fresh face check', () => {
    expect(requirementFor(null, now)).toBe('sign-in')
    expect(requirementFor(user({ realNameVerified: false, assurance: 'phone', realName: null, faceVerifiedAt: null }), now)).toBe('real-name')
    expect(requirementFor(user({ faceVerifiedAt: '2026-11-29T09:00:00Z' }), now)).toBe('face')
    expect(requirementFor(user(), now)).toBe('ok')
  })

  it('keeps a face check fresh for the configured window only', () => {
    expect(faceIsFresh(user({ faceVerifiedAt: '2026-11-29T09:30:01Z' }), now, 30)).toBe(true)
    expect(faceIsFresh(user({ faceVerifiedAt: '2026-11-29T09:30:00Z' }), now, 30)).toBe(false)
    expect(faceIsFresh(user({ faceVerifiedAt: '2026-11-29T09:30:00Z' }), now, 60)).toBe(true)
    expect(faceIsFresh(user({ faceVerifiedAt: null }), now, 30)).toBe(false)
    expect(faceIsFresh(user({ faceVerifiedAt: 'garbage' }), now, 30)).toBe(false)
    // A timestamp from the future (clock skew beyond a minute) is not trusted.
    expect(faceIsFresh(user({ faceVerifiedAt: '2026-11-29T10:05:00Z' }), now, 30)).toBe(false)
  })
})

describe('amounts', () => {
  it('formats 分 as 元 without floating point', () => {
    expect(formatFen(2000)).toBe('20.00 元')
    expect(formatFen(1)).toBe('0.01 元')
    expect(formatFen(123456789)).toBe('1,234,567.89 元')
  })
})

describe('times', () => {
  it('shows an instant in Beijing time, across midnight too', () => {
    expect(formatBeijing('2026-11-29T02:25:00Z')).toBe('2026-11-29 10:25')
    expect(formatBeijing('2026-11-29T18:30:00.000Z')).toBe('2026-11-30 02:30')
    expect(formatBeijing(null)).toBe('')
    expect(formatBeijing('not a date')).toBe('')
  })
})
