import { spokenName } from '../../../src/domain/spoken'

describe('spokenName', () => {
  it('joins what a card shows, in order, with a pause between the parts', () => {
    expect(spokenName('居民身份证', '有效', '持证人 孙**')).toBe('居民身份证，有效，持证人 孙**')
  })

  it('skips parts that are not shown', () => {
    expect(spokenName('社会保障卡办理', null, undefined, false, '  ', '已接件')).toBe('社会保障卡办理，已接件')
  })
})
