import { GLYPHS } from './glyphs.generated'
import type { GlyphProps } from './glyph'

/**
 * H5: an inline `<svg>` with one stroked path. A CSS mask image would cost the browser an SVG document per icon
 * (Chromium builds an isolated page for each: ~15–50 ms apiece at 4× CPU, ~480 ms on 首页), an inline path only
 * its layout and paint. Taro picks this file over glyph.tsx when building for h5.
 * @see https://docs.taro.zone/docs/envs (多端文件: name.h5.tsx beside name.tsx)
 */
export function Glyph({ name, className, style }: GlyphProps) {
  return (
    <svg
      className={className}
      style={style}
      viewBox='0 0 24 24'
      fill='none'
      stroke='currentColor'
      strokeWidth={2}
      strokeLinecap='round'
      strokeLinejoin='round'
      aria-hidden='true'
      focusable='false'
    >
      <path d={GLYPHS[name]} />
    </svg>
  )
}
