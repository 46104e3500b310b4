import { act, fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import Fees from '../../src/packages/pay/pages/fees/index'
import PayResult from '../../src/packages/pay/pages/result/index'
import { createOrder, getOrder, listFees } from '../../src/api/endpoints/payment'
import { appConfig } from '../../src/stores/app-config'
import { session } from '../../src/stores/session'
import { platform } from './fake-platform'
import { appConfigFixture } from './app-config'
import { setRouterParams } from './taro-fake'

jest.mock('../../src/api/endpoints/payment', () => ({ listFees: jest.fn(), createOrder: jest.fn(), getOrder: jest.fn() }))

const fee = { id: 'f1', title: '居住证补领工本费', department: '上海市公安局', amountFen: 2000, basis: '沪价费〔2017〕1号', status: 'unpaid' as const, paidAt: null, applicationId: null }
const order = { id: 'o1', feeId: 'f1', title: fee.title, amountFen: 2000, platform: 'weapp' as const, status: 'created' as const, paidAt: null, payload: { provider: 'weapp' as const, timeStamp: '1', nonceStr: 'n', package: 'prepay_id=wx1', signType: 'RSA' as const, paySign: 's' }, sandboxUrl: '/mock/cashier?order=o1' }
const now = new Date().toISOString()
const citizen = (faceVerifiedAt: string | null) => ({ id: 'u1', platform: 'weapp' as const, displayName: '微信用户', phoneMasked: null, realNameVerified: true, assurance: 'face' as const, realName: { nameMasked: '张*', idNumberMasked: '1101**********002X' }, faceVerifiedAt })

beforeEach(() => {
  jest.clearAllMocks()
  setRouterParams({})
  appConfig.set({ status: 'ready', data: appConfigFixture, error: null })
  session.set({ status: 'signed-in', token: 't', user: citizen(now), error: null })
  platform.name = 'weapp'
  platform.pay = jest.fn(async () => ({ status: 'ok' as const, value: { api: 'requestPayment' } }))
  jest.mocked(listFees).mockResolvedValue({ fees: [fee] })
})

describe('我的缴费', () => {
  it('lists what is owed with amounts in 元', async () => {
    await act(async () => {
      render(<Fees />)
    })
    expect(screen.getByText('居住证补领工本费')).toBeTruthy()
    expect(screen.getByText('20.00 元')).toBeTruthy()
  })

  it('asks for a fresh face check before paying, and comes back here afterwards', async () => {
    session.set({ user: citizen('2020-01-01T00:00:00Z') })
    await act(async () => {
      render(<Fees />)
    })
    await act(async () => fireEvent.click(screen.getByText('立即缴费')))
    expect(createOrder).not.toHaveBeenCalled()
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `/packages/account/pages/face-check/index?then=${encodeURIComponent('/packages/pay/pages/fees/index')}` })
  })

  it('pays once through the host, then lets the server confirm on the result page', async () => {
    jest.mocked(createOrder).mockResolvedValue(order)
    await act(async () => {
      render(<Fees />)
    })
    await act(async () => {
      fireEvent.click(screen.getByText('立即缴费'))
      fireEvent.click(screen.getByText('立即缴费'))
    })
    expect(createOrder).toHaveBeenCalledTimes(1)
    expect(platform.pay).toHaveBeenCalledWith(order.payload)
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/pay/pages/result/index?order=o1&host=ok' })
  })

  it('stays on the list when the user cancels in the host', async () => {
    jest.mocked(createOrder).mockResolvedValue(order)
    platform.pay = jest.fn(async () => ({ status: 'cancelled' as const, message: '已取消支付' }))
    await act(async () => {
      render(<Fees />)
    })
    await act(async () => fireEvent.click(screen.getByText('立即缴费')))
    expect(Taro.showToast).toHaveBeenCalledWith({ title: '已取消支付', icon: 'none' })
    expect(Taro.navigateTo).not.toHaveBeenCalled()
  })
})

describe('支付结果', () => {
  it('says 确认中 until the server confirms, never the host’s word', async () => {
    jest.useFakeTimers()
    setRouterParams({ order: 'o1', host: 'ok' })
    jest.mocked(getOrder).mockResolvedValueOnce(order).mockResolvedValueOnce(order).mockResolvedValue({ ...order, status: 'paid', paidAt: now, payload: null })
    await act(async () => {
      render(<PayResult />)
    })
    expect(screen.getByText('支付结果确认中')).toBeTruthy()
    await act(async () => {
      jest.advanceTimersByTime(1500)
    })
    expect(screen.getByText('支付结果确认中')).toBeTruthy()
    await act(async () => {
      jest.advanceTimersByTime(1500)
    })
    expect(screen.getByText('缴费成功')).toBeTruthy()
    expect(getOrder).toHaveBeenCalledTimes(3)
    jest.useRealTimers()
  })

  it('admits when no confirmation came, and does not invite a second payment', async () => {
    jest.useFakeTimers()
    setRouterParams({ order: 'o1' })
    jest.mocked(getOrder).mockResolvedValue(order)
    await act(async () => {
      render(<PayResult />)
    })
    for (let i = 0; i < 12; i++) {
      await act(async () => {
        jest.advanceTimersByTime(1500)
      })
    }
    expect(screen.getByText('暂未确认到支付结果')).toBeTruthy()
    expect(screen.getByText(/不要重复支付/)).toBeTruthy()
    jest.useRealTimers()
  })
})
