import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { PAGE_TITLES } from '../../src/page-titles'

/**
 * PAGE_TITLES against the app itself: every page of app.config.ts, main package and subpackages, has an entry equal
 * to its index.config.ts navigationBarTitleText, and no entry names a page the app does not have.
 */
const src = join(__dirname, '../../src')

interface AppConfig {
  pages: string[]
  subPackages: { root: string; pages: string[] }[]
}

// app.config.ts and the page configs call Taro's compile-time globals; here they hand back what they are given.
const g = globalThis as unknown as Record<string, (c: unknown) => unknown>
g.defineAppConfig = (c) => c
g.definePageConfig = (c) => c

const appConfig = (require(join(src, 'app.config.ts')) as { default: AppConfig }).default
const pages = [...appConfig.pages, ...appConfig.subPackages.flatMap((p) => p.pages.map((page) => `${p.root}/${page}`))]

/** The page's own title, read from its index.config.ts as Taro compiles it */
function configTitle(page: string): string | undefined {
  const file = join(src, `${page}.config.ts`)
  if (!existsSync(file)) return undefined
  return (require(file) as { default: { navigationBarTitleText?: string } }).default.navigationBarTitleText
}

describe('PAGE_TITLES', () => {
  it('covers exactly the pages of app.config.ts', () => {
    expect(pages.length).toBeGreaterThan(40)
    expect(Object.keys(PAGE_TITLES).sort()).toEqual(pages.map((p) => `/${p}`).sort())
  })

  it.each(pages)('%s: equals its navigationBarTitleText', (page) => {
    expect(existsSync(join(src, `${page}.config.ts`))).toBe(true)
    expect(PAGE_TITLES[`/${page}`]).toBe(configTitle(page))
  })

  it('names the new community pages as the issue does', () => {
    expect(PAGE_TITLES['/packages/community/pages/notices/index']).toBe('通知公告')
    expect(PAGE_TITLES['/packages/community/pages/notice/index']).toBe('公告详情')
    expect(PAGE_TITLES['/packages/community/pages/community/index']).toBe('社区服务')
  })

  it('checks its own reading of a page config', () => {
    expect(readFileSync(join(src, 'pages/login/index.config.ts'), 'utf8')).toContain(`'${configTitle('pages/login/index')}'`)
  })
})
