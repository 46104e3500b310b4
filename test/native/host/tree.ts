/** Reads Taro's rendered page data (root → cn children, v text, sid ids, cl classes) like a test reads a DOM. */
export interface TaroNode {
  nn?: string | number
  sid?: string
  uid?: string
  v?: string
  cl?: string
  cn?: TaroNode[]
  [key: string]: unknown
}

export function textOf(node: TaroNode | undefined): string {
  if (!node) return ''
  if (typeof node.v === 'string') return node.v
  return (node.cn ?? []).map(textOf).join('')
}

/** Every element (a node with a sid and children or attributes) in document order. */
export function elements(node: TaroNode | undefined, out: TaroNode[] = []): TaroNode[] {
  if (!node) return out
  if (node.sid && typeof node.v !== 'string') out.push(node)
  for (const child of node.cn ?? []) elements(child, out)
  return out
}

/** The innermost element whose text contains `label` (what a finger on that text would hit). */
export function findByText(root: TaroNode | undefined, label: string): TaroNode | undefined {
  const hits = elements(root).filter((e) => textOf(e).includes(label))
  return hits[hits.length - 1]
}

/** Elements whose class list contains `className`. */
export function findByClass(root: TaroNode | undefined, className: string): TaroNode[] {
  return elements(root).filter((e) => typeof e.cl === 'string' && e.cl.split(/\s+/).includes(className))
}

/** The elements from `node` up to the root (innermost first): the path a bubbling tap travels. */
export function ancestry(root: TaroNode | undefined, node: TaroNode): TaroNode[] {
  const walk = (current: TaroNode | undefined, trail: TaroNode[]): TaroNode[] | null => {
    if (!current) return null
    const next = current.sid && typeof current.v !== 'string' ? [current, ...trail] : trail
    if (current === node) return next
    for (const child of current.cn ?? []) {
      const found = walk(child, next)
      if (found) return found
    }
    return null
  }
  return walk(root, []) ?? [node]
}
