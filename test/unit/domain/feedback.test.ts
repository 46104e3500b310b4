import {
  COMPLAINT_CATEGORIES,
  CONSULT_CATEGORIES,
  CONTACT_PREFERENCES,
  FEEDBACK_KINDS,
  FEEDBACK_LIMITS,
  FEEDBACK_STATUSES,
  FeedbackPageDto,
  REPORT_CATEGORIES,
} from '../../../src/api/contract/feedback'
import { Value } from '@sinclair/typebox/value'
import {
  CATEGORY_LABELS,
  COMPLAINT_CATEGORY_LABELS,
  CONSULT_CATEGORY_LABELS,
  CONTACT_LABELS,
  FEEDBACK_CONTENT_MAX,
  FEEDBACK_CONTENT_MIN,
  FEEDBACK_KIND_LABELS,
  FEEDBACK_MAX_ATTACHMENTS,
  FEEDBACK_STATUS_LABELS,
  FEEDBACK_STATUS_ORDER,
  RATING_COMMENT_MAX,
  REPORT_CATEGORY_LABELS,
  SATISFACTION_LABELS,
  categoryLabel,
  cleanPageParams,
  contentLength,
  feedbackSteps,
  firstFeedbackError,
  normaliseRoute,
  pageParamsFromQuery,
  pageParamsToQuery,
  reportTitle,
  validateFeedbackDraft,
} from '../../../src/domain/feedback'

describe('labels', () => {
  it('word every value of the contract, in the contract order', () => {
    expect(Object.keys(FEEDBACK_KIND_LABELS)).toEqual([...FEEDBACK_KINDS])
    expect(Object.keys(FEEDBACK_STATUS_LABELS)).toEqual([...FEEDBACK_STATUSES])
    expect(FEEDBACK_STATUS_ORDER).toEqual([...FEEDBACK_STATUSES])
    expect(Object.keys(CONSULT_CATEGORY_LABELS)).toEqual([...CONSULT_CATEGORIES])
    expect(Object.keys(COMPLAINT_CATEGORY_LABELS)).toEqual([...COMPLAINT_CATEGORIES])
    expect(Object.keys(REPORT_CATEGORY_LABELS)).toEqual([...REPORT_CATEGORIES])
    expect(Object.keys(CONTACT_LABELS)).toEqual([...CONTACT_PREFERENCES])
    expect(Object.values(FEEDBACK_STATUS_LABELS)).toEqual(['已收到', '处理中', '已答复', '已办结'])
    expect(Object.values(SATISFACTION_LABELS)).toEqual(['非常不满意', '不满意', '基本满意', '满意', '非常满意'])
  })

  it('keeps the client limits equal to the contract', () => {
    expect([FEEDBACK_CONTENT_MIN, FEEDBACK_CONTENT_MAX, FEEDBACK_MAX_ATTACHMENTS, RATING_COMMENT_MAX]).toEqual([
      FEEDBACK_LIMITS.content.min,
      FEEDBACK_LIMITS.content.max,
      FEEDBACK_LIMITS.attachments,
      FEEDBACK_LIMITS.ratingComment,
    ])
  })

  it('names a category per kind, 其他 for a value it does not know', () => {
    expect(categoryLabel('complaint', 'extra-materials')).toBe('多要材料')
    expect(categoryLabel('report', 'guide-wrong')).toBe('指南信息有误')
    expect(categoryLabel('consult', 'fees')).toBe('收费')
    expect(categoryLabel('complaint', 'guide-wrong')).toBe('其他')
    expect(CATEGORY_LABELS.report).toBe(REPORT_CATEGORY_LABELS)
  })
})

describe('validateFeedbackDraft', () => {
  const ok = { category: 'materials', content: '需要带户口本吗？', contact: 'message' as const, attachments: 0 }

  it('passes a complete draft', () => {
    expect(validateFeedbackDraft('consult', ok, { phoneBound: false })).toEqual({})
    expect(firstFeedbackError({})).toBeNull()
  })

  it('asks for a category of the kind (another kind’s does not count)', () => {
    expect(validateFeedbackDraft('consult', { ...ok, category: null }, { phoneBound: true }).category).toBe('请选择咨询类别')
    expect(validateFeedbackDraft('complaint', { ...ok, category: 'materials' }, { phoneBound: true }).category).toBe('请选择投诉类别')
    expect(validateFeedbackDraft('report', { ...ok, category: null }, { phoneBound: true }).category).toBe('请选择问题类型')
  })

  it('counts characters after trimming, an emoji as one, and says how many are missing or over', () => {
    expect(contentLength('  结婚登记  ')).toBe(4)
    expect(contentLength('办好了👍')).toBe(4)
    expect(validateFeedbackDraft('consult', { ...ok, content: '   ' }, { phoneBound: true }).content).toBe('请填写您的问题')
    expect(validateFeedbackDraft('complaint', { ...ok, category: 'attitude', content: '' }, { phoneBound: true }).content).toBe('请填写投诉内容')
    expect(validateFeedbackDraft('consult', { ...ok, content: ' 户口本 ' }, { phoneBound: true }).content).toBe('请至少填写 5 个字，还差 2 个字')
    expect(validateFeedbackDraft('consult', { ...ok, content: '问'.repeat(5) }, { phoneBound: true }).content).toBeUndefined()
    expect(validateFeedbackDraft('consult', { ...ok, content: '问'.repeat(500) }, { phoneBound: true }).content).toBeUndefined()
    expect(validateFeedbackDraft('consult', { ...ok, content: '问'.repeat(503) }, { phoneBound: true }).content).toBe('最多 500 个字，已超出 3 个字')
  })

  it('refuses 电话回访 without a bound phone', () => {
    expect(validateFeedbackDraft('complaint', { ...ok, category: 'attitude', contact: 'phone' }, { phoneBound: false }).contact).toBe('您的账号未绑定手机号，无法电话回访，请选择站内消息')
    expect(validateFeedbackDraft('complaint', { ...ok, category: 'attitude', contact: 'phone' }, { phoneBound: true }).contact).toBeUndefined()
  })

  it('limits attachments to the page’s own limit, never above the contract’s', () => {
    expect(validateFeedbackDraft('report', { ...ok, category: 'display', attachments: 2 }, { phoneBound: true, maxAttachments: 1 }).attachments).toBe('最多上传 1 个附件')
    expect(validateFeedbackDraft('complaint', { ...ok, category: 'fees', attachments: 5 }, { phoneBound: true, maxAttachments: 9 }).attachments).toBe('最多上传 4 个附件')
    expect(validateFeedbackDraft('complaint', { ...ok, category: 'fees', attachments: 4 }, { phoneBound: true }).attachments).toBeUndefined()
  })

  it('reports the first problem in the order of the form', () => {
    const errors = validateFeedbackDraft('complaint', { category: null, content: '', contact: 'phone', attachments: 0 }, { phoneBound: false })
    expect(Object.keys(errors).sort()).toEqual(['category', 'contact', 'content'])
    expect(firstFeedbackError(errors)).toBe('请选择投诉类别')
    expect(firstFeedbackError({ contact: 'c', content: 'b' })).toBe('b')
  })
})

describe('feedbackSteps', () => {
  const timeline = [
    { status: 'handling' as const, at: 300, note: '已转交黄浦区民政局办理' },
    { status: 'received' as const, at: 100, note: '已收到' },
    { status: 'handling' as const, at: 200, note: '已受理' },
  ]

  it('marks the steps behind, at and ahead of the status, each with its first time and its notes in order', () => {
    const steps = feedbackSteps('handling', timeline)
    expect(steps.map((s) => [s.label, s.state, s.at])).toEqual([
      ['已收到', 'done', 100],
      ['处理中', 'current', 200],
      ['已答复', 'todo', null],
      ['已办结', 'todo', null],
    ])
    expect(steps[1].events.map((e) => e.note)).toEqual(['已受理', '已转交黄浦区民政局办理'])
  })

  it('counts a skipped step as done without a time', () => {
    const steps = feedbackSteps('answered', [{ status: 'received', at: 1, note: '' }, { status: 'answered', at: 5, note: '已答复' }])
    expect(steps.map((s) => [s.state, s.at])).toEqual([
      ['done', 1],
      ['done', null],
      ['current', 5],
      ['todo', null],
    ])
  })
})

describe('the reported page', () => {
  it('normalises a route: leading slash, no query or hash, or null when it is not a page path', () => {
    expect(normaliseRoute('packages/catalog/pages/guide/index')).toBe('/packages/catalog/pages/guide/index')
    expect(normaliseRoute('/packages/catalog/pages/guide/index?stamp=3&id=1')).toBe('/packages/catalog/pages/guide/index')
    expect(normaliseRoute('/pages/home/index#top')).toBe('/pages/home/index')
    expect(normaliseRoute('')).toBeNull()
    expect(normaliseRoute('/pages/<script>/index')).toBeNull()
  })

  it('keeps the page’s own parameters decoded once, without the hosts’ or empty ones, within the limits', () => {
    expect(cleanPageParams({ id: '310101-0001', $taroTimestamp: '17', stamp: '2', q: '%E7%BB%93%E5%A9%9A', empty: '', none: undefined })).toEqual({ id: '310101-0001', q: '结婚' })
    expect(cleanPageParams({ q: '100%' })).toEqual({ q: '100%' })
    const many = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`p${i}`, 'x'.repeat(200)]))
    const kept = cleanPageParams(many)
    expect(Object.keys(kept)).toHaveLength(8)
    expect(kept.p0).toHaveLength(120)
  })

  it('carries the parameters as one query value and back, special characters included', () => {
    const params = { id: '310101-000125006000-0001', q: '结婚 & 离婚=?' }
    const query = pageParamsToQuery(params)
    expect(query).not.toContain(' ')
    expect(pageParamsFromQuery(query)).toEqual(params)
    expect(pageParamsFromQuery('')).toEqual({})
    expect(pageParamsFromQuery('flag&a=1')).toEqual({ a: '1' })
  })

  it('produces what FeedbackPageDto accepts', () => {
    const page = {
      route: normaliseRoute('packages/catalog/pages/search/index?stamp=1')!,
      params: cleanPageParams({ q: '%E9%A2%86%E8%AF%81', stamp: '1' }),
      title: reportTitle('搜'.repeat(60)),
    }
    expect(Value.Check(FeedbackPageDto, page)).toBe(true)
    expect(reportTitle('  ')).toBe('通办')
  })
})
