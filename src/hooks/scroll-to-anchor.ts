import Taro from '@tarojs/taro'
import { platform } from '@/platform'

/**
 * Scrolls the page so the element with `id` is at the top: measured with a selector query (every host has one)
 * and scrolled by offset through the adapter, which knows each host's pageScrollTo limits.
 */
export function scrollToAnchor(id: string, durationMs = 300) {
  Taro.createSelectorQuery()
    .select(`#${id}`)
    .boundingClientRect()
    .selectViewport()
    .scrollOffset()
    .exec((res: Array<{ top?: number; scrollTop?: number } | null>) => {
      const [anchor, viewport] = res
      if (anchor?.top === undefined || viewport?.scrollTop === undefined) return
      platform.scrollPageTo(anchor.top + viewport.scrollTop, durationMs)
    })
}
