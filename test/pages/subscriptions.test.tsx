import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { catalogApi } from '../../src/api/endpoints/catalog'
import { ApiError } from '../../src/api/errors'
import Subscriptions from '../../src/packages/catalog/pages/subscriptions/index'
import { catalogState } from '../../src/stores/catalog'
import { itemSummary, subscriptionList } from './catalog-fixtures'

jest.mock('../../src/api/endpoints/catalog', () => ({
  catalogApi: { listSubscriptions: jest.fn(), reorderSubscriptions: jest.fn(), unsubscribe: jest.fn() },
}))
const api = jest.mocked(catalogApi)

const a = itemSummary({ id: 'a', name: '内地居民结婚登记' })
const b = itemSummary({ id: 'b', name: '居住证办理（新办）' })
const c = itemSummary({ id: 'c', name: '住房公积金提取（租房提取）' })

beforeEach(() => {
  jest.clearAllMocks()
  api.listSubscriptions.mockResolvedValue(subscriptionList([a, b, c]))
})

const names = () => screen.getAllByRole('button', { name: /^(内地|居住|住房).*，/ }).map((el) => el.getAttribute('aria-label')!.split('，')[0])

describe('我的订阅 page', () => {
  it('lists the subscriptions in order and moves one up through the server, once per tap', async () => {
    let answer: (v: ReturnType<typeof subscriptionList>) => void = () => undefined
    api.reorderSubscriptions.mockImplementation(() => new Promise((resolve) => (answer = resolve)))
    render(<Subscriptions />)
    await screen.findByText('内地居民结婚登记')
    expect(names()).toEqual(['内地居民结婚登记', '居住证办理（新办）', '住房公积金提取（租房提取）'])
    fireEvent.click(screen.getByLabelText('上移 住房公积金提取（租房提取）'))
    fireEvent.click(screen.getByLabelText('上移 住房公积金提取（租房提取）'))
    expect(api.reorderSubscriptions).toHaveBeenCalledTimes(1)
    expect(api.reorderSubscriptions).toHaveBeenCalledWith(['a', 'c', 'b'])
    answer(subscriptionList([a, c, b]))
    await waitFor(() => expect(names()).toEqual(['内地居民结婚登记', '住房公积金提取（租房提取）', '居住证办理（新办）']))
    expect(catalogState.get().subscribedIds).toEqual(['a', 'c', 'b'])
  })

  it('does nothing for 上移 on the first item', async () => {
    render(<Subscriptions />)
    await screen.findByText('内地居民结婚登记')
    fireEvent.click(screen.getByLabelText('上移 内地居民结婚登记'))
    expect(api.reorderSubscriptions).not.toHaveBeenCalled()
  })

  it('removes an item after the server agreed, and shows the empty state at the end', async () => {
    api.listSubscriptions.mockResolvedValue(subscriptionList([a]))
    api.unsubscribe.mockResolvedValue(subscriptionList([]))
    render(<Subscriptions />)
    await screen.findByText('内地居民结婚登记')
    fireEvent.click(screen.getByLabelText('取消订阅 内地居民结婚登记'))
    await screen.findByText('还没有订阅事项')
    expect(Taro.showToast).toHaveBeenCalledWith({ title: '已取消订阅', icon: 'none' })
    fireEvent.click(screen.getByText('去办事'))
    expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/services/index' })
  })

  it('keeps the order and says why when the server refuses', async () => {
    api.reorderSubscriptions.mockRejectedValue(new ApiError({ kind: 'client', status: 422, message: '订阅列表已变化，请刷新后重试' }))
    render(<Subscriptions />)
    await screen.findByText('内地居民结婚登记')
    fireEvent.click(screen.getByLabelText('下移 内地居民结婚登记'))
    await waitFor(() => expect(Taro.showToast).toHaveBeenCalledWith({ title: '订阅列表已变化，请刷新后重试', icon: 'none' }))
    expect(names()[0]).toBe('内地居民结婚登记')
  })

  it('opens a guide and retries a failed load', async () => {
    api.listSubscriptions.mockRejectedValueOnce(new ApiError({ kind: 'network', message: '网络连接失败，请检查网络后重试' }))
    render(<Subscriptions />)
    await screen.findByText('网络连接失败，请检查网络后重试')
    fireEvent.click(screen.getByText('重新加载'))
    fireEvent.click(await screen.findByText('居住证办理（新办）'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/catalog/pages/guide/index?id=b' })
  })
})
