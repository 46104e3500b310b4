/**
 * Upload limits on the apply page with the real upload store: a file refused by its content (a renamed .exe, an
 * image too large in pixels) gets its message at once, is never sent, and leaves the answers, the other files
 * and the other materials as they were. The fake platform gives the file's bytes as H5 does (readFileHead).
 */
import { act, fireEvent, render, screen } from '@testing-library/react'
import Apply from '../../src/packages/handling/pages/apply/index'
import type { FormSchemaDto, LicenceDto } from '../../src/api/contract'
import { handlingApi } from '../../src/api/endpoints/handling'
import { appConfig } from '../../src/stores/app-config'
import { draftsState, type LocalDraft } from '../../src/stores/drafts'
import { preferences } from '../../src/stores/preferences'
import { session } from '../../src/stores/session'
import { submissionsState } from '../../src/stores/submissions'
import { appConfigFixture } from './app-config'
import { platform } from './fake-platform'
import { setRouterParams } from './taro-fake'
import { exeBytes, jpegOfSize, pngOfSize } from '../support/fuzz/images'

jest.mock('../../src/api/endpoints/handling', () => ({ handlingApi: { getForm: jest.fn(), listLicences: jest.fn() } }))

// The stores at their boundary: drafts merge like the real store (key by key, an upload without files removes
// the answer); submissions and uploads are driven by each test.
jest.mock('../../src/stores/drafts', () => {
  const { createStore } = jest.requireActual('../../src/stores/create-store')
  const draftsState = createStore({ byItem: {}, sync: {} })
  const put = (itemId: string, draft: any) => draftsState.set((s: any) => ({ byItem: { ...s.byItem, [itemId]: draft }, sync: { ...s.sync, [itemId]: 'saved-local' } }))
  return {
    draftsState,
    openDraft: jest.fn(async (itemId: string, itemName: string, formVersion: number) => {
      const draft = draftsState.get().byItem[itemId] ?? { itemId, itemName, formVersion, answers: {}, materials: {}, updatedAt: 1, submissionKey: 'key-0000000001', syncedAt: null }
      put(itemId, draft)
      return draft
    }),
    updateDraft: jest.fn((itemId: string, patch: { answers?: object; materials?: Record<string, any> }) => {
      const draft = draftsState.get().byItem[itemId]
      const materials = { ...draft.materials, ...patch.materials }
      for (const id of Object.keys(materials)) if (materials[id].kind === 'upload' && materials[id].fileIds.length === 0) delete materials[id]
      put(itemId, { ...draft, answers: { ...draft.answers, ...patch.answers }, materials, updatedAt: draft.updatedAt + 1 })
    }),
    flushDraft: jest.fn(async () => undefined),
  }
})
jest.mock('../../src/stores/submissions', () => {
  const { createStore } = jest.requireActual('../../src/stores/create-store')
  return {
    submissionsState: createStore({}),
    submitDraft: jest.fn(),
    resetSubmission: jest.fn(),
    OFFLINE_MESSAGE: '网络不可用，申请已保存，联网后将自动提交',
  }
})

const ITEM = '310101-000125006000-0001'
const SPOUSE_ID = '320505198811110036'

const form = (): FormSchemaDto => ({
  itemId: ITEM,
  itemName: '内地居民结婚登记',
  version: 2,
  audience: 'personal',
  sections: [
    {
      title: '申请人信息',
      fields: [
        { id: 'name', type: 'text', label: '姓名', required: true, prefill: 'identity.name', editable: false },
        { id: 'idNumber', type: 'id-number', label: '身份证号', required: true, prefill: 'identity.idNumber', editable: false },
        { id: 'phone', type: 'phone', label: '联系电话', required: true, prefill: 'account.phone', editable: true },
        { id: 'home', type: 'address', label: '户籍地址', required: true, prefill: 'licence:居民户口簿:address', editable: true },
        {
          id: 'marital',
          type: 'select',
          label: '婚姻状况',
          required: true,
          options: [
            { value: 'single', label: '未婚' },
            { value: 'married', label: '已婚' },
            { value: 'divorced', label: '离异' },
          ],
        },
        { id: 'spouseName', type: 'text', label: '配偶姓名', required: true, showIf: { field: 'marital', in: ['married'] } },
        { id: 'income', type: 'amount', label: '月收入', required: false, min: 0 },
        { id: 'born', type: 'date', label: '出生日期', required: false, max: 'today' },
      ],
    },
    {
      title: '家庭成员',
      fields: [
        {
          id: 'members',
          type: 'group',
          label: '家庭成员',
          required: true,
          minItems: 1,
          maxItems: 2,
          addLabel: '添加家庭成员',
          fields: [{ id: 'member', type: 'person', label: '成员', required: true }],
        },
      ],
    },
  ],
  materials: [
    { id: 'idCard', name: '居民身份证', requirement: 'required', eLicence: '居民身份证', upload: { kinds: ['image'], maxFiles: 2, maxBytes: 5 * 1024 * 1024 }, notes: '正反面' },
    { id: 'household', name: '居民户口簿', requirement: 'required', eLicence: null, upload: { kinds: ['image', 'pdf'], maxFiles: 3, maxBytes: 5 * 1024 * 1024 }, notes: '首页及本人页' },
    { id: 'income', name: '收入证明', requirement: 'deferrable', eLicence: null, upload: { kinds: ['image'], maxFiles: 1, maxBytes: 5 * 1024 * 1024 }, notes: '' },
  ],
  declaration: '本人承诺所填写的信息和提交的材料真实、准确、完整，如有不实，愿承担相应法律责任。',
  fee: { title: '结婚证工本费', amountFen: 900, basis: '沪价费〔2019〕1 号', timing: 'after-acceptance' },
})

const licence = (type: string, id: string, fields: Record<string, string> = {}): LicenceDto => ({
  id,
  type,
  number: '3101**********0014',
  holder: '李*',
  issuer: '上海市公安局',
  issuedAt: '2020-01-01',
  validUntil: null,
  status: 'valid',
  applicationId: null,
  fields,
})

const verified = (faceVerifiedAt: string | null = new Date().toISOString()) => ({
  id: 'u1',
  platform: 'h5' as const,
  displayName: '李*',
  phoneMasked: '138****0000',
  realNameVerified: true,
  assurance: 'face' as const,
  realName: { nameMasked: '李*', idNumberMasked: '3101**********0014' },
  faceVerifiedAt,
})

const draftOf = () => draftsState.get().byItem[ITEM] as LocalDraft
const tap = (el: HTMLElement) => act(async () => void fireEvent.click(el))
const type = (label: string, value: string) => act(async () => void fireEvent.change(screen.getByLabelText(label), { target: { value } }))
const pick = (label: string, value: string) => act(async () => void fireEvent.change(screen.getByLabelText(label), { target: { value } }))
const next = () => tap(screen.getByText('下一步'))

async function open(schema = form()) {
  jest.mocked(handlingApi.getForm).mockResolvedValue(schema)
  let view!: ReturnType<typeof render>
  await act(async () => {
    view = render(<Apply />)
  })
  return view
}

/** Answers what step ① requires: the district of the prefilled address, 未婚, and a spouse as the member. */
async function fillForm() {
  await pick('选择户籍地址所在区', '1')
  await tap(screen.getByLabelText('婚姻状况：未婚'))
  await tap(screen.getByLabelText('成员与申请人的关系：配偶'))
  await type('成员姓名', '赵刚')
  await type('成员身份证号', SPOUSE_ID)
}



const chooseImages = platform.chooseImages

beforeEach(() => {
  jest.clearAllMocks()
  setRouterParams({ item: encodeURIComponent(ITEM) })
  appConfig.set({ status: 'ready', data: appConfigFixture, error: null })
  preferences.set({ mode: 'personal', regionCode: '310000', subRegion: null, elderMode: false })
  session.set({ status: 'signed-in', token: 't', user: verified(), error: null })
  draftsState.set({ byItem: {}, sync: {} })
  submissionsState.set({ [ITEM]: { status: 'idle', error: null, fieldErrors: {}, applicationId: null } })
  jest.mocked(handlingApi.listLicences).mockResolvedValue({ licences: [licence('居民身份证', 'lic-id'), licence('居民户口簿', 'lic-hh', { address: '黄浦区南京东路 100 弄 1 号' })] })
  Object.assign(platform, { chooseImages })
})


const PICKED = { path: 'blob:x', size: 1000, kind: 'image' as const }
const files: Record<string, Buffer> = {
  '户口簿首页.jpg': jpegOfSize(3000, 4000),
  'photo.jpg': exeBytes(),
  '户口簿本人页.png': pngOfSize(12_000, 9000),
}
const chooses = (name: string) => Object.assign(platform, { chooseImages: jest.fn(async () => ({ status: 'ok', value: [{ ...PICKED, name }] })) })

beforeEach(() => {
  Object.assign(platform, {
    readFileHead: jest.fn(async (file: { name: string }) => new Uint8Array(files[file.name])),
    uploadFile: jest.fn(async () => ({ status: 'ok', value: { status: 200, body: JSON.stringify({ id: 'up-1', name: '户口簿首页.jpg', kind: 'image', bytes: 1000 }) } })),
  })
})
afterEach(() => {
  delete (platform as { readFileHead?: unknown }).readFileHead
})

describe('apply page: upload limits', () => {
  it('refuses a renamed .exe and a huge-dimension PNG at once, and keeps the answers and the other files', async () => {
    await open()
    await fillForm()
    await next()
    chooses('户口簿首页.jpg')
    await tap(screen.getByLabelText('拍照 / 相册，上传居民户口簿'))
    expect(screen.getByText('已上传')).toBeTruthy()
    expect(platform.uploadFile).toHaveBeenCalledTimes(1)
    const before = draftOf()
    expect(before.materials.household).toEqual({ kind: 'upload', fileIds: ['up-1'] })

    chooses('photo.jpg')
    await tap(screen.getByLabelText('拍照 / 相册，上传居民户口簿'))
    expect(screen.getByText('「photo.jpg」不是 JPG、PNG 图片或 PDF 文件，请重新选择')).toBeTruthy()

    chooses('户口簿本人页.png')
    await tap(screen.getByLabelText('拍照 / 相册，上传居民户口簿'))
    expect(screen.getByText(/图片尺寸过大（最长边不超过 8000 像素、总像素不超过 4000 万）/)).toBeTruthy()

    // Neither was sent; the first file, the answers and the other materials are as they were.
    expect(platform.uploadFile).toHaveBeenCalledTimes(1)
    expect(screen.getAllByText('上传失败')).toHaveLength(2)
    expect(screen.getByText('已上传')).toBeTruthy()
    expect(draftOf().materials).toEqual(before.materials)
    expect(draftOf().answers).toEqual(before.answers)
    expect(draftOf().answers.members).toEqual([{ member: expect.objectContaining({ name: '赵刚', idNumber: SPOUSE_ID }) }])
  })
})
