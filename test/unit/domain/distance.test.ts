import { distanceText } from '../../../src/domain/distance'

describe('distanceText', () => {
  it('reads metres under a kilometre', () => {
    expect(distanceText(0)).toBe('0 米')
    expect(distanceText(850)).toBe('850 米')
    expect(distanceText(999)).toBe('999 米')
  })

  it('reads kilometres with one decimal, dropping a trailing .0', () => {
    expect(distanceText(1000)).toBe('1 公里')
    expect(distanceText(1240)).toBe('1.2 公里')
    expect(distanceText(12960)).toBe('13 公里')
  })
})
