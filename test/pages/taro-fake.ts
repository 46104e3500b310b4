/** A small stand-in for @tarojs/taro in jsdom: navigation and UI calls are recorded jest mocks. */
import { useEffect } from 'react'

const pages: Array<{ route: string }> = [{ route: 'pages/home/index' }]

const Taro = {
  navigateTo: jest.fn(async (_o: { url: string }) => ({ errMsg: 'navigateTo:ok' })),
  switchTab: jest.fn(async (_o: { url: string }) => ({ errMsg: 'switchTab:ok' })),
  navigateBack: jest.fn(async () => ({ errMsg: 'navigateBack:ok' })),
  redirectTo: jest.fn(async (_o: { url: string }) => ({ errMsg: 'redirectTo:ok' })),
  showModal: jest.fn(async (_o: unknown) => ({ confirm: true, cancel: false })),
  showToast: jest.fn(async (_o: unknown) => ({})),
  stopPullDownRefresh: jest.fn(),
  getCurrentPages: jest.fn(() => pages),
  setNavigationBarTitle: jest.fn(async (_o: { title: string }) => ({})),
  pageScrollTo: jest.fn(async (_o: unknown) => ({})),
  /** Measures nothing (jsdom has no layout): a query answers null for the element and the viewport */
  createSelectorQuery: jest.fn(() => {
    const query = { select: () => query, boundingClientRect: () => query, selectViewport: () => query, scrollOffset: () => query, exec: (cb: (res: null[]) => void) => cb([null, null]) }
    return query
  }),
}

export default Taro
export const { stopPullDownRefresh } = Taro
/** Taro's page hooks fire once when the page mounts, as on first show. */
const useOnMount = (fn: () => void) => useEffect(() => fn(), []) // eslint-disable-line react-hooks/exhaustive-deps
export const useLaunch = useOnMount
export const useDidShow = useOnMount
export const useDidHide = (_fn: () => void) => undefined
export const useLoad = useOnMount
export const usePullDownRefresh = (_fn: () => void) => undefined
export const useUnload = (_fn: () => void) => undefined
export const useShareAppMessage = (_fn: () => unknown) => undefined
export const useReachBottom = (_fn: () => void) => undefined
export const usePageScroll = (_fn: (e: { scrollTop: number }) => void) => undefined

/** The current page's query, as useRouter().params; tests set it before rendering. */
export const routerParams: Record<string, string> = {}
export const useRouter = () => ({ params: routerParams })
export const setRouterParams = (params: Record<string, string>) => {
  for (const key of Object.keys(routerParams)) delete routerParams[key]
  Object.assign(routerParams, params)
}
