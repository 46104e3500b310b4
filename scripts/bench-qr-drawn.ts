/**
 * 亮证 QR, token to drawn, where it is drawn: src/domain/qr (the code the show page runs every 30 s) bundled for
 * the browser and run in Chromium with mobile emulation and 4× CPU throttling. One run: encode a fresh token as
 * the PNG data URI the <Image> gets, put it in an <img>, and wait for img.decode() (decoded, ready to paint).
 * @see https://developer.mozilla.org/en-US/docs/Web/API/HTMLImageElement/decode
 */
import { join } from 'node:path'
import { buildSync } from 'esbuild'
import { launchChromium, PHONE } from '../test/e2e/browser'
import { CPU_THROTTLE } from './bench-first-screen'
import { quantile, round } from './bench-stats'

export interface QrDrawnFigures {
  runs: number
  p50Ms: number
  p95Ms: number
  maxMs: number
}

/** src/domain/qr as one script that sets window.tbQr. */
function qrBundle(root: string): string {
  const out = buildSync({
    stdin: { contents: "import { qrPngDataUri } from './src/domain/qr'\n;(window as any).tbQr = qrPngDataUri", resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'iife',
    target: 'es2017',
    write: false,
    minify: true,
  })
  return out.outputFiles[0].text
}

/** In the page: `runs` timed draws of 270-character tokens (as the mock issues), after 10 untimed ones. */
const drawScript = (runs: number) => `(async () => {
  const token = (run) => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
    let seed = run + 1, body = ''
    while (body.length < 265) { seed = (seed * 1103515245 + 12345) % 2147483648; body += alphabet[seed % 64] }
    return 'TB1.' + body.slice(0, 130) + '.' + body.slice(130)
  }
  const times = []
  for (let i = -10; i < ${runs}; i++) {
    const start = performance.now()
    const img = new Image()
    img.src = window.tbQr(token(i), { moduleSize: 8 }).uri
    document.body.replaceChildren(img)
    await img.decode()
    if (i >= 0) times.push(performance.now() - start)
  }
  return times
})()`

export async function qrDrawn(root: string, runs = 50): Promise<QrDrawnFigures> {
  const browser = await launchChromium()
  try {
    const context = await browser.newContext(PHONE)
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLE })
    await page.setContent('<!doctype html><body></body>')
    await page.addScriptTag({ content: qrBundle(join(root)) })
    const times = (await page.evaluate(drawScript(runs))) as number[]
    return { runs, p50Ms: round(quantile(times, 0.5), 1), p95Ms: round(quantile(times, 0.95), 1), maxMs: round(Math.max(...times), 1) }
  } finally {
    await browser.close()
  }
}
