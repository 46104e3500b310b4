import { forwardRef, useEffect, useRef, useState, type CSSProperties, type ForwardedRef, type ReactNode } from 'react'

/**
 * View and Text for the H5 build: a plain <div> and <span> with Taro's props (see ./components.ts for why).
 * @see https://docs.taro.zone/docs/components/viewContainer/view (hoverClass, hoverStartTime 50 ms, hoverStayTime 400 ms)
 * @see https://docs.taro.zone/docs/components/base/text (selectable / userSelect; not selectable by default)
 */
interface Common {
  className?: string
  style?: CSSProperties | string
  id?: string
  children?: ReactNode
  [attribute: `aria-${string}`]: unknown
  role?: string
}

export interface ViewProps extends Common {
  /** Class added while pressed: after hoverStartTime of pressing, until hoverStayTime after release */
  hoverClass?: string
  hoverStartTime?: number
  hoverStayTime?: number
  onClick?: (event: unknown) => void
}

/** Taro allows a style string; React wants an object. `a: b; c-d: e` → { a: 'b', cD: 'e' } */
function styleObject(style: CSSProperties | string | undefined): CSSProperties | undefined {
  if (typeof style !== 'string') return style
  const result: Record<string, string> = {}
  for (const declaration of style.split(';')) {
    const colon = declaration.indexOf(':')
    if (colon < 0) continue
    const name = declaration.slice(0, colon).trim()
    const property = name.startsWith('--') ? name : name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())
    if (property) result[property] = declaration.slice(colon + 1).trim()
  }
  return result as CSSProperties
}

/** hoverClass while pressed: after hoverStartTime of pressing, until hoverStayTime after release (as Taro's View). */
function HoverViewImpl({ className, hoverClass, hoverStartTime = 50, hoverStayTime = 400, style, children, ...rest }: ViewProps, ref: ForwardedRef<HTMLDivElement>) {
  const [hovered, setHovered] = useState(false)
  const timer = useRef<ReturnType<typeof setTimeout>>()
  useEffect(() => () => clearTimeout(timer.current), [])
  const later = (value: boolean, ms: number) => {
    clearTimeout(timer.current)
    timer.current = setTimeout(() => setHovered(value), ms)
  }
  const classes = hovered ? (className ? `${className} ${hoverClass}` : hoverClass) : className
  return (
    <div
      ref={ref}
      className={classes}
      style={styleObject(style)}
      onPointerDown={() => later(true, hoverStartTime)}
      onPointerUp={() => later(false, hoverStayTime)}
      onPointerCancel={() => later(false, 0)}
      onPointerLeave={() => later(false, 0)}
      {...rest}
    >
      {children}
    </div>
  )
}

const HoverView = forwardRef(HoverViewImpl)

/**
 * Most Views have no hoverClass (~550 of ~630 in src/): those are a bare <div>, with no state, timer or effect to
 * set up on the first render. A View that has one keeps it (switching hoverClass on or off remounts the View).
 */
function ViewImpl({ hoverClass, hoverStartTime, hoverStayTime, className, style, children, ...rest }: ViewProps, ref: ForwardedRef<HTMLDivElement>) {
  if (hoverClass) {
    return (
      <HoverView ref={ref} hoverClass={hoverClass} hoverStartTime={hoverStartTime} hoverStayTime={hoverStayTime} className={className} style={style} {...rest}>
        {children}
      </HoverView>
    )
  }
  return (
    <div ref={ref} className={className} style={styleObject(style)} {...rest}>
      {children}
    </div>
  )
}

export interface TextProps extends Common {
  /** Lets the user select the text (Taro's Text is not selectable by default) */
  selectable?: boolean
  userSelect?: boolean
}

function TextImpl({ className, selectable, userSelect, style, children, ...rest }: TextProps, ref: ForwardedRef<HTMLSpanElement>) {
  const classes = ['taro-text', selectable || userSelect ? 'taro-text__selectable' : '', className ?? ''].filter(Boolean).join(' ')
  return (
    <span ref={ref} className={classes} style={styleObject(style)} {...rest}>
      {children}
    </span>
  )
}

export const View = forwardRef(ViewImpl)
export const Text = forwardRef(TextImpl)
