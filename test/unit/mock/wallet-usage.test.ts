import type { ApplicationDetailDto, FormSchemaDto, SubmitBody, UploadDto } from '../../../src/api/contract'
import { mockPaths, paths } from '../../../src/api/contract/paths'
import { beijingDate } from '../../../src/domain/working-days'
import { MINUTE } from '../../../mock/clock'
import { catalog } from '../../../mock/catalog/generate'
import type { CatalogItem } from '../../../mock/catalog/model'
import { X_CHECK_DIGIT } from '../../../mock/fixtures/identities'
import { formFor } from '../../../mock/handling/forms'
import { everyNeededSlotUploaded, multipartJpeg, validAnswers } from '../../support/handling-answers'
import { startMock, type Mock } from './support'
import { holder, staff, url } from './wallet-support'

let mock: Mock
beforeEach(() => {
  mock = startMock()
})
afterEach(async () => {
  await mock.app.close()
})

/** 个人, free, an e-licence as result, with a 居民身份证 slot. */
function pickItem(): { item: CatalogItem; form: FormSchemaDto } {
  for (const item of catalog().items) {
    const form = formFor(item.id)
    if (form && form.audience === 'personal' && !form.fee && item.result.kind === 'licence' && form.materials.some((s) => s.eLicence === '居民身份证')) return { item, form }
  }
  throw new Error('no such item in the catalog')
}
const ITEM = pickItem()

/** Applies for ITEM with the licence as its 居民身份证 material (免提交), the rest uploaded. */
async function apply(auth: Record<string, string>, licenceId: string): Promise<ApplicationDetailDto> {
  const { payload, contentType } = multipartJpeg()
  const upload = await mock.app.inject({ method: 'POST', url: paths.uploads, payload, headers: { ...auth, 'content-type': contentType } })
  const fileId = (JSON.parse(upload.body) as UploadDto).id
  const slot = ITEM.form.materials.find((s) => s.eLicence === '居民身份证')!
  const body: SubmitBody = {
    itemId: ITEM.form.itemId,
    formVersion: ITEM.form.version,
    answers: validAnswers(ITEM.form, beijingDate(mock.clock.now()), X_CHECK_DIGIT),
    materials: { ...everyNeededSlotUploaded(ITEM.form, fileId), [slot.id]: { kind: 'licence', licenceId, consent: true } },
    declarationAccepted: true,
    submissionKey: `wallet-${Math.random().toString(36).slice(2, 12)}`,
    mode: 'personal',
    platform: 'weapp',
  }
  const res = await mock.call<ApplicationDetailDto>('POST', paths.applications, body, auth)
  if (res.status !== 200) throw new Error(`submit failed: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body
}

describe('GET /me/licences/:id/usage (用证记录)', () => {
  it('starts empty, then lists verifications (who · department, hall, what) and material uses, newest first', async () => {
    const sun = await holder(mock, X_CHECK_DIGIT)
    const card = await sun.byType('居民身份证')
    expect((await sun.usage(card.id)).body).toEqual({ records: [] })

    const window = await staff(mock)
    const verified = await window.verify(await sun.token(card.id, 'identity'), 'identity')
    mock.clock.advance(MINUTE)
    const appliedAt = mock.clock.now()
    const application = await apply(sun.auth, card.id)
    mock.clock.advance(MINUTE)
    const second = await (await staff(mock, 1)).verify(await sun.token(card.id, 'age'), 'age')

    const res = await sun.usage(card.id)
    expect(res.status).toBe(200)
    expect(res.body.records).toEqual([
      { id: second.body.id, kind: 'verification', at: second.body.verifiedAt, by: '陈伟 · 浦东新区行政服务中心', where: '浦东新区市民中心综合受理窗口', what: '年龄核验：是否已满 18 周岁', applicationId: null },
      {
        id: expect.any(String),
        kind: 'material',
        at: appliedAt,
        by: application.department,
        where: '线上办理',
        what: `用于办理：${ITEM.item.name}`,
        applicationId: application.id,
      },
      {
        id: verified.body.id,
        kind: 'verification',
        at: verified.body.verifiedAt,
        by: '张敏 · 黄浦区行政服务中心',
        where: '黄浦区市民中心综合窗口',
        what: '身份核验：姓名、公民身份号码（部分）、有效期限',
        applicationId: null,
      },
    ])
    // Only this licence's: the 户口簿 was neither shown nor used.
    expect((await sun.usage((await sun.byType('居民户口簿')).id)).body.records).toEqual([])
  })

  it('is the holder\'s own: 404 for another user, 401 signed out', async () => {
    const sun = await holder(mock, X_CHECK_DIGIT)
    const card = await sun.byType('居民身份证')
    const stranger = mock.bearer(await mock.platformLogin('weapp', 'stranger'))
    expect((await mock.call('GET', url(paths.licenceUsage, card.id), undefined, stranger)).status).toBe(404)
    expect((await mock.call('GET', url(paths.licenceUsage, card.id))).status).toBe(401)
  })
})

describe('an issued licence', () => {
  it('has the generic face of its 电子证照 template, full number on reveal, and can be shown and verified', async () => {
    const sun = await holder(mock, X_CHECK_DIGIT)
    const application = await apply(sun.auth, (await sun.byType('居民身份证')).id)
    for (const action of ['accept', 'process', 'approve']) {
      const res = await mock.call('POST', mockPaths.review.replace(':id', application.id), { action })
      expect(res.status).toBe(200)
    }
    const issued = (await sun.list()).find((l) => l.applicationId === application.id)!
    const detail = (await sun.detail(issued.id)).body
    expect(detail.face.map((f) => f.label)).toEqual(['证照名称', '证照编号', '持证人', '发证机关', '发证日期', '有效期限'])
    expect(detail.face[1]).toEqual({ label: '证照编号', value: issued.number, masked: true })
    expect(detail.purposes).toContain('business')
    const full = (await sun.detail(issued.id, true)).body
    expect(full.face[1].value).toMatch(/^\w{16}$/)
    expect(full.face[1].value.slice(0, 4)).toBe(issued.number.slice(0, 4))
    expect(full.face[2].value).toBe('孙志强')

    const token = await sun.token(issued.id, 'business')
    expect(token.length).toBeLessThanOrEqual(300)
    const verified = await (await staff(mock)).verify(token, 'business')
    expect(verified.status).toBe(200)
    expect(verified.body.fields.find((f) => f.label === '证照编号')!.value).toBe(issued.number)
  })
})
