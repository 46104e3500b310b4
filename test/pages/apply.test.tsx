import { act, fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import Apply from '../../src/packages/handling/pages/apply/index'
import type { ApplicationDetailDto, PersonAnswer } from '../../src/api/contract'
import { handlingApi } from '../../src/api/endpoints/handling'
import { ApiError } from '../../src/api/errors'
import { draftsState, openDraft, updateDraft } from '../../src/stores/drafts'
import { preferences } from '../../src/stores/preferences'
import { session } from '../../src/stores/session'
import { submissionsState, submitDraft, type SubmissionState } from '../../src/stores/submissions'
import { uploadMaterialFile } from '../../src/stores/uploads'
import { platform } from './fake-platform'
import { ITEM, verified } from './apply-fixtures'
import { SPOUSE_ID, draftOf, fillForm, next, open, pick, resetApplyPage, tap, type } from './apply-page'

jest.mock('../../src/api/endpoints/handling', () => ({ handlingApi: { getForm: jest.fn(), listLicences: jest.fn() } }))

// The stores at their boundary (test/pages/apply-store-mocks.ts): drafts merge like the real store; submissions are
// driven by each test.
jest.mock('../../src/stores/drafts', () => jest.requireActual('./apply-store-mocks').draftsStoreMock())
jest.mock('../../src/stores/submissions', () => jest.requireActual('./apply-store-mocks').submissionsStoreMock())
jest.mock('../../src/stores/uploads', () => ({ uploadMaterialFile: jest.fn() }))

const HERE = `/packages/handling/pages/apply/index?item=${encodeURIComponent(ITEM)}`

const setSubmission = (patch: Partial<SubmissionState>) =>
  act(() => submissionsState.set({ [ITEM]: { status: 'idle', error: null, fieldErrors: {}, applicationId: null, ...patch } }))
const blur = (label: string) => act(async () => void fireEvent.blur(screen.getByLabelText(label)))

/** Step ②: the e-licence with its consent, one uploaded file, 容缺后补 for the deferrable one. */
async function provideMaterials() {
  await tap(screen.getByText('同意调取该电子证照用于本次办理'))
  Object.assign(platform, { chooseImages: jest.fn(async () => ({ status: 'ok', value: [{ path: 'blob:1', size: 1000, name: '户口簿.jpg', kind: 'image' }] })) })
  jest.mocked(uploadMaterialFile).mockResolvedValueOnce({ id: 'up-1', name: '户口簿.jpg', kind: 'image', bytes: 1000 })
  await tap(screen.getByLabelText('拍照 / 相册，上传居民户口簿'))
  await tap(screen.getByRole('switch', { name: '容缺后补' }))
}

async function toReview() {
  await open()
  await fillForm()
  await next()
  await provideMaterials()
  await next()
}

beforeEach(resetApplyPage)

describe('apply page', () => {
  it('prefills from the account and e-licences, names each source, and keeps fixed fields read-only', async () => {
    await open()
    expect(handlingApi.getForm).toHaveBeenCalledWith(ITEM)
    expect(openDraft).toHaveBeenCalledWith(ITEM, '内地居民结婚登记', 2)
    expect(Taro.setNavigationBarTitle).toHaveBeenCalledWith({ title: '内地居民结婚登记' })
    // The identity is only known masked: shown, fixed, and filled in by the system at submission
    expect(screen.getByLabelText('姓名：已实名：李*（提交时由系统自动填写）')).toBeTruthy()
    expect(screen.getByLabelText('身份证号：已实名：3101**********0014（提交时由系统自动填写）')).toBeTruthy()
    expect(screen.queryByRole('textbox', { name: '姓名' })).toBeNull()
    expect(screen.getAllByText('来自实名认证')).toHaveLength(2)
    expect(screen.getAllByText('不可修改')).toHaveLength(2)
    // The phone may be replaced by another number
    expect(screen.getByText('来自账号手机号')).toBeTruthy()
    await tap(screen.getByLabelText('联系电话改为手动填写'))
    await type('联系电话', '13912345678')
    expect(draftOf().answers.phone).toBe('13912345678')
    // The household register's address fills the detail; the user picks the district
    expect((screen.getByLabelText('户籍地址详细地址') as HTMLInputElement).value).toBe('黄浦区南京东路 100 弄 1 号')
    expect(screen.getByText('来自电子证照「居民户口簿」')).toBeTruthy()
    expect(screen.getAllByText('可修改')).toHaveLength(1)
    // Saved with the draft, identity left null for the server
    expect(updateDraft).toHaveBeenCalledWith(ITEM, { answers: expect.objectContaining({ home: { regionCode: '', detail: '黄浦区南京东路 100 弄 1 号' }, name: null, idNumber: null }) })
  })

  it('never overwrites what the draft holds, and reopens at ① with it', async () => {
    draftsState.set({
      byItem: { [ITEM]: { itemId: ITEM, itemName: '内地居民结婚登记', formVersion: 2, answers: { home: { regionCode: '310104', detail: '徐汇区漕溪北路 1 号' }, marital: 'married', spouseName: '王芳' }, materials: {}, updatedAt: 5, submissionKey: 'key-0000000002', syncedAt: null } },
      sync: {},
    })
    await open()
    expect((screen.getByLabelText('户籍地址详细地址') as HTMLInputElement).value).toBe('徐汇区漕溪北路 1 号')
    expect(screen.getByLabelText('户籍地址所在区：徐汇区，点按选择')).toBeTruthy()
    expect(screen.queryByText('来自电子证照「居民户口簿」')).toBeNull()
    expect((screen.getByLabelText('配偶姓名') as HTMLInputElement).value).toBe('王芳')
    expect(screen.getByLabelText('办理步骤，第 1 步，共 3 步')).toBeTruthy()
    expect(screen.getByText('已保存到本机')).toBeTruthy()
    act(() => draftsState.set((s) => ({ sync: { ...s.sync, [ITEM]: 'offline' } })))
    expect(screen.getByText('离线，已保存到本机')).toBeTruthy()
    act(() => draftsState.set((s) => ({ sync: { ...s.sync, [ITEM]: 'saved' } })))
    expect(screen.getByText('已同步')).toBeTruthy()
  })

  it('shows a conditional field when its select changes, and does not require it while hidden', async () => {
    await open()
    expect(screen.queryByLabelText('配偶姓名')).toBeNull()
    await next()
    expect(screen.getByText('请选择婚姻状况')).toBeTruthy()
    expect(screen.queryByText('请填写配偶姓名')).toBeNull()
    await tap(screen.getByLabelText('婚姻状况：已婚'))
    expect(draftOf().answers.marital).toBe('married')
    expect(screen.getByLabelText('婚姻状况：已婚，已选').getAttribute('aria-pressed')).toBe('true')
    expect(screen.getByLabelText('配偶姓名')).toBeTruthy()
    await next()
    expect(screen.getByText('请填写配偶姓名')).toBeTruthy()
    await tap(screen.getByLabelText('婚姻状况：未婚'))
    expect(screen.queryByLabelText('配偶姓名')).toBeNull()
    await next()
    expect(screen.queryByText('请填写配偶姓名')).toBeNull()
  })

  it('adds and removes group rows within min and max', async () => {
    await open()
    const rows = () => screen.getAllByRole('group', { name: /^家庭成员 \d$/ })
    expect(rows()).toHaveLength(1)
    // At the minimum: 删除 stays in place and does nothing
    expect(screen.getByLabelText('删除家庭成员 1').getAttribute('aria-disabled')).toBe('true')
    await tap(screen.getByLabelText('删除家庭成员 1'))
    expect(rows()).toHaveLength(1)
    await tap(screen.getByLabelText('添加家庭成员'))
    expect(rows()).toHaveLength(2)
    expect(draftOf().answers.members).toHaveLength(2)
    // At the maximum
    expect(screen.getByText('已达上限：最多 2 项，至少 1 项')).toBeTruthy()
    await tap(screen.getByLabelText('添加家庭成员'))
    expect(rows()).toHaveLength(2)
    await tap(within(rows()[1]).getByLabelText('成员与申请人的关系：子女'))
    await tap(screen.getByLabelText('删除家庭成员 1'))
    expect(rows()).toHaveLength(1)
    expect((draftOf().answers.members as { member: PersonAnswer }[])[0].member.relation).toBe('child')
  })

  it('checks a field when it is left and all of them on 下一步, in Chinese, with a summary', async () => {
    await open()
    await tap(screen.getByLabelText('成员与申请人的关系：配偶'))
    await type('成员身份证号', '320505198811110037')
    await blur('成员身份证号')
    expect(screen.getByText('请输入与身份证一致的姓名（中文）')).toBeTruthy()
    await type('成员姓名', '赵刚')
    await blur('成员姓名')
    expect(screen.getByText('身份证号校验位不正确，请核对后重新输入')).toBeTruthy()
    await type('月收入', '12.345')
    await blur('月收入')
    expect(screen.getByText('月收入最多两位小数')).toBeTruthy()
    await type('月收入', '8000.5')
    await blur('月收入')
    expect(draftOf().answers.income).toBe(8000.5)
    expect((screen.getByLabelText('月收入') as HTMLInputElement).value).toBe('8000.50')
    await pick('选择出生日期', '2099-01-02')
    expect(screen.getByText('出生日期不能晚于今天')).toBeTruthy()
    await pick('选择出生日期', '1990-05-01')
    expect(screen.queryByText('出生日期不能晚于今天')).toBeNull()
    expect(screen.getByLabelText('出生日期：1990年5月1日，点按选择')).toBeTruthy()
    await next()
    expect(screen.getByText('还有 3 项需要修改')).toBeTruthy()
    expect(screen.getByText('户籍地址、婚姻状况、家庭成员 1 · 成员')).toBeTruthy()
    expect(screen.getByText('请选择户籍地址所在地区')).toBeTruthy()
    // Nothing about what the system fills in
    expect(screen.queryByText('请填写姓名')).toBeNull()
    await pick('选择户籍地址所在区', '1')
    await tap(screen.getByLabelText('婚姻状况：未婚'))
    await type('成员身份证号', SPOUSE_ID)
    await next()
    expect(screen.getByLabelText('办理步骤，第 2 步，共 3 步')).toBeTruthy()
    expect(screen.getByText('1. 居民身份证')).toBeTruthy()
  })

  it('uses an e-licence only once its consent is ticked', async () => {
    await open()
    await fillForm()
    await next()
    const card = screen.getByText('1. 居民身份证').closest('.material-slot') as HTMLElement
    expect(within(card).getByText('必要')).toBeTruthy()
    expect(within(card).getByLabelText(/^使用电子证照「居民身份证」免提交，证照编号 .+，已选$/)).toBeTruthy()
    await next()
    expect(within(card).getByText('请提供居民身份证')).toBeTruthy()
    expect(screen.getByText('还有 3 项材料需要提供')).toBeTruthy()
    expect(draftOf().materials.idCard).toBeUndefined()
    await tap(within(card).getByText('同意调取该电子证照用于本次办理'))
    expect(draftOf().materials.idCard).toEqual({ kind: 'licence', licenceId: 'lic-id', consent: true })
    expect(within(card).queryByText('请提供居民身份证')).toBeNull()
    // Withdrawing the consent withdraws the licence
    await tap(within(card).getByText('同意调取该电子证照用于本次办理'))
    expect(draftOf().materials.idCard).toBeUndefined()
  })

  it('shows an upload’s progress until it is done, and offers 重试 when it fails', async () => {
    await open()
    await fillForm()
    await next()
    Object.assign(platform, { chooseImages: jest.fn(async () => ({ status: 'ok', value: [{ path: 'blob:1', size: 2000, name: '户口簿首页.jpg', kind: 'image' }] })) })
    let finish!: (v: { id: string; name: string; kind: 'image'; bytes: number }) => void
    jest.mocked(uploadMaterialFile).mockImplementationOnce(async (_slot, _file, onProgress) => {
      onProgress?.(40)
      return new Promise((resolve) => (finish = resolve))
    })
    await tap(screen.getByLabelText('拍照 / 相册，上传居民户口簿'))
    expect(platform.chooseImages).toHaveBeenCalledWith({ count: 3, sources: ['camera', 'album'], compressed: true })
    expect(screen.getByRole('progressbar', { name: '户口簿首页.jpg上传进度' }).getAttribute('aria-valuenow')).toBe('40')
    expect(screen.getByText('上传中 40%')).toBeTruthy()
    await act(async () => finish({ id: 'up-1', name: '户口簿首页.jpg', kind: 'image', bytes: 2000 }))
    expect(screen.queryByRole('progressbar')).toBeNull()
    expect(screen.getByText('已上传')).toBeTruthy()
    expect(draftOf().materials.household).toEqual({ kind: 'upload', fileIds: ['up-1'] })

    // A second file fails, is retried, and joins the first
    Object.assign(platform, { chooseImages: jest.fn(async () => ({ status: 'ok', value: [{ path: 'blob:2', size: 2000, name: '户口簿本人页.jpg', kind: 'image' }] })) })
    jest.mocked(uploadMaterialFile).mockRejectedValueOnce(new Error('网络不可用，请检查网络后重试'))
    await tap(screen.getByLabelText('拍照 / 相册，上传居民户口簿'))
    expect(screen.getByText('上传失败')).toBeTruthy()
    expect(screen.getByText('网络不可用，请检查网络后重试')).toBeTruthy()
    jest.mocked(uploadMaterialFile).mockResolvedValueOnce({ id: 'up-2', name: '户口簿本人页.jpg', kind: 'image', bytes: 2000 })
    await tap(screen.getByLabelText('重试上传户口簿本人页.jpg'))
    expect(jest.mocked(uploadMaterialFile).mock.calls[2][1]).toEqual(expect.objectContaining({ name: '户口簿本人页.jpg' }))
    expect(screen.getAllByText('已上传')).toHaveLength(2)
    expect(draftOf().materials.household).toEqual({ kind: 'upload', fileIds: ['up-1', 'up-2'] })
    await tap(screen.getByLabelText('删除户口簿首页.jpg'))
    expect(draftOf().materials.household).toEqual({ kind: 'upload', fileIds: ['up-2'] })
  })

  it('reviews every answer, the materials and the fee; 提交 waits for the declaration', async () => {
    await toReview()
    expect(screen.getByLabelText('办理步骤，第 3 步，共 3 步')).toBeTruthy()
    expect(screen.getByText('已实名：李*（提交时由系统自动填写）')).toBeTruthy()
    expect(screen.getByText('未婚')).toBeTruthy()
    expect(screen.getByText(`配偶 · 赵刚 · ${SPOUSE_ID}`)).toBeTruthy()
    expect(screen.getByText('使用电子证照「居民身份证」免提交')).toBeTruthy()
    expect(screen.getByText('已上传 1 个文件')).toBeTruthy()
    expect(screen.getByText('容缺后补')).toBeTruthy()
    expect(screen.getByText('结婚证工本费')).toBeTruthy()
    expect(screen.getByText('9.00 元')).toBeTruthy()
    expect(screen.getByText('受理后缴纳')).toBeTruthy()
    expect(screen.getByText(/本人承诺所填写的信息和提交的材料真实/)).toBeTruthy()
    const submit = screen.getByRole('button', { name: '提交申请' })
    expect(submit.getAttribute('aria-disabled')).toBe('true')
    await tap(submit)
    expect(submitDraft).not.toHaveBeenCalled()
    await tap(screen.getByText('本人已阅读并承诺'))
    expect(screen.getByRole('button', { name: '提交申请' }).getAttribute('aria-disabled')).toBe('false')
  })

  it('submits once on a double tap, then opens the application', async () => {
    await toReview()
    await tap(screen.getByText('本人已阅读并承诺'))
    let done!: (application: ApplicationDetailDto) => void
    jest.mocked(submitDraft).mockImplementation(() => new Promise((resolve) => (done = resolve)))
    const submit = screen.getByRole('button', { name: '提交申请' })
    await tap(submit)
    await tap(submit)
    expect(submitDraft).toHaveBeenCalledTimes(1)
    expect(submitDraft).toHaveBeenCalledWith(ITEM, { mode: 'personal', declarationAccepted: true })
    await setSubmission({ status: 'submitting' })
    expect(screen.getByRole('button', { name: '正在提交…' }).getAttribute('aria-disabled')).toBe('true')
    await act(async () => done({ id: 'app-1' } as ApplicationDetailDto))
    expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/handling/pages/application/index?id=app-1' })
  })

  it('asks for a fresh face check before submitting, and comes back here', async () => {
    session.set({ user: verified('2020-01-01T00:00:00Z') })
    await toReview()
    await tap(screen.getByText('本人已阅读并承诺'))
    await tap(screen.getByRole('button', { name: '提交申请' }))
    expect(submitDraft).not.toHaveBeenCalled()
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `/packages/account/pages/face-check/index?then=${encodeURIComponent(HERE)}` })
  })

  it('waits calmly for the network, then moves on when the submission goes out', async () => {
    await toReview()
    await tap(screen.getByText('本人已阅读并承诺'))
    jest.mocked(submitDraft).mockImplementation(async () => {
      submissionsState.set({ [ITEM]: { status: 'waiting-network', error: '网络不可用，申请已保存，联网后将自动提交', fieldErrors: {}, applicationId: null } })
      return null
    })
    await tap(screen.getByRole('button', { name: '提交申请' }))
    expect(screen.getByText('网络不可用，申请已保存，联网后将自动提交')).toBeTruthy()
    expect(screen.getByRole('button', { name: '等待联网后自动提交' }).getAttribute('aria-disabled')).toBe('true')
    expect(Taro.redirectTo).not.toHaveBeenCalled()
    expect(screen.getByText('确认提交')).toBeTruthy()
    await setSubmission({ status: 'done', applicationId: 'app-9' })
    expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/handling/pages/application/index?id=app-9' })
  })

  it('shows the server’s refusal and each field error at its field, back on ①', async () => {
    await toReview()
    await tap(screen.getByText('本人已阅读并承诺'))
    jest.mocked(submitDraft).mockImplementation(async () => {
      submissionsState.set({
        [ITEM]: { status: 'error', error: '提交的信息有误，请修改后重新提交', fieldErrors: { 'members.0.member': '该成员身份证号与户籍信息不符', household: '户口簿照片不清晰' }, applicationId: null },
      })
      return null
    })
    await tap(screen.getByRole('button', { name: '提交申请' }))
    expect(screen.getByLabelText('办理步骤，第 1 步，共 3 步')).toBeTruthy()
    expect(screen.getByText('提交的信息有误，请修改后重新提交')).toBeTruthy()
    const row = screen.getByRole('group', { name: '家庭成员 1' })
    expect(within(row).getByText('该成员身份证号与户籍信息不符')).toBeTruthy()
    expect(screen.getByText('家庭成员 1 · 成员、居民户口簿')).toBeTruthy()
    await next()
    expect(screen.getByText('户口簿照片不清晰')).toBeTruthy()
  })

  it('waits for the launch sign-in, sends a signed-out user to sign in and back, then opens the form', async () => {
    session.set({ status: 'signing-in', token: null, user: null })
    const { container } = await open()
    expect(container.querySelector('[aria-busy]')).toBeTruthy()
    expect(Taro.navigateTo).not.toHaveBeenCalled()
    act(() => session.set({ status: 'anonymous' }))
    expect(handlingApi.getForm).not.toHaveBeenCalled()
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `/pages/login/index?then=${encodeURIComponent(HERE)}` })
    expect(screen.getByText('登录后在线办理')).toBeTruthy()
    await act(async () => session.set({ status: 'signed-in', token: 't', user: verified() }))
    expect(handlingApi.getForm).toHaveBeenCalledWith(ITEM)
    expect(screen.getByText('申请人信息')).toBeTruthy()
  })

  it('shows a skeleton while loading and a friendly error when the form cannot load', async () => {
    let fail!: (e: Error) => void
    jest.mocked(handlingApi.getForm).mockImplementation(() => new Promise((_, reject) => (fail = reject)))
    const view = render(<Apply />)
    expect(view.container.querySelector('[aria-busy]')).toBeTruthy()
    await act(async () => fail(new ApiError({ kind: 'network' })))
    expect(screen.getByText('暂时无法打开申请表')).toBeTruthy()
    expect(screen.getByText('网络连接失败，请检查网络后重试')).toBeTruthy()
    await act(async () => fireEvent.click(screen.getByText('重新加载')))
    expect(handlingApi.getForm).toHaveBeenCalledTimes(2)
  })

  it('renders in elder mode', async () => {
    preferences.set({ elderMode: true })
    const { container } = await open()
    expect(container.querySelector('.tb-page.tb-page--elder.apply')).toBeTruthy()
    expect(screen.getByText('申请人信息')).toBeTruthy()
  })
})
