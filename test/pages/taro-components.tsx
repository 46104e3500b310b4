/**
 * @tarojs/components mapped to plain DOM elements for page tests in jsdom. Events are shaped as Taro
 * delivers them (Input's onInput and Switch's onChange carry `detail.value`).
 */

type AnyProps = Record<string, any>
const strip = ({ hoverClass: _h, hoverStayTime: _s, catchMove: _c, ...rest }: AnyProps) => rest

export const View = ({ children, ...props }: AnyProps) => <div {...strip(props)}>{children}</div>
export const Text = ({ children, ...props }: AnyProps) => <span {...strip(props)}>{children}</span>
/** ScrollView: a div whose scroll events carry `detail.scrollTop` as Taro's do. */
export function ScrollView({ children, onScroll, scrollY: _y, scrollX: _x, scrollTop: _t, scrollWithAnimation: _a, enhanced: _e, lowerThreshold: _l, onScrollToLower: _stl, ...props }: AnyProps) {
  return (
    <div {...strip(props)} onScroll={(e) => onScroll?.({ detail: { scrollTop: (e.currentTarget as HTMLElement).scrollTop } })}>
      {children}
    </div>
  )
}

/** A node of RichText's `nodes` array (the sanitised form, never an HTML string). */
interface RichNode {
  name?: string
  type?: 'text'
  text?: string
  attrs?: Record<string, string>
  children?: RichNode[]
}
const renderNodes = (nodes: RichNode[]): any =>
  nodes.map((n, i) => {
    if (n.type === 'text') return n.text ?? ''
    const Tag = (n.name ?? 'div') as any
    const { class: className, ...attrs } = n.attrs ?? {}
    return (
      <Tag key={i} className={className} {...attrs}>
        {n.children ? renderNodes(n.children) : null}
      </Tag>
    )
  })

/** RichText with a nodes array, drawn as DOM so tests can read it (an HTML string is refused: we never pass one). */
export function RichText({ nodes, ...props }: AnyProps) {
  if (typeof nodes === 'string') throw new Error('RichText got an HTML string: pass sanitised nodes')
  return <div {...strip(props)}>{renderNodes(nodes ?? [])}</div>
}
export const Image = ({ src, ...props }: AnyProps) => <img src={src} alt='' {...strip(props)} />
export const Button = ({ children, openType: _o, ...props }: AnyProps) => <button {...strip(props)}>{children}</button>

/** Input: `focus` becomes data-focus (readable in tests); Enter fires onConfirm with `detail.value`, as the keyboard's 搜索 / 完成 key does. */
export function Input({ onInput, onConfirm, value, maxlength, type, focus, confirmType: _ct, ...props }: AnyProps) {
  return (
    <input
      {...strip(props)}
      type={type === 'number' ? 'tel' : 'text'}
      maxLength={maxlength}
      value={value}
      data-focus={focus === undefined ? undefined : String(Boolean(focus))}
      onChange={(e) => onInput?.({ detail: { value: e.target.value } })}
      onKeyDown={(e) => {
        if (e.key === 'Enter') onConfirm?.({ detail: { value: (e.target as HTMLInputElement).value } })
      }}
    />
  )
}

export function Switch({ checked, onChange, color: _c, ...props }: AnyProps) {
  return <input {...strip(props)} type='checkbox' role='switch' checked={checked} onChange={(e) => onChange?.({ detail: { value: e.target.checked } })} />
}

/** Textarea: like Input, `onInput` gets `detail.value`. */
export function Textarea({ onInput, value, maxlength, autoHeight: _a, ...props }: AnyProps) {
  return <textarea {...strip(props)} maxLength={maxlength} value={value} onChange={(e) => onInput?.({ detail: { value: e.target.value } })} />
}

/**
 * Picker: its children are the tappable face, as on the hosts; a native control named by the Picker's aria-label
 * stands in for the host's wheel, so a test picks with fireEvent.change. selector answers the index, date the date.
 */
export function Picker({ children, mode = 'selector', range, rangeKey, value, start, end, onChange, onCancel: _c, headerText: _h, 'aria-label': label, ...props }: AnyProps) {
  const pick = (v: string | number) => onChange?.({ detail: { value: v } })
  return (
    <div {...strip(props)} data-picker={mode}>
      {children}
      {mode === 'date' ? (
        <input type='date' aria-label={label} min={start} max={end} value={value ?? ''} onChange={(e) => pick(e.target.value)} />
      ) : (
        <select aria-label={label} value={String(value ?? 0)} onChange={(e) => pick(Number(e.target.value))}>
          {(range ?? []).map((r: any, i: number) => (
            <option key={i} value={i}>
              {rangeKey ? r[rangeKey] : String(r)}
            </option>
          ))}
        </select>
      )}
    </div>
  )
}
