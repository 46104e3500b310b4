import { join } from 'node:path'
import type { IPluginContext } from '@tarojs/service'
import type { PluginItem } from '@tarojs/taro/types/compile'

/**
 * Accessibility attributes in the mini-program templates.
 *
 * 背景: Taro compiles every View into shared templates (base.wxml / base.axml / base.swan) that bind only the
 * attributes listed for each component, and no aria-* or role is listed: `role='button'` and `aria-label` reach
 * the page data but never the rendered node, so the hosts' screen readers see anonymous views. Taro's
 * maintainers point to the official @tarojs/plugin-inject, which adds attributes to the templates and to the
 * runtime's attribute map together (NervJS/taro#10025, #14932).
 * 复现路径: npm run build:weapp, grep -c aria dist/weapp/base.wxml → 0. test/native/boot.test.ts checks that the
 * rendered nodes of each build carry them.
 *
 * WeChat names the role attribute `aria-role`; Alipay reads `role` (W3C ARIA); the components below keep the
 * W3C name (what H5 renders) and this file's plugin renames it in WeChat's templates only.
 * @see https://developers.weixin.qq.com/miniprogram/dev/component/aria-component.html (aria-role, aria-label … 基础库 2.7.1)
 * @see https://github.com/AlipayDocs/open-docs/blob/HEAD/mini/component/基础组件/无障碍访问/aria-component.md (role, aria-label, aria-checked … 基础库 1.18.0)
 * Baidu publishes no ARIA list for smart programs: swan gets the W3C names, unconfirmed on a device.
 */

/** The ARIA state the app's components set on Views (grep role=/aria- in src). */
const VIEW_ARIA = [
  'role',
  'aria-label',
  'aria-hidden',
  'aria-checked',
  'aria-selected',
  'aria-disabled',
  'aria-pressed',
  'aria-expanded',
  'aria-level',
  'aria-valuenow',
  'aria-valuemin',
  'aria-valuemax',
  'aria-modal',
  'aria-live',
]

/** Attribute → default value ('' binds the page data as it is): plugin-inject's `components` format. */
const attrs = (names: string[]) => Object.fromEntries(names.map((n) => [n, '']))

export const MINI_A11Y_COMPONENTS = {
  View: attrs(VIEW_ARIA),
  Text: attrs(['aria-label', 'aria-hidden']),
  Image: attrs(['role', 'aria-label']),
  Input: attrs(['aria-label']),
  Textarea: attrs(['aria-label']),
  Picker: attrs(['aria-label']),
  Button: attrs(['aria-label']),
}

/** The build plugins for a target: none on H5 (the DOM keeps every attribute). */
export function miniA11yPlugins(target: string): PluginItem[] {
  if (target === 'h5') return []
  return [join(__dirname, 'mini-a11y.ts'), ['@tarojs/plugin-inject', { components: MINI_A11Y_COMPONENTS }]]
}

interface MiniTemplate {
  replacePropName: (name: string, value: string, componentName: string, componentAlias: Record<string, string>) => string
}

/** Taro plugin: on WeChat, the template attribute for the `role` data is `aria-role`. */
export default (ctx: IPluginContext) => {
  if (process.env.TARO_ENV !== 'weapp') return
  ctx.registerMethod({
    name: 'onSetupClose',
    fn(platform: { template?: MiniTemplate }) {
      const template = platform.template
      if (!template) return
      const replace = template.replacePropName.bind(template)
      template.replacePropName = (name, value, componentName, componentAlias) =>
        name === 'role' ? 'aria-role' : replace(name, value, componentName, componentAlias)
    },
  })
}
