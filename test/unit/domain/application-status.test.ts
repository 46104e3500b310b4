import { APPLICATION_STATUSES, REVIEW_ACTIONS, type ApplicationStatus } from '../../../src/api/contract'
import { REVIEW_TARGET, STATUS_CODE, STATUS_LABEL, TRANSITIONS, canBeRated, canTransition, canWithdraw, filterOf, isEnded } from '../../../src/domain/application-status'

describe('办件 status machine', () => {
  it('gives every status its national code and a Chinese label', () => {
    expect(APPLICATION_STATUSES.map((s) => STATUS_CODE[s])).toEqual([1, 3, 5, 6, 8, 9, 11, 12, 13, 14, 15])
    for (const s of APPLICATION_STATUSES) expect(STATUS_LABEL[s]).toMatch(/^[\u4e00-\u9fa5（）]+$/)
  })

  it('allows exactly the legal moves', () => {
    const legal: [ApplicationStatus, ApplicationStatus][] = [
      ['submitted', 'accepted'],
      ['submitted', 'not-accepted'],
      ['accepted', 'processing'],
      ['processing', 'supplementing'],
      ['supplementing', 'accepted'],
      ['processing', 'special'],
      ['special', 'processing'],
      ['processing', 'approved'],
      ['processing', 'approved-conditional'],
      ['processing', 'denied'],
      ['approved', 'revoked'],
      ['accepted', 'withdrawn'],
    ]
    for (const [from, to] of legal) expect(canTransition(from, to)).toBe(true)
    const illegal: [ApplicationStatus, ApplicationStatus][] = [
      ['submitted', 'approved'],
      ['accepted', 'approved'],
      ['denied', 'processing'],
      ['withdrawn', 'accepted'],
      ['approved', 'withdrawn'],
      ['special', 'withdrawn'],
      ['revoked', 'approved'],
      ['not-accepted', 'accepted'],
    ]
    for (const [from, to] of illegal) expect(canTransition(from, to)).toBe(false)
  })

  it('ends only in decisions, and nothing leaves an end except 撤销 of an approval', () => {
    for (const s of APPLICATION_STATUSES) {
      if (isEnded(s)) expect(TRANSITIONS[s].filter((t) => t !== 'revoked')).toEqual([])
      else expect(TRANSITIONS[s].length).toBeGreaterThan(0)
    }
    // Every status is reachable from 已接件.
    const seen = new Set<ApplicationStatus>(['submitted'])
    const queue: ApplicationStatus[] = ['submitted']
    while (queue.length) for (const next of TRANSITIONS[queue.shift()!]) if (!seen.has(next)) seen.add(next), queue.push(next)
    expect([...seen].sort()).toEqual([...APPLICATION_STATUSES].sort())
  })

  it('lets the applicant withdraw before a decision and rate after one', () => {
    expect(APPLICATION_STATUSES.filter(canWithdraw)).toEqual(['submitted', 'accepted', 'supplementing', 'processing'])
    expect(APPLICATION_STATUSES.filter(canBeRated)).toEqual(['not-accepted', 'approved', 'approved-conditional', 'denied', 'revoked'])
  })

  it('sorts every status into one tab of 我的办件', () => {
    expect(filterOf('processing')).toBe('in-progress')
    expect(filterOf('supplementing')).toBe('supplementing')
    expect(filterOf('approved')).toBe('done')
    expect(filterOf('denied')).toBe('done')
    expect(filterOf('withdrawn')).toBe('withdrawn')
  })

  it('maps every back-office action to a status', () => {
    for (const a of REVIEW_ACTIONS) expect(APPLICATION_STATUSES).toContain(REVIEW_TARGET[a])
  })
})
