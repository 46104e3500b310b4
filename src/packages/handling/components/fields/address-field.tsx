import { View, Input } from '@tarojs/components'
import type { AddressAnswer, LeafAnswer } from '../../../../api/contract'
import { ListPicker } from './choices'
import type { RegionOption } from './format'

const asAddress = (v: LeafAnswer): AddressAnswer => (typeof v === 'object' && v !== null && 'regionCode' in v ? v : { regionCode: '', detail: '' })

/** An address: the district from a picker, then the street, 小区 and 门牌号 typed. */
export function AddressField(props: { label: string; value: LeafAnswer; regions: RegionOption[]; placeholder?: string; onChange: (v: LeafAnswer) => void; onBlur: () => void }) {
  const { label, regions, onChange, onBlur } = props
  const address = asAddress(props.value)
  const set = (patch: Partial<AddressAnswer>) => {
    const next = { ...address, ...patch }
    onChange(next.regionCode || next.detail ? next : null)
  }
  return (
    <View className='form-field__pair'>
      <ListPicker
        label={`${label}所在区`}
        choices={regions.map((r) => ({ value: r.code, label: r.name }))}
        value={address.regionCode || null}
        placeholder='选择所在区'
        onChoose={(regionCode) => (set({ regionCode }), onBlur())}
      />
      <View className='form-field__box'>
        <Input
          className='form-field__input'
          value={address.detail}
          maxlength={120}
          placeholder={props.placeholder ?? '街道、小区、楼号、门牌号'}
          onInput={(e) => set({ detail: e.detail.value })}
          onBlur={onBlur}
          aria-label={`${label}详细地址`}
        />
      </View>
    </View>
  )
}
