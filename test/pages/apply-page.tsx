/**
 * Driving the apply page in its page tests (apply.test.tsx, apply-upload-limits.test.tsx): open it on a form, answer
 * by label, step on. The test file mocks the drafts and submissions stores (apply-store-mocks.ts) and the handling
 * endpoints; this module sees those mocks.
 */
import { act, fireEvent, render, screen } from '@testing-library/react'
import Apply from '../../src/packages/handling/pages/apply/index'
import { handlingApi } from '../../src/api/endpoints/handling'
import { appConfig } from '../../src/stores/app-config'
import { draftsState, type LocalDraft } from '../../src/stores/drafts'
import { preferences } from '../../src/stores/preferences'
import { session } from '../../src/stores/session'
import { submissionsState } from '../../src/stores/submissions'
import { appConfigFixture } from './app-config'
import { platform } from './fake-platform'
import { setRouterParams } from './taro-fake'
import { ITEM, form, licence, verified } from './apply-fixtures'

/** The spouse named in step ① (赵刚) */
export const SPOUSE_ID = '320505198811110036'

const chooseImages = platform.chooseImages

/**
 * Before each test: the page routed to {@link ITEM}, a verified user in 个人 / 上海市, no draft, an idle submission,
 * the 居民身份证 and 居民户口簿 e-licences, and the platform's own image picker back in place.
 */
export function resetApplyPage() {
  jest.clearAllMocks()
  setRouterParams({ item: encodeURIComponent(ITEM) })
  appConfig.set({ status: 'ready', data: appConfigFixture, error: null })
  preferences.set({ mode: 'personal', regionCode: '310000', subRegion: null, elderMode: false })
  session.set({ status: 'signed-in', token: 't', user: verified(), error: null })
  draftsState.set({ byItem: {}, sync: {} })
  submissionsState.set({ [ITEM]: { status: 'idle', error: null, fieldErrors: {}, applicationId: null } })
  jest.mocked(handlingApi.listLicences).mockResolvedValue({ licences: [licence('居民身份证', 'lic-id'), licence('居民户口簿', 'lic-hh', { address: '黄浦区南京东路 100 弄 1 号' })] })
  Object.assign(platform, { chooseImages })
}

export const draftOf = () => draftsState.get().byItem[ITEM] as LocalDraft
export const tap = (el: HTMLElement) => act(async () => void fireEvent.click(el))
export const type = (label: string, value: string) => act(async () => void fireEvent.change(screen.getByLabelText(label), { target: { value } }))
/** A picker's choice by its label (the page tests' Picker changes like a field) */
export const pick = type
export const next = () => tap(screen.getByText('下一步'))

export async function open(schema = form()) {
  jest.mocked(handlingApi.getForm).mockResolvedValue(schema)
  let view!: ReturnType<typeof render>
  await act(async () => {
    view = render(<Apply />)
  })
  return view
}

/** Answers what step ① requires: the district of the prefilled address, 未婚, and a spouse as the member. */
export async function fillForm() {
  await pick('选择户籍地址所在区', '1')
  await tap(screen.getByLabelText('婚姻状况：未婚'))
  await tap(screen.getByLabelText('成员与申请人的关系：配偶'))
  await type('成员姓名', '赵刚')
  await type('成员身份证号', SPOUSE_ID)
}
