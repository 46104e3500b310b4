import type { FormFieldDto, LeafAnswer } from '../../../../api/contract'
import { AddressField } from './address-field'
import { ChoiceChips, DatePicker, ListPicker } from './choices'
import { formatAnswer, type FieldEnv } from './format'
import { FieldFrame, ReadOnlyBox, type SourceNote } from './frame'
import { PersonField } from './person-field'
import { TextInput } from './text-input'
import './index.scss'

export { GroupField, type GroupRow } from './group-field'
export { formatAnswer, RELATIONS, type FieldEnv, type RegionOption } from './format'
export type { SourceNote } from './frame'

/** Up to this many options show as chips; more open the host's picker. */
const CHIP_LIMIT = 5

export interface FormFieldProps {
  field: FormFieldDto
  value: LeafAnswer
  env: FieldEnv
  error?: string | null
  source?: SourceNote | null
  /** Shown instead of a control: a fixed prefilled value, or what the system fills in at submission */
  fixedText?: string | null
  /** For a value the system fills in but the user may replace: switches to typing it */
  onTypeInstead?: () => void
  anchor?: string
  onChange: (value: LeafAnswer) => void
  /** When the user leaves the field (or picks a value): the page validates it */
  onBlur: () => void
}

const dateBound = (bound: number | string | undefined, today: string) => (bound === 'today' ? today : typeof bound === 'string' ? bound : undefined)

/** One field of the form engine, drawn by its type inside the shared label / source / error frame. */
export function FormField(props: FormFieldProps) {
  const { field, value, env, onChange, onBlur } = props
  return (
    <FieldFrame label={field.label} required={field.required} help={field.help} source={props.source} error={props.error} anchor={props.anchor}>
      {props.fixedText != null ? (
        <ReadOnlyBox label={field.label} text={props.fixedText} action={props.onTypeInstead ? { text: '改为手动填写', run: props.onTypeInstead } : undefined} />
      ) : (
        <Control {...props} value={value} env={env} onChange={onChange} onBlur={onBlur} />
      )}
    </FieldFrame>
  )
}

function Control({ field, value, env, onChange, onBlur }: FormFieldProps) {
  const pick = (v: string) => {
    onChange(v)
    onBlur()
  }
  switch (field.type) {
    case 'select': {
      const choices = field.options ?? []
      const current = typeof value === 'string' ? value : null
      return choices.length <= CHIP_LIMIT ? (
        <ChoiceChips label={field.label} choices={choices} value={current} onChoose={pick} />
      ) : (
        <ListPicker label={field.label} choices={choices} value={current} onChoose={pick} placeholder={field.placeholder} />
      )
    }
    case 'region':
      return (
        <ListPicker
          label={field.label}
          choices={env.regions.map((r) => ({ value: r.code, label: r.name }))}
          value={typeof value === 'string' ? value : null}
          onChoose={pick}
          placeholder={field.placeholder ?? '选择所在区'}
        />
      )
    case 'date':
      return (
        <DatePicker
          label={field.label}
          value={typeof value === 'string' ? value : null}
          text={typeof value === 'string' ? formatAnswer(field, value, env) : null}
          start={dateBound(field.min, env.today)}
          end={dateBound(field.max, env.today)}
          today={env.today}
          onChoose={pick}
        />
      )
    case 'person':
      return <PersonField label={field.label} value={value} identityText={env.identityText} onChange={onChange} onBlur={onBlur} />
    case 'address':
      return <AddressField label={field.label} value={value} regions={env.regions} placeholder={field.placeholder} onChange={onChange} onBlur={onBlur} />
    default:
      return <TextInput field={field} value={value} onChange={onChange} onBlur={onBlur} label={field.label} />
  }
}
