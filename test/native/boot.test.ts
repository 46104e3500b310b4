import { join } from 'node:path'
import type { FastifyInstance } from 'fastify'
import { buildServer } from '../../mock/server'
import { LEGAL_REP, X_CHECK_DIGIT } from '../../mock/fixtures/identities'
import { mockPaths, paths } from '../../src/api/contract/paths'
import type { FormSchemaDto, ScenarioDto } from '../../src/api/contract'
import { everyNeededSlotUploaded, multipartJpeg, validAnswers } from '../support/handling-answers'
import { bootMiniApp, tabItems } from './host/mini-host'
import { elements, findByClass } from './host/tree'
import type { HttpRequest, Target } from './host/host-api'

/**
 * Boots the compiled output of each mini-program target (npm run build:weapp|alipay|swan) in the simulated
 * host of ./host, with the app's network requests answered in-process by the real mock server. Every page of
 * app.json must render its expected text; taps on tabs and buttons must do what they say.
 */
const root = join(__dirname, '../..')
const targets: Target[] = ['weapp', 'alipay', 'swan']
/** 黄浦区 机动车驾驶证换证（期满换证）: an online item with a form, materials and a fee */
const APPLY_ITEM = '310101-100200130000-0'

/** What each page must show once rendered (signed in silently, config loaded). */
const expected: Record<string, string[]> = {
  'pages/home/index': ['个人常用', '社保卡', '全市热门', '人办理', '12345 政务服务便民热线'],
  'pages/services/index': ['按主题', '生育收养', '社会保障', '全部事项'],
  'pages/mine/index': ['设置', '当前地区', '未实名', '账号与安全', '我的缴费', '我的订阅'],
  'pages/login/index': ['账号一键登录'],
  'packages/settings/pages/settings/index': ['长辈模式', '接口版本'],
  'packages/region/pages/region/index': ['上海市（全市）', '长三角 G60 科创走廊', '嘉兴'],
  'packages/account/pages/real-name/index': ['开始刷脸认证', '个人信息处理说明'],
  'packages/account/pages/face-check/index': ['请刷脸确认是您本人'],
  'packages/account/pages/security/index': ['实名认证', '我的企业', '退出登录'],
  'packages/account/pages/enterprise/index': ['请先完成实名认证'],
  'packages/pay/pages/fees/index': ['待缴费用', '元'],
  'packages/pay/pages/result/index': ['缺少订单信息'],
  'packages/catalog/pages/search/index': ['热门搜索', '结婚登记', '开饭店'],
  'packages/catalog/pages/guide/index': ['该事项不存在或已下线'],
  'packages/catalog/pages/list/index': ['事项列表'],
  'packages/catalog/pages/store/index': ['该部门不存在'],
  'packages/catalog/pages/subscriptions/index': ['我的订阅'],
  'packages/handling/pages/apply/index': ['该事项暂不支持在线办理'],
  'packages/handling/pages/applications/index': ['全部', '待补正', '已办结'],
  'packages/handling/pages/application/index': ['暂时无法加载办件'],
  'packages/handling/pages/supplement/index': ['暂时无法加载补正内容'],
  'packages/handling/pages/rating/index': ['暂时无法加载办件'],
  'packages/handling/pages/drafts/index': ['暂无草稿'],
  'packages/handling/pages/messages/index': ['暂无消息'],
  'packages/handling/pages/licences/index': ['证照'],
  'packages/handling/pages/case/index': ['未找到该一件事办件'],
  'packages/scenario/pages/scenario/index': ['没有找到这件事'],
  'packages/wallet/pages/licence/index': ['证照'],
  'packages/wallet/pages/show/index': ['亮证'],
  'packages/wallet/pages/usage/index': ['用证记录'],
  'packages/wallet/pages/verify/index': ['仅限窗口工作人员使用'],
  'packages/appointment/pages/book/index': ['未找到要预约的事项'],
  'packages/appointment/pages/list/index': ['暂无预约'],
  'packages/appointment/pages/detail/index': ['未找到该预约'],
  'packages/feedback/pages/consult/index': ['一般咨询', '咨询类别', '您的问题', '站内消息'],
  'packages/feedback/pages/complaint/index': ['不涉及具体事项', '投诉类别', '投诉内容'],
  'packages/feedback/pages/report/index': ['问题类型', '问题描述'],
  'packages/feedback/pages/list/index': ['咨询', '投诉', '找茬', '还没有咨询记录'],
  'packages/feedback/pages/detail/index': ['未找到该记录'],
  'packages/community/pages/notices/index': ['元旦期间本市各级政务服务中心办公时间调整'],
  'packages/community/pages/notice/index': ['该公告不存在或已撤下'],
  // 上海市 is the whole province: 社区 asks for a district or street first
  'packages/community/pages/community/index': ['请先选择所在的区或街道'],
}
const hostName: Record<Target, string> = { weapp: '微信', alipay: '支付宝', swan: '百度' }

function viaMock(server: FastifyInstance, seen: HttpRequest[]) {
  return async (req: HttpRequest) => {
    seen.push(req)
    const url = new URL(req.url)
    const res = await server.inject({ method: req.method as any, url: url.pathname + url.search, headers: req.headers, payload: req.body as string | undefined })
    const type = String(res.headers['content-type'] ?? '')
    return { status: res.statusCode, headers: res.headers as Record<string, string>, body: type.includes('json') ? res.json() : res.body }
  }
}

describe.each(targets)('compiled %s output in a simulated host', (target) => {
  let server: FastifyInstance
  let app: Awaited<ReturnType<typeof bootMiniApp>>
  const seen: HttpRequest[] = []

  beforeAll(async () => {
    server = buildServer({ quiet: true })
    await server.ready()
    app = await bootMiniApp({ target, dist: join(root, 'dist', target), http: viaMock(server, seen) })
  })
  afterAll(() => server.close())

  it('has exactly three tabs: 首页, 办事, 我的, each with an icon', () => {
    const tabs = tabItems(app.appJson)
    expect(tabs.map((t) => t.text)).toEqual(['首页', '办事', '我的'])
    const raw = app.appJson.tabBar.list ?? app.appJson.tabBar.items
    for (const t of raw) expect(t.iconPath ?? t.icon).toMatch(/\.png$/)
  })

  it('signs in silently at launch with the host login code, exchanged at the server', () => {
    const login = seen.find((r) => r.url.endsWith('/api/v1/auth/login'))
    expect(login).toBeDefined()
    expect(JSON.parse(login!.body as string)).toMatchObject({ platform: target })
    const loginApi = { weapp: 'login', alipay: 'getAuthCode', swan: 'getLoginCode' }[target]
    expect(app.calls.some((c) => c.api === loginApi)).toBe(true)
    expect(login!.headers['x-tongban-contract']).toBe('1.0.0')
  })

  it('renders 首页 with the citizen content, then 法人 content after the mode switch', async () => {
    for (const text of expected['pages/home/index']) expect(app.text()).toContain(text)
    await app.tap('法人')
    expect(app.text()).toContain('企业常用')
    expect(app.text()).not.toContain('电子社保卡')
    await app.tap('个人')
    expect(app.text()).toContain('个人常用')
  })

  it('renders every page of app.json with its expected text', async () => {
    const pages: string[] = [...app.appJson.pages, ...app.appJson.subPackages.flatMap((p: any) => p.pages.map((pg: string) => `${p.root}/${pg}`))]
    expect(pages.sort()).toEqual(Object.keys(expected).sort())
    for (const route of pages) {
      const page = await app.openPage(`/${route}`)
      expect(page.route).toBe(route)
      for (const text of expected[route]) expect(app.text(page)).toContain(text)
      if (route === 'pages/login/index') expect(app.text(page)).toContain(`${hostName[target]}账号一键登录`)
      // Back, as a person would: a host keeps at most 10 pages, and 40 pages left mounted all re-render on every change
      await app.back()
    }
  }, 30_000)

  it('switches tabs from the tab bar', async () => {
    await app.tapTab('办事')
    expect(app.top().route).toBe('pages/services/index')
    await app.tapTab('我的')
    expect(app.top().route).toBe('pages/mine/index')
    expect(app.text()).toContain(`通过${hostName[target]}访问`)
  })

  it('opens 设置 from 我的 and turns on elder mode, which persists in host storage', async () => {
    await app.tapTab('我的')
    await app.tap('设置')
    expect(app.top().route).toBe('packages/settings/pages/settings/index')
    const before = JSON.stringify(app.top().data)
    expect(before).not.toContain('tb-page--elder')
    await app.tap('字体更大、按钮更大')
    expect(JSON.stringify(app.top().data)).toContain('tb-page--elder')
    expect(app.storage.get('tb.preferences.v1')).toMatchObject({ elderMode: true })
    // And off again, for the tests after this one (the elder 首页 leaves out 本地热门)
    await app.tap('字体更大、按钮更大')
    expect(app.storage.get('tb.preferences.v1')).toMatchObject({ elderMode: false })
  })

  it('chooses a street of 松江 in the region picker; 首页 shows it and the district’s own hot items', async () => {
    await app.tapTab('首页')
    await app.tap('当前地区 上海市，点击切换', app.top(), { by: 'label' })
    const picker = app.top()
    expect(picker.route).toBe('packages/region/pages/region/index')
    await app.tap('松江', picker)
    await app.waitFor(() => app.text(picker).includes('整个松江区'))
    await app.tap('方松', picker)
    const home = app.top()
    expect(home.route).toBe('pages/home/index')
    expect(app.text(home)).toContain('松江·方松街道')
    await app.waitFor(() => app.text(home).includes('松江热门'))
    expect(seen.some((r) => r.url.includes('/api/v1/catalog/home?region=310117'))).toBe(true)
  })

  it('renders a guide from the mock with every section, and a search by pinyin initials', async () => {
    const list = await server.inject({ method: 'GET', url: '/api/v1/catalog/search?q=jhdj&region=310101&limit=1' })
    const item = list.json().hits[0].item
    const guide = await app.openPage(`/packages/catalog/pages/guide/index?id=${item.id}`)
    await app.waitFor(() => app.text(guide).includes('申请材料'))
    for (const text of [item.name, '受理条件', '办理流程', '收费标准', '办理地点', '设定依据', '居民身份证']) expect(app.text(guide)).toContain(text)
    const search = await app.openPage('/packages/catalog/pages/search/index?q=jhdj')
    await app.waitFor(() => app.text(search).includes('结婚登记'))
    expect(seen.some((r) => r.url.includes('/api/v1/catalog/search?q=jhdj'))).toBe(true)
  })

  it('does 实名认证 through the host face flow, confirmed by the server (Baidu: explains why not)', async () => {
    const page = await app.openPage('/packages/account/pages/real-name/index')
    await app.input('姓名', LEGAL_REP.name)
    await app.input('身份证号', LEGAL_REP.idNumber)
    await app.tap('我已阅读并同意')
    await app.tap('开始刷脸认证')
    if (target === 'swan') {
      // swan.ai.facePersonVerify exists only inside the Baidu app: the page says so, nothing is bound.
      await app.waitFor(() => app.text(page).includes('当前环境无法刷脸'))
      expect(app.text(page)).toContain('百度')
      return
    }
    const faceApi = target === 'weapp' ? 'requestFacialVerify' : 'call'
    await app.waitFor(() => app.text(page).includes('实名认证成功'))
    expect(app.calls.some((c) => c.api === faceApi)).toBe(true)
    expect(seen.some((r) => r.url.endsWith('/api/v1/identity/face/confirm'))).toBe(true)
    await app.tapTab('我的')
    expect(app.text()).toContain('已实名')
    expect(app.text()).not.toContain(LEGAL_REP.idNumber)
  })

  it('pays a fee with the host cashier and shows it paid only after the server is notified', async () => {
    const fees = await app.openPage('/packages/pay/pages/fees/index')
    await app.waitFor(() => app.text(fees).includes('立即缴费'))
    await app.tap('立即缴费')
    if (target === 'swan') {
      // Not 实名 on this host (no face verification outside the Baidu app): paying leads to 实名认证 first.
      expect(app.top().route).toBe('packages/account/pages/real-name/index')
      return
    }
    const payApi = target === 'weapp' ? 'requestPayment' : 'tradePay'
    expect(app.calls.some((c) => c.api === payApi)).toBe(true)
    const result = app.top()
    expect(result.route).toBe('packages/pay/pages/result/index')
    // The host said "success"; the server has heard nothing from the provider yet.
    await app.waitFor(() => app.text(result).includes('支付结果确认中'))
    await new Promise((r) => setTimeout(r, 1600))
    await app.settle()
    expect(app.text(result)).not.toContain('缴费成功')
    // The order the result page keeps asking about; now the provider's notification arrives.
    const orderId = seen.map((r) => r.url.match(/\/payments\/orders\/([^/?]+)$/)?.[1]).filter(Boolean).pop()
    const notified = await server.inject({ method: 'POST', url: mockPaths.payNotify, payload: { orderId, outcome: 'success' } })
    expect(notified.statusCode).toBe(204)
    await app.waitFor(() => app.text(result).includes('缴费成功'))
  })

  it('binds a phone number through the host’s phone button, decrypted by the server', async () => {
    const page = await app.openPage('/packages/account/pages/security/index')
    await app.waitFor(() => app.text(page).includes('绑定手机号'))
    // What each host's button delivers: WeChat a code, Alipay an authorisation (then my.getPhoneNumber), Baidu encrypted data.
    const event = {
      weapp: ['getphonenumber', { errMsg: 'getPhoneNumber:ok', code: 'PHONE-CODE-1' }],
      alipay: ['getAuthorize', { type: 'getAuthorize' }],
      swan: ['getphonenumber', { errMsg: 'getPhoneNumber:ok', encryptedData: 'ENCRYPTED', iv: 'IV-1' }],
    }[target] as [string, Record<string, unknown>]
    await app.fire('绑定手机号', ...event)
    await app.waitFor(() => /1\d{2}\*{4}\d{4}/.test(app.text(page)))
    expect(seen.some((r) => r.url.endsWith('/api/v1/identity/phone'))).toBe(true)
  })

  it('renders 我的办件 and an application’s detail with the server’s data', async () => {
    const token = (app.storage.get('tb.session.v1') as { token: string }).token
    const headers = { authorization: `Bearer ${token}`, 'x-tongban-contract': '1.0.0' }
    const call = async (method: 'GET' | 'POST', url: string, payload?: object) => {
      const res = await server.inject({ method, url, headers, payload })
      if (res.statusCode !== 200) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`)
      return res.json()
    }
    // 实名 where the host could not (Baidu outside its app): the simulated WeChat provider confirms it server-side.
    if (!(await call('GET', paths.me)).realNameVerified) {
      const ticket = await call('POST', paths.realNameStart, { ...X_CHECK_DIGIT, consent: true, platform: 'weapp' })
      await call('POST', paths.faceConfirm, { ticketId: ticket.ticketId })
    }
    const form: FormSchemaDto = await call('GET', paths.itemForm.replace(':id', APPLY_ITEM))
    const { payload, contentType } = multipartJpeg()
    const upload = await server.inject({ method: 'POST', url: paths.uploads, payload, headers: { ...headers, 'content-type': contentType } })
    const applied = await call('POST', paths.applications, {
      itemId: APPLY_ITEM,
      formVersion: form.version,
      answers: validAnswers(form, new Date().toISOString().slice(0, 10)),
      materials: everyNeededSlotUploaded(form, upload.json().id),
      declarationAccepted: true,
      submissionKey: `boot-${target}-application`,
      mode: 'personal',
      platform: target,
    })
    await call('POST', mockPaths.review.replace(':id', applied.id), { action: 'accept' })

    const list = await app.openPage('/packages/handling/pages/applications/index')
    await app.waitFor(() => app.text(list).includes(form.itemName))
    expect(app.text(list)).toContain('已受理')
    const detail = await app.openPage(`/packages/handling/pages/application/index?id=${applied.id}`)
    await app.waitFor(() => app.text(detail).includes('办理进度'))
    for (const text of [form.itemName, applied.number, '已接件', '已受理', '承诺办结日期']) expect(app.text(detail)).toContain(text)
  })

  it('renders a 一件事’s questions one per screen, then its tailored checklist, with the server’s data', async () => {
    const page = await app.openPage('/packages/scenario/pages/scenario/index?id=newborn')
    await app.waitFor(() => app.text(page).includes('可能涉及的事项'))
    for (const text of ['新生儿出生一件事', '出生医学证明', '新生儿出生登记']) expect(app.text(page)).toContain(text)
    await app.tap('开始', page, { by: 'label' })
    await app.waitFor(() => app.text(page).includes('第 1 题'))
    expect(app.text(page)).toMatch(/第 1 题 \/ 共 \d+ 题/)
    expect(app.text(page)).toContain('返回介绍')

    // Answers kept in the scenario's draft (as another device left them): the page opens at the checklist
    const token = (app.storage.get('tb.session.v1') as { token: string }).token
    const headers = { authorization: `Bearer ${token}`, 'x-tongban-contract': '1.0.0' }
    const scenario: ScenarioDto = (await server.inject({ method: 'GET', url: `${paths.scenarios}/newborn?region=310101`, headers })).json()
    const answers = Object.fromEntries(
      scenario.questions.map((q) => [q.id, q.kind === 'number' ? (q.min ?? 1) : q.kind === 'multi' ? [] : q.kind === 'yes-no' ? 'yes' : q.options![0].value]),
    )
    const saved = await server.inject({
      method: 'PUT',
      url: paths.draft.replace(':id', 'scenario-newborn'),
      headers,
      payload: {
        itemId: 'scenario-newborn',
        formVersion: scenario.version,
        answers: {},
        materials: {},
        updatedAt: Date.now(),
        submissionKey: `boot-${target}-scenario`,
        scenario: { regionCode: '310101', version: scenario.version, answers },
      },
    })
    expect(saved.statusCode).toBe(200)
    const again = await app.openPage('/packages/scenario/pages/scenario/index?id=newborn')
    await app.waitFor(() => /您需要办理 \d+ 个事项/.test(app.text(again)))
    for (const text of ['办理地区：', '跑动次数', '承诺时限', '第一步', '需要的材料', '开始填写']) expect(app.text(again)).toContain(text)
  })

  it('renders the wallet, a licence’s masked face and its 亮证 code with the server’s data', async () => {
    const token = (app.storage.get('tb.session.v1') as { token: string }).token
    const headers = { authorization: `Bearer ${token}`, 'x-tongban-contract': '1.0.0' }
    const { licences } = (await server.inject({ method: 'GET', url: paths.licences, headers })).json() as { licences: { id: string; type: string; status: string }[] }
    const idCard = licences.find((l) => l.type === '居民身份证' && l.status === 'valid')!
    const wallet = await app.openPage('/packages/handling/pages/licences/index')
    await app.waitFor(() => app.text(wallet).includes('居民身份证'))
    expect(app.text(wallet)).toContain('有效')

    const page = await app.openPage(`/packages/wallet/pages/licence/index?id=${idCard.id}`)
    await app.waitFor(() => app.text(page).includes('可信等级'))
    for (const text of ['公民身份号码', '查看完整信息', '亮证', '用证记录']) expect(app.text(page)).toContain(text)
    // Masked by default: no full 身份证号 on the page
    expect(app.text(page)).not.toMatch(/\d{17}[\dX]/)

    const show = await app.openPage(`/packages/wallet/pages/show/index?id=${idCard.id}&purpose=identity`)
    if (target === 'swan') {
      // Baidu verifies faces only inside the Baidu app: the 实名 above was confirmed server-side, behind the app's
      // back, so the app sends the user to 实名认证 before it shows any code
      await app.waitFor(() => app.top().route === 'packages/account/pages/real-name/index' || app.text(show).includes('请先刷脸确认本人'))
      expect(app.text(show)).not.toContain('秒后自动刷新')
      return
    }
    // The user confirmed their face through the host in the 实名 step above: the code shows at once, as an image
    await app.waitFor(() => app.text(show).includes('秒后自动刷新'))
    const images = elements(show.data.root).filter((n) => Object.values(n).some((v) => typeof v === 'string' && v.startsWith('data:image/png;base64,')))
    expect(images).toHaveLength(1)
  }, 15_000)

  it('signs out from 账号与安全 and 我的 shows the signed-out state', async () => {
    await app.openPage('/packages/account/pages/security/index')
    await app.tap('清除本机的登录状态和个人信息')
    await app.tapTab('我的')
    expect(app.text()).toContain('未登录')
    expect(app.storage.has('tb.session.v1')).toBe(false)
  })

  it('reported no runtime error on the way', () => {
    expect(app.errors).toEqual([])
  })
})

/**
 * 长辈模式 and the accessibility attributes in each compiled mini-program: the preference saved on an earlier visit
 * (or the host's large type setting) is in force from the first render, and what the templates render carries the
 * role and name the host's screen reader reads (WeChat aria-role, Alipay role; config/mini-a11y.ts).
 */
const ROLE_ATTRIBUTE: Record<Target, string> = { weapp: 'aria-role', alipay: 'role', swan: 'role' }
const ELDER_PREFERENCE = { mode: 'personal', regionCode: '310000', subRegion: null, elderMode: true, elderModeChosen: true }

describe.each(targets)('长辈模式 and accessibility attributes in the compiled %s output', (target) => {
  let server: FastifyInstance
  const boot = (extra: { storage?: Record<string, unknown>; fontScale?: number }) =>
    bootMiniApp({ target, dist: join(root, 'dist', target), http: viaMock(server, []), ...extra })

  beforeAll(async () => {
    server = buildServer({ quiet: true })
    await server.ready()
  })
  afterAll(() => server.close())

  it('renders 首页 and 我的 in elder mode when the preference was saved before launch', async () => {
    const app = await boot({ storage: { 'tb.preferences.v1': ELDER_PREFERENCE } })
    const home = app.top()
    expect(findByClass(home.data.root, 'tb-page--elder')).toHaveLength(1)
    // The simpler elder 首页: the hero with its 标准模式 switch, most-used items, the service entries, notices, 12345
    for (const text of ['标准模式', '全市热门', '社区服务', '便民服务', '通知公告', '12345 政务服务便民热线']) expect(app.text(home)).toContain(text)
    expect(app.text(home)).not.toContain('为你推荐')
    await app.tapTab('我的')
    const mine = app.top()
    expect(mine.route).toBe('pages/mine/index')
    expect(findByClass(mine.data.root, 'tb-page--elder')).toHaveLength(1)
    for (const text of expected['pages/mine/index']) expect(app.text(mine)).toContain(text)
    expect(app.errors).toEqual([])
  })

  it('starts in elder mode when the host is set to large type, until the user chooses', async () => {
    const app = await boot({ fontScale: 1.3 })
    expect(findByClass(app.top().data.root, 'tb-page--elder')).toHaveLength(1)
    const normal = await boot({ fontScale: 1 })
    expect(findByClass(normal.top().data.root, 'tb-page--elder')).toHaveLength(0)
  })

  it('renders role, name and state on the nodes, as the host’s screen reader reads them', async () => {
    const app = await boot({ storage: { 'tb.preferences.v1': ELDER_PREFERENCE } })
    const role = ROLE_ATTRIBUTE[target]
    const rendered = (page = app.top()) => elements(page.data.root).map((n) => app.attributes(n))
    // The region chip: a button named by its label
    expect(rendered()).toContainEqual(expect.objectContaining({ [role]: 'button', 'aria-label': '当前地区 上海市，点击切换' }))
    // 个人 / 法人: tabs with their selected state
    expect(rendered()).toContainEqual(expect.objectContaining({ [role]: 'tab', 'aria-selected': 'true' }))
    // Icons are pictures only
    expect(rendered().filter((a) => a['aria-hidden'] === 'true').length).toBeGreaterThan(5)
    // 设置: the 长辈模式 row is a switch, checked
    await app.tapTab('我的')
    await app.tap('设置')
    expect(rendered()).toContainEqual(expect.objectContaining({ [role]: 'switch', 'aria-checked': 'true' }))
    // The other name for the role attribute never reaches the template (WeChat ignores role, Alipay aria-role)
    const other = role === 'role' ? 'aria-role' : 'role'
    expect(rendered().some((a) => other in a)).toBe(false)
  })
})
