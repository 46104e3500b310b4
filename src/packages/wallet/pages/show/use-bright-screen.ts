import { useDidHide, useDidShow, useUnload } from '@tarojs/taro'
import { useEffect, useRef, useState } from 'react'
import { platform } from '@/platform'

/**
 * The screen while a 亮证 code is in front: full brightness (a window scanner reads a bright code at once), the
 * user's own brightness back as soon as the page hides or closes, and a warning after each screenshot the host
 * reports. Where the host cannot tell the current brightness (H5) nothing is raised: a level we cannot put back
 * is never changed.
 */
export function useBrightScreen() {
  const saved = useRef<number | null>(null)
  /** Bumped on every show and hide: a brightness read that answers after the page hid is dropped */
  const generation = useRef(0)
  const unsubscribe = useRef<(() => void) | null>(null)
  const [captured, setCaptured] = useState(false)

  async function raise() {
    const mine = ++generation.current
    if (!unsubscribe.current) unsubscribe.current = platform.screen.onCapture(() => setCaptured(true))
    const level = await platform.screen.getBrightness()
    if (level === null || mine !== generation.current) return
    if (saved.current === null) saved.current = level
    await platform.screen.setBrightness(1)
  }

  function restore() {
    generation.current++
    unsubscribe.current?.()
    unsubscribe.current = null
    const level = saved.current
    saved.current = null
    if (level !== null) void platform.screen.setBrightness(level)
  }

  useDidShow(() => void raise())
  useDidHide(restore)
  useUnload(restore)
  // Unmounting without an unload (a test, a host that skips it) restores as well; a second restore does nothing.
  useEffect(() => restore, [])

  return {
    /** A screenshot was taken while the code was shown */
    captured,
    /** The host reports screenshots; where it does not (H5) the page warns up front */
    capturesReported: platform.screen.capturesReported,
  }
}
