/**
 * The browser actions the H5 adapter takes, behind one object so a test can spy on them: jsdom's
 * window.location.assign is an unforgeable own property that jest.spyOn cannot replace.
 */
export const browser = {
  navigate(url: string): void {
    window.location.assign(url)
  },
}

/** Only http(s) pages leave the app: a server-issued url must never run `javascript:` in our origin. */
export function isWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url, window.location.href)
    return protocol === 'https:' || protocol === 'http:'
  } catch {
    return false
  }
}

/** Navigate, answering false instead of throwing (a sandboxed iframe refuses top navigation with SecurityError). */
export function tryNavigate(url: string): boolean {
  try {
    browser.navigate(url)
    return true
  } catch {
    return false
  }
}
