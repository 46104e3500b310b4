import { FAQ_MIN_QUERY, faqIndex, faqSegments, matchFaqs, type FaqEntry } from '../../../src/domain/faq'

const marriage = { id: 'marriage', name: '内地居民结婚登记' }
const divorce = { id: 'divorce', name: '内地居民离婚登记' }
const passport = { id: 'passport', name: '普通护照签发' }
const socialCard = { id: 'card', name: '社会保障卡办理' }
const water = { id: 'water', name: '水费缴纳' }
const build = { id: 'build', name: '建筑工程施工许可证核发' }

const entries: FaqEntry[] = [
  { question: '户口不在上海可以在上海办理结婚登记吗？', answer: '<p>至少一方为本市户籍即可。</p>', item: marriage, keywords: ['结婚登记', '领证', '扯证'] },
  { question: '节假日可以办理吗？', answer: '<p>以预约页面开放的时段为准。</p>', item: marriage, keywords: ['结婚登记', '领证', '扯证'] },
  { question: '结婚登记需要带哪些材料？', answer: '<p>双方的居民身份证、户口簿和合影照片。</p>', item: marriage, keywords: ['结婚登记', '领证', '扯证'] },
  { question: '离婚登记需要带哪些材料？', answer: '<p>双方的身份证、户口簿、结婚证和离婚协议书。</p>', item: divorce, keywords: ['离婚登记', '协议离婚'] },
  { question: '急着出国，可以加急吗？', answer: '<p>可凭出国证明申请加急。</p>', item: passport, keywords: ['办护照', '护照'] },
  { question: '社保卡丢了怎么办？', answer: '<p>先挂失再补办。</p>', item: socialCard, keywords: ['社保卡', '补社保卡'] },
  { question: '缴费后多久到账？', answer: '<p>实时到账。</p>', item: water, keywords: ['交水费', '自来水费'] },
  { question: '领证后多久必须开工？', answer: '<p>三个月内。</p>', item: build, keywords: ['施工许可'] },
]

describe('faq matching', () => {
  it('finds the 结婚登记 FAQ about materials first for 「结婚登记要带什么材料」', () => {
    const [first, ...rest] = matchFaqs('结婚登记要带什么材料', entries)
    expect(first.question).toBe('结婚登记需要带哪些材料？')
    expect(first.item.id).toBe('marriage')
    expect(first.answer).toBe(entries[2].answer)
    // Clearly first: 离婚登记's materials question shares 登记 and 材料, and comes after it.
    expect(rest.every((m) => m.score < first.score)).toBe(true)
    expect(rest.find((m) => m.item.id === 'divorce')?.score ?? 0).toBeLessThan(first.score - 0.1)
  })

  it('scores in (0, 1], best first, and keeps the entry as given', () => {
    const matches = matchFaqs('结婚登记要带什么材料', entries, 10)
    expect(matches.length).toBeGreaterThan(1)
    for (const m of matches) {
      expect(m.score).toBeGreaterThan(0)
      expect(m.score).toBeLessThanOrEqual(1)
    }
    const scores = matches.map((m) => m.score)
    expect([...scores].sort((a, b) => b - a)).toEqual(scores)
    expect(entries).toContainEqual(expect.objectContaining({ question: matches[0].question, item: matches[0].item }))
  })

  it('understands a synonym of the item through its keywords (领证 → 结婚登记)', () => {
    const matches = matchFaqs('领证要带什么', entries)
    expect(matches[0].item.id).toBe('marriage')
    // 领证 in another item's question alone does not outrank the item whose synonym it is.
    const buildAt = matches.findIndex((m) => m.item.id === 'build')
    expect(buildAt === -1 || buildAt > 0).toBe(true)
  })

  it('still finds the item through a typo and a partial question', () => {
    expect(matchFaqs('结昏登记材料', entries)[0]?.item.id).toBe('marriage')
    expect(matchFaqs('社保卡丢', entries)[0]?.question).toBe('社保卡丢了怎么办？')
    expect(matchFaqs('护照加急', entries)[0]?.item.id).toBe('passport')
  })

  it('treats full-width and half-width text and punctuation alike', () => {
    const half = matchFaqs('社保卡丢了?', entries)
    const full = matchFaqs('社保卡丢了？！', entries)
    expect(full).toEqual(half)
    expect(faqSegments('ＡＢＣ１２３，水费')).toEqual(['abc123', '水费'])
    expect(faqSegments('请问结婚登记要带什么材料？')).toEqual(['结婚登记', '带', '材料'])
  })

  it('answers nothing for gibberish, only question words, or fewer than FAQ_MIN_QUERY characters', () => {
    expect(FAQ_MIN_QUERY).toBe(2)
    expect(matchFaqs('阿斯顿发生', entries)).toEqual([])
    expect(matchFaqs('qwerty', entries)).toEqual([])
    expect(matchFaqs('请问怎么办呢', entries)).toEqual([])
    expect(matchFaqs('婚', entries)).toEqual([])
    expect(matchFaqs('  婚  ', entries)).toEqual([])
    expect(matchFaqs('', entries)).toEqual([])
    expect(matchFaqs('结婚', [])).toEqual([])
  })

  it('honours the limit (default 5) and is stable on ties', () => {
    expect(matchFaqs('结婚登记', entries, 1)).toHaveLength(1)
    expect(matchFaqs('结婚登记', entries, 0)).toEqual([])
    const many: FaqEntry[] = Array.from({ length: 8 }, (_, i) => ({ question: `结婚登记问题${i}`, answer: '', item: { id: `m${i}`, name: '内地居民结婚登记' } }))
    const five = matchFaqs('结婚登记', many)
    expect(five).toHaveLength(5)
    // Equal scores keep the entries' order.
    expect(five.map((m) => m.item.id)).toEqual(['m0', 'm1', 'm2', 'm3', 'm4'])
  })

  it('indexes an entries array once and matches thousands of entries quickly', () => {
    const big: FaqEntry[] = []
    for (let i = 0; i < 500; i++) for (const e of entries) big.push({ ...e, question: `${e.question}${i}`, item: { ...e.item, id: `${e.item.id}-${i}` } })
    expect(faqIndex(big)).toBe(faqIndex(big))
    expect(faqIndex(big).size).toBe(4000)
    matchFaqs('结婚', big)
    const started = performance.now()
    for (let i = 0; i < 10; i++) matchFaqs('结婚登记要带什么材料', big)
    expect((performance.now() - started) / 10).toBeLessThan(50)
  })
})
