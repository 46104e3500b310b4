import { ApiError } from '../../../src/api/errors'
import { createPageLoader, PAGE_SIZE, type PageAnswer } from '../../../src/hooks/use-item-pages'

/** A fetcher whose answers the test releases by hand, in any order. */
function manualFetch<M = undefined>() {
  const calls: { offset: number; limit: number; resolve: (a: PageAnswer<number, M>) => void; reject: (e: unknown) => void }[] = []
  const fetch = jest.fn(
    (offset: number, limit: number) =>
      new Promise<PageAnswer<number, M>>((resolve, reject) => {
        calls.push({ offset, limit, resolve, reject })
      }),
  )
  return { fetch, calls }
}

/** Rows offset..offset+limit of a list of `total` numbers */
const rows = (offset: number, total: number) => Array.from({ length: Math.max(0, Math.min(PAGE_SIZE, total - offset)) }, (_, i) => offset + i)
const flush = () => new Promise((r) => setTimeout(r, 0))

describe('page loader (useItemPages)', () => {
  it('loads the pages a range covers, each once even when asked again while in flight', async () => {
    const { fetch, calls } = manualFetch()
    const loader = createPageLoader<number>(jest.fn())
    loader.reset(fetch)
    loader.ensure(0, 1)
    loader.ensure(0, 45)
    loader.ensure(10, 50)
    expect(fetch.mock.calls).toEqual([
      [0, 30],
      [30, 30],
    ])
    calls[0].resolve({ items: rows(0, 5000), total: 5000 })
    await flush()
    loader.ensure(0, 30)
    expect(fetch).toHaveBeenCalledTimes(2)
    expect(loader.total).toBe(5000)
    expect(loader.rowAt(29)).toBe(29)
    expect(loader.rowAt(30)).toBeUndefined()
  })

  it('keeps pages sparse: a jump far down loads only that page', async () => {
    const { fetch, calls } = manualFetch()
    const loader = createPageLoader<number>(jest.fn())
    loader.reset(fetch)
    loader.ensure(0, 1)
    calls[0].resolve({ items: rows(0, 5000), total: 5000 })
    await flush()
    loader.ensure(3000, 3014)
    expect(fetch).toHaveBeenLastCalledWith(3000, 30)
    calls[1].resolve({ items: rows(3000, 5000), total: 5000 })
    await flush()
    expect(loader.rowAt(3013)).toBe(3013)
    expect(loader.rowAt(1500)).toBeUndefined()
    expect(loader.loadedCount()).toBe(30)
  })

  it('never asks past the total', async () => {
    const { fetch, calls } = manualFetch()
    const loader = createPageLoader<number>(jest.fn())
    loader.reset(fetch)
    loader.ensure(0, 1)
    calls[0].resolve({ items: rows(0, 40), total: 40 })
    await flush()
    loader.ensure(0, 200)
    expect(fetch.mock.calls.map((c) => c[0])).toEqual([0, 30])
  })

  it('prefetches the page after the loaded run', async () => {
    const { fetch, calls } = manualFetch()
    const loader = createPageLoader<number>(jest.fn())
    loader.reset(fetch)
    loader.ensure(0, 1)
    calls[0].resolve({ items: rows(0, 100), total: 100 })
    await flush()
    loader.loadMore()
    expect(fetch).toHaveBeenLastCalledWith(30, 30)
    calls[1].resolve({ items: rows(30, 100), total: 100 })
    await flush()
    expect(loader.loadedCount()).toBe(60)
    loader.loadMore()
    expect(fetch).toHaveBeenLastCalledWith(60, 30)
  })

  it('drops answers that arrive after a reset (another query or filter)', async () => {
    const first = manualFetch()
    const second = manualFetch()
    const onChange = jest.fn()
    const loader = createPageLoader<number>(onChange)
    loader.reset(first.fetch)
    loader.ensure(0, 1)
    loader.reset(second.fetch)
    loader.ensure(0, 1)
    second.calls[0].resolve({ items: [7, 8], total: 2 })
    await flush()
    first.calls[0].resolve({ items: [1, 2, 3], total: 3 })
    await flush()
    expect(loader.total).toBe(2)
    expect(loader.rowAt(0)).toBe(7)
    expect(loader.rowAt(2)).toBeUndefined()
  })

  it('keeps what the first page says about the whole result', async () => {
    const { fetch, calls } = manualFetch<{ suggestions: string[] }>()
    const loader = createPageLoader<number, { suggestions: string[] }>(jest.fn())
    loader.reset(fetch)
    loader.ensure(0, 1)
    calls[0].resolve({ items: [], total: 0, meta: { suggestions: ['社保卡'] } })
    await flush()
    expect(loader.meta).toEqual({ suggestions: ['社保卡'] })
    loader.reset(fetch)
    expect(loader.meta).toBeUndefined()
  })

  it('reports a failure in Chinese, does not retry it on scroll, and retries on request', async () => {
    const { fetch, calls } = manualFetch()
    const loader = createPageLoader<number>(jest.fn())
    loader.reset(fetch)
    loader.ensure(0, 1)
    calls[0].reject(new ApiError({ kind: 'network' }))
    await flush()
    expect(loader.error).toBe('网络连接失败，请检查网络后重试')
    expect(loader.total).toBeNull()
    loader.ensure(0, 10)
    expect(fetch).toHaveBeenCalledTimes(1)
    loader.retry()
    expect(fetch).toHaveBeenCalledTimes(2)
    expect(loader.error).toBeNull()
    calls[1].resolve({ items: rows(0, 10), total: 10 })
    await flush()
    expect(loader.rowAt(9)).toBe(9)
  })

  it('says something human when the failure is not an ApiError', async () => {
    const { fetch, calls } = manualFetch()
    const loader = createPageLoader<number>(jest.fn())
    loader.reset(fetch)
    loader.ensure(0, 1)
    calls[0].reject(new TypeError('x is undefined'))
    await flush()
    expect(loader.error).toBe('加载失败，请稍后重试')
  })

  it('loads nothing without a fetcher (an empty search box)', () => {
    const loader = createPageLoader<number>(jest.fn())
    loader.reset(null)
    loader.ensure(0, 30)
    loader.loadMore()
    expect(loader.enabled).toBe(false)
    expect(loader.pending).toBe(0)
  })
})
