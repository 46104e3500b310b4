/**
 * Upload limits on the apply page with the real upload store: a file refused by its content (a renamed .exe, an
 * image too large in pixels) gets its message at once, is never sent, and leaves the answers, the other files
 * and the other materials as they were. The fake platform gives the file's bytes as H5 does (readFileHead).
 */
import { screen } from '@testing-library/react'
import { platform } from './fake-platform'
import { SPOUSE_ID, draftOf, fillForm, next, open, resetApplyPage, tap } from './apply-page'
import { exeBytes, jpegOfSize, pngOfSize } from '../support/fuzz/images'

jest.mock('../../src/api/endpoints/handling', () => ({ handlingApi: { getForm: jest.fn(), listLicences: jest.fn() } }))

// The stores at their boundary (test/pages/apply-store-mocks.ts): drafts merge like the real store; submissions are
// driven by each test.
jest.mock('../../src/stores/drafts', () => jest.requireActual('./apply-store-mocks').draftsStoreMock())
jest.mock('../../src/stores/submissions', () => jest.requireActual('./apply-store-mocks').submissionsStoreMock())

beforeEach(resetApplyPage)

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
