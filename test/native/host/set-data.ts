/**
 * Applies a mini-program setData patch to a page's data, the way the hosts do: keys are paths such as
 * `root.cn.[0].cn.[2].v` (Taro on WeChat/Baidu) or `root.cn.0.v` (Alipay) or `a.b[1].c`.
 */
export function parsePath(path: string): Array<string | number> {
  const parts: Array<string | number> = []
  for (const raw of path.split('.')) {
    const m = raw.match(/^([^[\]]*)((?:\[\d+\])*)$/)
    if (!m) throw new Error(`setData: bad path ${path}`)
    if (m[1] !== '') parts.push(/^\d+$/.test(m[1]) ? Number(m[1]) : m[1])
    for (const idx of m[2].matchAll(/\[(\d+)\]/g)) parts.push(Number(idx[1]))
  }
  return parts
}

export function applySetData(data: Record<string, unknown>, patch: Record<string, unknown>): void {
  for (const [path, value] of Object.entries(patch)) {
    const parts = parsePath(path)
    let target: any = data
    for (let i = 0; i < parts.length - 1; i++) {
      const key = parts[i]
      if (target[key] === undefined || target[key] === null) target[key] = typeof parts[i + 1] === 'number' ? [] : {}
      target = target[key]
    }
    target[parts[parts.length - 1]] = clone(value)
  }
}

/** Hosts serialise setData across a thread boundary: the page never shares objects with the logic layer. */
const clone = (v: unknown) => (v === undefined ? undefined : JSON.parse(JSON.stringify(v)))
