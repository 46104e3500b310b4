import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Target } from './host-api'
import type { TaroNode } from './tree'

/**
 * What the host renders from a node: Taro's page data carries a node's props under short keys (p0, p1 …) and
 * its component number (nn); the compiled base template decides which attribute each key lands in, e.g.
 * `<view aria-role="{{i.p18}}" aria-label="{{i.p5}}">`. Reading the template the build wrote (not the runtime's
 * own alias map) is what proves an attribute reaches the rendered node: an attribute the template does not bind
 * is dropped, as on a device.
 */
const BASE: Record<Target, string> = { weapp: 'base.wxml', alipay: 'base.axml', swan: 'base.swan' }

export type Bindings = Map<string, Record<string, string>>

/** Component number → { template attribute → data key }, from the level-0 template of each component. */
export function templateBindings(dist: string, target: Target): Bindings {
  const source = readFileSync(join(dist, BASE[target]), 'utf8')
  const bindings: Bindings = new Map()
  // An input's template only chooses between its _focus and _blur variants: read the variant's element.
  for (const m of source.matchAll(/<template name="tmpl_0_(\d+)(?:_\w+)?">\s*<(?!template\b)[\w-]+\s([^>]*)>/g)) {
    if (bindings.has(m[1])) continue
    const attrs: Record<string, string> = {}
    for (const a of m[2].matchAll(/([\w:-]+)="([^"]*)"/g)) {
      const key = /\{\{[^}]*?\bi\.(\w+)/.exec(a[2])?.[1]
      if (key && !['sid', 'uid', 'cl', 'st'].includes(key)) attrs[a[1]] = key
    }
    bindings.set(m[1], attrs)
  }
  return bindings
}

/** The attributes the template renders for a node (only those its data sets). */
export function renderedAttributes(bindings: Bindings, node: TaroNode): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [attr, key] of Object.entries(bindings.get(String(node.nn)) ?? {})) {
    const value = node[key]
    if (value !== undefined && value !== null && value !== '') out[attr] = String(value)
  }
  return out
}
