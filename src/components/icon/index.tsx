import { Glyph } from './glyph'
import { isIconName, type IconName } from './icon-names'

interface IconProps {
  name: IconName | string
  /** CSS size (inherits the font size by default) */
  size?: string
  color?: string
  className?: string
}

/**
 * A line icon in the text colour: a CSS mask on the mini-programs, an inline SVG on H5 (glyph.tsx, glyph.h5.tsx).
 * Unknown names fall back to `grid`.
 */
export function Icon({ name, size, color, className }: IconProps) {
  const known = isIconName(name) ? name : 'grid'
  const style = { ...(size ? { fontSize: size } : {}), ...(color ? { color } : {}) }
  return <Glyph name={known} className={`tb-icon tb-icon--${known}${className ? ` ${className}` : ''}`} style={style} />
}
