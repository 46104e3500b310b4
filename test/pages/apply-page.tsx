/**
 * Driving the apply page in its page tests (apply.test.tsx, apply-upload-limits.test.tsx): open it on a form, answer
 * by label, step on. The test file mocks the drafts and submissions stores (apply-store-mocks.ts) and the handling
 * endpoints; this module sees those mocks.
 */
import { act, fireEvent, render, screen } from '@testing-library/react'
import Apply from '../../src/packages/handling/pages/apply/index'
import { handlingApi } from '../../src/api/endpoints/handling'
import { draftsState, type LocalDraft } from '../../src/stores/drafts'
import { ITEM, form } from './apply-fixtures'

/** The spouse named in step ① (赵刚) */
export const SPOUSE_ID = '320505198811110036'

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
