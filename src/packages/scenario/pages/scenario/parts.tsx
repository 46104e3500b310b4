import { View, Text } from '@tarojs/components'
import { Icon } from '../../../../components/icon'

/**
 * Small building blocks of the 一件事 page. Every tappable one names itself (aria-label) and is at least
 * var(--tb-touch) high, so elder mode scales it with the rest.
 */

/** A full-width action: the shared tb-button look, with its own accessible name. */
export function Action(props: { label: string; onTap: () => void; variant?: 'primary' | 'ghost'; busyText?: string; busy?: boolean; className?: string }) {
  const { label, onTap, variant = 'primary', busy, busyText, className } = props
  return (
    <View
      className={`tb-button tb-button--${variant} scenario-action${busy ? ' tb-button--disabled' : ''}${className ? ` ${className}` : ''}`}
      hoverClass={busy ? 'none' : 'tb-button--hover'}
      onClick={() => {
        if (!busy) onTap()
      }}
      role='button'
      aria-label={label}
      aria-disabled={busy}
    >
      {busy && busyText ? busyText : label}
    </View>
  )
}

/** One large answer: a radio (single, yes-no, district) or a checkbox (multi), the state said in words too. */
export function Choice(props: { label: string; help?: string; checked: boolean; kind: 'radio' | 'checkbox'; onTap: () => void }) {
  const { label, help, checked, kind, onTap } = props
  return (
    <View
      className={`scenario-choice scenario-choice--${kind}${checked ? ' scenario-choice--on' : ''}`}
      hoverClass='scenario-choice--hover'
      onClick={onTap}
      role={kind}
      aria-checked={checked}
      aria-label={help ? `${label}，${help}` : label}
    >
      <View className='scenario-choice__mark'>{checked ? <Icon name='check' /> : null}</View>
      <View className='scenario-choice__text'>
        <Text className='scenario-choice__label'>{label}</Text>
        {help ? <Text className='scenario-choice__help'>{help}</Text> : null}
      </View>
    </View>
  )
}

/** 「第 2 题 / 共 4 题」 with a bar; the total follows the answers (a question may appear or go). */
export function Progress({ index, total }: { index: number; total: number }) {
  const percent = total > 0 ? Math.round((index / total) * 100) : 0
  return (
    <View className='scenario-progress' role='progressbar' aria-valuemin={1} aria-valuemax={total} aria-valuenow={index} aria-label={`第 ${index} 题，共 ${total} 题`}>
      <Text className='scenario-progress__text'>{`第 ${index} 题 / 共 ${total} 题`}</Text>
      <View className='scenario-progress__track'>
        <View className='scenario-progress__bar' style={{ width: `${percent}%` }} />
      </View>
    </View>
  )
}
