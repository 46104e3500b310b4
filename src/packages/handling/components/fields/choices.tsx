import { View, Text, Picker } from '@tarojs/components'
import { platform } from '@/platform'
import { Icon } from '../../../../components/icon'
import { toast } from '../../../../hooks/host-actions'

export interface Choice {
  value: string
  label: string
}

/**
 * A few choices side by side (≤ 5 options, a person's 关系): the chosen one carries a check mark and says so to
 * screen readers, so the choice never rests on colour alone.
 */
export function ChoiceChips({ label, choices, value, onChoose }: { label: string; choices: Choice[]; value: string | null; onChoose: (v: string) => void }) {
  return (
    <View className='form-field__chips' role='radiogroup' aria-label={label}>
      {choices.map((c) => {
        const on = c.value === value
        return (
          <View
            key={c.value}
            className={`form-field__chip${on ? ' form-field__chip--on' : ''}`}
            hoverClass='form-field__chip--hover'
            onClick={() => onChoose(c.value)}
            role='button'
            aria-pressed={on}
            aria-label={`${label}：${c.label}${on ? '，已选' : ''}`}
          >
            {on ? <Icon name='check' className='form-field__chip-check' /> : null}
            <Text>{c.label}</Text>
          </View>
        )
      })}
    </View>
  )
}

/**
 * The tappable face of a picker: the chosen value, or the placeholder in grey, and a chevron. Its name says the
 * field, then what it shows (the value, or 未选择 and the placeholder's own words).
 */
function PickerFace({ label, text, placeholder }: { label: string; text: string | null; placeholder: string }) {
  return (
    <View className='form-field__box form-field__picker' role='button' aria-label={text ? `${label}：${text}，点按选择` : `${label}：未选择，${placeholder}`}>
      <Text className={text ? 'form-field__picked' : 'form-field__placeholder'}>{text ?? placeholder}</Text>
      <Icon name='chevron-down' className='form-field__chevron' />
    </View>
  )
}

/** A host picker over a list (more than 5 options, regions): the host's wheel on phones, a sheet on H5. */
export function ListPicker({ label, choices, value, onChoose, placeholder = '请选择' }: { label: string; choices: Choice[]; value: string | null; onChoose: (v: string) => void; placeholder?: string }) {
  const index = choices.findIndex((c) => c.value === value)
  return (
    <Picker
      mode='selector'
      range={choices.map((c) => c.label)}
      value={Math.max(index, 0)}
      onChange={(e) => {
        const picked = choices[Number(e.detail.value)]
        if (picked) onChoose(picked.value)
      }}
      aria-label={`选择${label}`}
    >
      <PickerFace label={label} text={index >= 0 ? choices[index].label : null} placeholder={placeholder} />
    </Picker>
  )
}

/** 'YYYY-MM-DD' from what a host answers (some answer 2026/10/1). */
const isoDate = (value: string) => {
  const m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(value.trim())
  return m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : value
}

/**
 * The host's date picker, bounded by the field's min / max ('YYYY-MM-DD'): the Picker component, or on Alipay
 * (whose picker has no date mode) the adapter's date dialog.
 */
export function DatePicker(props: { label: string; value: string | null; start?: string; end?: string; today: string; onChoose: (v: string) => void; text: string | null }) {
  const { label, value, start, end, onChoose, text } = props
  // The wheel opens on the answer, else on today kept within the bounds
  const initial = value ?? [props.today, start ?? props.today].sort()[1]
  const current = end && initial > end ? end : initial
  const chooseDate = platform.chooseDate
  if (chooseDate) {
    const open = async () => {
      const picked = await chooseDate({ current, start, end })
      if (picked.status === 'ok') onChoose(picked.value)
      else if (picked.status === 'failed' || picked.status === 'unsupported') toast(picked.message)
    }
    return (
      <View onClick={() => void open()} role='button' aria-label={`选择${label}`}>
        <PickerFace label={label} text={text} placeholder='请选择日期' />
      </View>
    )
  }
  return (
    <Picker mode='date' value={current} start={start} end={end} onChange={(e) => onChoose(isoDate(String(e.detail.value)))} aria-label={`选择${label}`}>
      <PickerFace label={label} text={text} placeholder='请选择日期' />
    </Picker>
  )
}
