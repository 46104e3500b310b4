import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { GLYPHS } from '../../src/components/icon/glyphs.generated'
import { ICON_NAMES } from '../../src/components/icon/icon-names'
import { launchChromium } from './browser'

/**
 * H5 draws each icon as one generated path (glyph.h5.tsx); the mini-programs draw lucide's own SVG as a CSS mask
 * (icons.generated.scss). Both are rasterised here in Chromium at 48 px and compared pixel by pixel, so a wrong
 * circle, rect or relative moveto in the conversion (scripts/make-icons.mjs) shows as a different icon.
 */
jest.setTimeout(60_000)

const SCSS = readFileSync(join(__dirname, '../../src/components/icon/icons.generated.scss'), 'utf8')
/** icon name → the mask's data URI, exactly as the mini-programs get it */
const MASKS = new Map([...SCSS.matchAll(/\.tb-icon--([a-z-]+) \{ -webkit-mask-image: url\("([^"]+)"\); \}/g)].map((m) => [m[1], m[2]]))

const glyphUri = (d: string) =>
  `data:image/svg+xml,${encodeURIComponent(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="black" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="${d}"/></svg>`,
  )}`

interface Difference {
  /** pixels whose coverage differs by more than a quarter */
  differing: number
  /** pixels either drawing covers */
  inked: number
}

/** Draws both images on 48 px canvases and counts the pixels whose alpha differs by more than 64 of 255. */
function compare(page: Page, a: string, b: string): Promise<Difference> {
  return page.evaluate(
    async ([first, second]) => {
      const SIZE = 48
      const alpha = async (src: string) => {
        const image = new Image(SIZE, SIZE)
        image.src = src
        await image.decode()
        const canvas = document.createElement('canvas')
        canvas.width = canvas.height = SIZE
        const context = canvas.getContext('2d')!
        context.drawImage(image, 0, 0, SIZE, SIZE)
        return context.getImageData(0, 0, SIZE, SIZE).data.filter((_, i) => i % 4 === 3)
      }
      const [x, y] = [await alpha(first), await alpha(second)]
      let differing = 0
      let inked = 0
      for (let i = 0; i < x.length; i++) {
        if (Math.abs(x[i] - y[i]) > 64) differing++
        if (x[i] > 64 || y[i] > 64) inked++
      }
      return { differing, inked }
    },
    [a, b] as const,
  )
}

let browser: Browser
let page: Page
beforeAll(async () => {
  browser = await launchChromium()
  page = await browser.newPage()
})
afterAll(() => browser?.close())

describe('H5 icons (inline paths) against the mini-program masks (lucide SVG)', () => {
  it('has a mask and a path for every icon name', () => {
    expect([...MASKS.keys()].sort()).toEqual([...ICON_NAMES].sort())
    for (const name of ICON_NAMES) expect(GLYPHS[name]).toMatch(/^M/)
  })

  it.each(ICON_NAMES)('%s draws the same', async (name) => {
    const { differing, inked } = await compare(page, MASKS.get(name)!, glyphUri(GLYPHS[name]))
    expect(inked).toBeGreaterThan(20)
    // Antialiasing along the edges may differ a little; a misplaced stroke differs along its whole length.
    expect(differing).toBeLessThanOrEqual(Math.max(3, inked * 0.02))
  })

  it('would notice a wrongly converted path', async () => {
    // The 长辈模式 icon opens a path with a relative moveto; read as absolute it lands elsewhere.
    const wrong = GLYPHS.elder.replace('M18 19l', 'M18 19')
    const { differing, inked } = await compare(page, MASKS.get('elder')!, glyphUri(wrong))
    expect(differing).toBeGreaterThan(inked * 0.05)
  })
})
