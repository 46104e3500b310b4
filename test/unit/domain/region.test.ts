import { groupRegions, regionLabel } from '../../../src/domain/region'
import { regions } from '../../../mock/fixtures/regions'

describe('regions', () => {
  it('labels the city, a district and a corridor city for the chip', () => {
    expect(regionLabel(regions, '310000')).toBe('上海市')
    expect(regionLabel(regions, '310117')).toBe('上海·松江')
    expect(regionLabel(regions, '310115')).toBe('上海·浦东')
    expect(regionLabel(regions, '330400')).toBe('嘉兴市')
  })

  it('falls back to 上海市 before the config has loaded, and asks otherwise', () => {
    expect(regionLabel([], '310000')).toBe('上海市')
    expect(regionLabel([], '999999')).toBe('选择地区')
  })

  it('groups the 16 districts and the 8 other G60 cities', () => {
    const { home, districts, corridor } = groupRegions(regions)
    expect(home?.name).toBe('上海市')
    expect(districts).toHaveLength(16)
    expect(corridor.map((c) => c.shortName).sort()).toEqual(['合肥', '嘉兴', '宣城', '杭州', '湖州', '芜湖', '苏州', '金华'].sort())
  })
})
