import { useEffect, useState } from 'react'

/**
 * False on a page's first render, true right after it: content below the first screen mounts in a second
 * pass, so the first screen's tiles are drawn (and a tap on them answered) before the rest is built. On H5 the
 * effect runs after the browser has painted; on the mini-programs the first setData is the smaller one.
 * (npm run bench, 首页 first screen: scripts/bench-first-screen.ts)
 */
export function useAfterFirstPaint(): boolean {
  const [ready, setReady] = useState(false)
  useEffect(() => {
    const timer = setTimeout(() => setReady(true), 0)
    return () => clearTimeout(timer)
  }, [])
  return ready
}
