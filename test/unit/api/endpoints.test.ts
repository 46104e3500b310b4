import { FAULT_HEADER } from '../../../src/api/contract'
import { createAuthApi } from '../../../src/api/endpoints/auth'
import { createSystemApi } from '../../../src/api/endpoints/system'
import { ApiError } from '../../../src/api/errors'
import { startHttpMock, type HttpMock } from './support/http-mock'

let mock: HttpMock
let token: string | null
let auth: ReturnType<typeof createAuthApi>
let system: ReturnType<typeof createSystemApi>
beforeEach(async () => {
  mock = await startHttpMock()
  token = null
  const client = mock.client({ getToken: () => token })
  auth = createAuthApi(client)
  system = createSystemApi(client)
})
afterEach(() => mock.close())

const PHONE = '13912345678'

describe('system endpoints', () => {
  it('getHealth and getAppConfig return the contract shapes', async () => {
    expect((await system.getHealth()).status).toBe('ok')
    const config = await system.getAppConfig()
    expect(config.defaultRegionCode).toBe('310000')
    expect(config.modes.map((m) => m.id)).toEqual(['personal', 'enterprise'])
  })
})

describe('auth endpoints', () => {
  it('H5: sendSmsCode → loginWithSms → getMe → logout → getMe fails', async () => {
    expect(await auth.sendSmsCode({ phone: PHONE })).toEqual({ cooldownSeconds: 60, expiresInSeconds: 300 })
    const [sms] = await mock.outbox(PHONE)
    const session = await auth.loginWithSms({ phone: PHONE, code: sms.code })
    expect(session.user).toMatchObject({ platform: 'h5', phoneMasked: '139****5678' })
    token = session.token
    expect(await auth.getMe()).toEqual(session.user)
    await expect(auth.logout()).resolves.toBeUndefined()
    await expect(auth.getMe()).rejects.toMatchObject({ kind: 'unauthorized' })
  })

  it('shows the wrong-code message with attempts left', async () => {
    await auth.sendSmsCode({ phone: PHONE })
    const [sms] = await mock.outbox(PHONE)
    const wrong = sms.code === '000000' ? '111111' : '000000'
    const error = await auth.loginWithSms({ phone: PHONE, code: wrong }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ kind: 'client', code: 'SMS_CODE_WRONG', message: '验证码不正确，还可尝试4次' })
  })

  it('mini-program: loginWithPlatformCode with a host code', async () => {
    const session = await auth.loginWithPlatformCode({ platform: 'alipay', code: await mock.issueCode('alipay', 'gina') })
    expect(session.user.platform).toBe('alipay')
    expect(session.user.displayName).toMatch(/^支付宝用户/)
  })

  it('a platform login whose answer was lost still signs in: the retry is replayed, not CODE_USED', async () => {
    const lossy = createAuthApi(mock.client({ headers: { [FAULT_HEADER]: 'status=502;after;times=1;key=login-lost' } }))
    const code = await mock.issueCode('weapp', 'hana')
    const session = await lossy.loginWithPlatformCode({ platform: 'weapp', code })
    expect(session.user.platform).toBe('weapp')
    expect(await mock.received('POST /api/v1/auth/login')).toBe(2)
  })
})
