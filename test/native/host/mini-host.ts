import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, normalize } from 'node:path'
import vm from 'node:vm'
import { applySetData } from './set-data'
import { createHostApi, type HostOptions, type Target } from './host-api'
import { renderedAttributes, templateBindings } from './template'
import { ancestry, elements, findByText, textOf, type TaroNode } from './tree'

/**
 * A small mini-program host for compiled Taro output (dist/weapp, dist/alipay, dist/swan). It does what the
 * real hosts do for the logic layer: loads app.js and page files as CommonJS with the host globals, keeps a
 * page stack, runs App/Page lifecycles (onLaunch/onShow, onLoad/onShow/onReady), applies setData to each
 * page's data, and delivers tap events to the page's event handler. What it renders is the data tree the
 * templates bind to, so a test reads the same text a user would see.
 */
export interface HostPage {
  route: string
  instance: any
  data: { root?: TaroNode; [k: string]: unknown }
}

const GLOBAL_NAME: Record<Target, string> = { weapp: 'wx', alipay: 'my', swan: 'swan' }
const USER_AGENT: Record<Target, string> = { weapp: 'MicroMessenger/8.0.50', alipay: 'AlipayClient/10.5.0', swan: 'baiduboxapp/13.50.0' }

/** The tab bar as {pagePath, text}, whatever the host's app.json dialect. */
export function tabItems(appJson: any): Array<{ pagePath: string; text: string }> {
  const tabBar = appJson.tabBar ?? {}
  return (tabBar.list ?? tabBar.items ?? []).map((t: any) => ({ pagePath: t.pagePath, text: t.text ?? t.name }))
}

export async function bootMiniApp(opts: {
  target: Target
  dist: string
  http: HostOptions['http']
  loginCodes?: () => string
  storage?: HostOptions['storage']
  fontScale?: HostOptions['fontScale']
  /** Sees every setData as the host receives it, after it is applied (the benchmarks time and weigh them) */
  onSetData?: (page: HostPage, patch: Record<string, unknown>) => void
}) {
  const { target, dist } = opts
  if (!existsSync(join(dist, 'app.js'))) throw new Error(`${dist}/app.js is missing: run npm run build:${target}`)
  const appJson = JSON.parse(readFileSync(join(dist, 'app.json'), 'utf8'))
  const bindings = templateBindings(dist, target)
  /** What the compiled template renders on a node: aria-label, aria-role / role, class … */
  const attributes = (node: TaroNode) => renderedAttributes(bindings, node)
  /** The accessible name the host's screen reader is given: the rendered aria-label. */
  const labelOf = (node: TaroNode) => attributes(node)['aria-label']
  const pageConfigs = new Map<string, any>()
  const stack: HostPage[] = []
  const pending: Array<() => Promise<void>> = []
  let appConfig: any = null
  let appInstance: any = null
  let codeSeq = 0
  const host = createHostApi({
    target,
    http: opts.http,
    nextLoginCode: opts.loginCodes ?? (() => `${target}code${Date.now().toString(36)}${codeSeq++}`),
    navigate: (kind, url, delta) => pending.push(() => navigate(kind, url, delta)),
    storage: opts.storage,
    fontScale: opts.fontScale,
  })

  // What the app reports through console.error (React's caught render errors among them): a test asserts none.
  const errors: string[] = []
  const context: Record<string, unknown> = {
    console: { ...console, error: (...args: unknown[]) => errors.push(args.map((a) => (a instanceof Error ? a.stack ?? a.message : String(a))).join(' ')) },
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    Promise,
    Date,
    // Alipay's logic layer has a navigator (Taro reads its userAgent); the others do not mind one.
    navigator: { userAgent: `Mozilla/5.0 (iPhone) ${USER_AGENT[target]}` },
    [GLOBAL_NAME[target]]: host.api,
    App: (config: any) => {
      appConfig = config
    },
    Page: (config: any) => {
      pageConfigs.set(currentFile, config)
    },
    Component: (config: any) => {
      // Taro registers its pages as Component on some hosts; record page-like ones under the current file.
      if (currentFile.startsWith('pages/') || currentFile.startsWith('packages/')) pageConfigs.set(currentFile, { __component: true, ...config })
    },
    Behavior: (config: unknown) => config,
    getApp: () => appInstance,
    getCurrentPages: () => stack.map((p) => p.instance),
    requirePlugin: () => ({}),
  }
  context.global = context
  context.globalThis = context
  vm.createContext(context)

  const cache = new Map<string, unknown>()
  let currentFile = ''
  function load(file: string): unknown {
    const path = normalize(file.endsWith('.js') ? file : `${file}.js`)
    if (cache.has(path)) return (cache.get(path) as any).exports
    const module = { exports: {} as unknown }
    cache.set(path, module)
    const code = readFileSync(join(dist, path), 'utf8')
    const wrapper = vm.runInContext(`(function (require, module, exports) {${code}\n})`, context, { filename: path })
    const previous = currentFile
    currentFile = path.replace(/\.js$/, '')
    wrapper((dep: string) => load(join(dirname(path), dep)), module, module.exports)
    currentFile = previous
    return module.exports
  }

  const settle = async () => {
    for (let i = 0; i < 50; i++) {
      await new Promise((r) => setTimeout(r, 5))
      while (pending.length) await pending.shift()!()
    }
  }

  async function openPage(url: string) {
    const [path, query = ''] = url.replace(/^\//, '').split('?')
    if (!pageConfigs.has(path)) load(path)
    const config = pageConfigs.get(path)
    if (!config) throw new Error(`page ${path} did not register`)
    const source = config.__component ? { ...config, ...config.methods } : config
    const instance: any = Object.create(source)
    const page: HostPage = { route: path, instance, data: JSON.parse(JSON.stringify(source.data ?? {})) }
    Object.assign(instance, {
      route: path,
      __route__: path,
      __webviewId__: stack.length + 1,
      data: page.data,
      setData(patch: Record<string, unknown>, cb?: () => void) {
        applySetData(page.data, patch)
        opts.onSetData?.(page, patch)
        if (cb) setTimeout(cb, 0)
      },
    })
    stack.push(page)
    const options = Object.fromEntries(new URLSearchParams(query))
    // Baidu calls onInit before onLoad (Taro's swan runtime mounts the page in onInit).
    instance.onInit?.(options)
    instance.onLoad?.(options)
    instance.onShow?.()
    instance.onReady?.()
    await settle()
    return page
  }

  async function navigate(kind: string, url: string, delta = 1) {
    const top = stack[stack.length - 1]
    if (kind === 'navigateBack') {
      for (let i = 0; i < delta && stack.length > 1; i++) stack.pop()!.instance.onUnload?.()
      stack[stack.length - 1]?.instance.onShow?.()
      return
    }
    if (kind === 'switchTab' || kind === 'reLaunch') {
      const path = url.replace(/^\//, '').split('?')[0]
      while (stack.length > 0 && !(kind === 'switchTab' && stack[stack.length - 1].route === path)) {
        const p = stack.pop()!
        if (p.route !== path) p.instance.onHide?.()
      }
      if (stack.length && stack[stack.length - 1].route === path) {
        stack[stack.length - 1].instance.onShow?.()
        return
      }
    } else {
      top?.instance.onHide?.()
      if (kind === 'redirectTo') stack.pop()?.instance.onUnload?.()
    }
    await openPage(url)
  }

  // Boot: the shared chunks come in through app.js's requires, exactly as on the device.
  load('app')
  if (!appConfig) throw new Error('app.js did not call App()')
  appInstance = Object.create(appConfig)
  const launch = { path: appJson.pages[0], query: {}, scene: 1001 }
  appInstance.onLaunch?.(launch)
  appInstance.onShow?.(launch)
  await openPage(appJson.pages[0])

  const top = () => stack[stack.length - 1]
  return {
    appJson,
    errors,
    calls: host.calls,
    storage: host.storage,
    stack,
    top,
    settle,
    text: (page: HostPage = top()) => textOf(page.data.root),
    attributes,
    /**
     * Taps the innermost element showing `label` (or, with `{ by: 'label' }`, the element whose accessible name
     * is `label`), as a finger would; the event bubbles in Taro's DOM.
     */
    async tap(label: string, page: HostPage = top(), { by = 'text' }: { by?: 'text' | 'label' } = {}) {
      const node = by === 'label' ? elements(page.data.root).find((e) => labelOf(e) === label) : findByText(page.data.root, label)
      if (!node) throw new Error(`nothing shows “${label}” on ${page.route}: ${textOf(page.data.root).slice(0, 300)}`)
      // The host bubbles a tap natively: every element on the way up whose template binds the event gets
      // its own call of the page's handler (Taro batches them and dispatches once, at the top).
      const target = { id: node.sid, dataset: { sid: node.sid } }
      const timeStamp = Date.now()
      for (const el of ancestry(page.data.root, node)) {
        page.instance.eh({ type: 'tap', timeStamp, detail: { x: 1, y: 1 }, target, currentTarget: { id: el.sid, dataset: { sid: el.sid } } })
      }
      await settle()
    },
    /** Fires a component event (e.g. a phone-number button's getphonenumber) on the element showing `label`. */
    async fire(label: string, type: string, detail: Record<string, unknown>, page: HostPage = top()) {
      const node = findByText(page.data.root, label)
      if (!node) throw new Error(`nothing shows “${label}” on ${page.route}`)
      const target = { id: node.sid, dataset: { sid: node.sid } }
      page.instance.eh({ type, timeStamp: Date.now(), detail, target, currentTarget: target })
      await settle()
    },
    /** Types into the Input labelled `label` (its rendered aria-label), as the host's input event delivers it. */
    async input(label: string, value: string, page: HostPage = top()) {
      const node = elements(page.data.root).find((e) => labelOf(e) === label)
      if (!node) throw new Error(`no input “${label}” on ${page.route}`)
      const target = { id: node.sid, dataset: { sid: node.sid } }
      page.instance.eh({ type: 'input', timeStamp: Date.now(), detail: { value, cursor: value.length }, target, currentTarget: target })
      await settle()
    },
    /** Waits (settling the app) until `ready()` holds, e.g. for a page that polls the server. */
    async waitFor(ready: () => boolean, timeoutMs = 8000) {
      const deadline = Date.now() + timeoutMs
      while (!ready()) {
        if (Date.now() > deadline) throw new Error(`timed out on ${top().route}: ${textOf(top().data.root).slice(0, 300)}`)
        await settle()
      }
    },
    /** The host's own tab bar (outside the page): what a tap on a tab item does. */
    async tapTab(text: string) {
      // WeChat/Baidu: tabBar.list[].text; Alipay: tabBar.items[].name.
      const item = tabItems(appJson).find((t) => t.text === text)
      if (!item) throw new Error(`no tab ${text}`)
      await navigate('switchTab', `/${item.pagePath}`)
      await settle()
    },
    openPage: async (url: string) => {
      await navigate('navigateTo', url)
      return top()
    },
    /** navigateBack: the top page unloads, as the host's back button does */
    back: async () => {
      await navigate('navigateBack', '')
      await settle()
    },
  }
}
