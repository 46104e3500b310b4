/**
 * @tarojs/components mapped to plain DOM elements for page tests in jsdom. Events are shaped as Taro
 * delivers them (Input's onInput and Switch's onChange carry `detail.value`).
 */

type AnyProps = Record<string, any>
const strip = ({ hoverClass: _h, hoverStayTime: _s, catchMove: _c, ...rest }: AnyProps) => rest

export const View = ({ children, ...props }: AnyProps) => <div {...strip(props)}>{children}</div>
export const Text = ({ children, ...props }: AnyProps) => <span {...strip(props)}>{children}</span>
export const ScrollView = View
export const Image = ({ src, ...props }: AnyProps) => <img src={src} alt='' {...strip(props)} />
export const Button = ({ children, openType: _o, ...props }: AnyProps) => <button {...strip(props)}>{children}</button>

export function Input({ onInput, value, maxlength, type, ...props }: AnyProps) {
  return (
    <input
      {...strip(props)}
      type={type === 'number' ? 'tel' : 'text'}
      maxLength={maxlength}
      value={value}
      onChange={(e) => onInput?.({ detail: { value: e.target.value } })}
    />
  )
}

export function Switch({ checked, onChange, color: _c, ...props }: AnyProps) {
  return <input {...strip(props)} type='checkbox' role='switch' checked={checked} onChange={(e) => onChange?.({ detail: { value: e.target.checked } })} />
}
