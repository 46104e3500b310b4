import { View, Text, Input } from '@tarojs/components'
import type { LeafAnswer, PersonAnswer } from '../../../../api/contract'
import { ChoiceChips } from './choices'
import { RELATIONS } from './format'

const asPerson = (v: LeafAnswer): PersonAnswer | null => (typeof v === 'object' && v !== null && 'relation' in v ? v : null)

/**
 * A person: 关系 chips first. 本人 is the verified identity, filled in by the system at submission (the app only
 * ever holds it masked); anyone else is asked for 姓名 and 身份证号.
 */
export function PersonField(props: { label: string; value: LeafAnswer; identityText: string | null; onChange: (v: LeafAnswer) => void; onBlur: () => void }) {
  const { label, identityText, onChange, onBlur } = props
  const person = asPerson(props.value)
  const set = (patch: Partial<PersonAnswer>) => onChange({ relation: person?.relation ?? 'other', name: person?.name ?? '', idNumber: person?.idNumber ?? '', ...patch })
  return (
    <View className='form-field__person'>
      <ChoiceChips
        label={`${label}与申请人的关系`}
        choices={RELATIONS}
        value={person?.relation ?? null}
        onChoose={(relation) => {
          // 本人 carries no typed name: the server takes the verified identity
          if (relation === 'self') onChange({ relation: 'self', name: '', idNumber: '' })
          else set({ relation: relation as PersonAnswer['relation'], ...(person?.relation === 'self' ? { name: '', idNumber: '' } : {}) })
          onBlur()
        }}
      />
      {person?.relation === 'self' ? (
        <View className='form-field__box form-field__box--readonly'>
          <Text className='form-field__readonly-text'>{identityText ? `${identityText}（提交时由系统自动填写）` : '完成实名认证后由系统自动填写'}</Text>
        </View>
      ) : person ? (
        <View className='form-field__pair'>
          <View className='form-field__box'>
            <Input className='form-field__input' value={person.name} maxlength={30} placeholder='姓名' onInput={(e) => set({ name: e.detail.value })} onBlur={onBlur} aria-label={`${label}姓名`} />
          </View>
          <View className='form-field__box'>
            <Input
              className='form-field__input'
              type='idcard'
              value={person.idNumber}
              maxlength={18}
              placeholder='18 位身份证号码'
              onInput={(e) => set({ idNumber: e.detail.value.toUpperCase() })}
              onBlur={onBlur}
              aria-label={`${label}身份证号`}
            />
          </View>
        </View>
      ) : null}
    </View>
  )
}
