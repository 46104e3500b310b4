import { View, Text } from '@tarojs/components'
import type { ReactNode } from 'react'
import type { FormFieldDto, FormGroupDto, LeafAnswer } from '../../../../api/contract'
import { FieldFrame } from './frame'

export type GroupRow = Record<string, LeafAnswer>

interface GroupProps {
  group: FormGroupDto
  rows: GroupRow[]
  error?: string | null
  anchor?: string
  onAdd: () => void
  onRemove: (index: number) => void
  /** Draws one field of one row (the page knows visibility, errors and where answers go) */
  renderField: (field: FormFieldDto, index: number, row: GroupRow) => ReactNode
}

/**
 * A repeatable group (家庭成员, 股东): one card per row with its own 删除, and the group's 添加 below. Both stay in
 * place at the limits and say why they do nothing (their handlers stay bound: Taro's mini runtime breaks when a
 * node's only handler comes and goes).
 */
export function GroupField({ group, rows, error, anchor, onAdd, onRemove, renderField }: GroupProps) {
  const min = Math.max(group.minItems, group.required ? 1 : 0)
  const canRemove = rows.length > min
  const canAdd = rows.length < group.maxItems
  return (
    <FieldFrame label={group.label} required={min > 0} help={group.help} error={error} anchor={anchor}>
      {rows.map((row, i) => (
        <View key={i} className='form-group__row' role='group' aria-label={`${group.label} ${i + 1}`}>
          <View className='form-group__row-head'>
            <Text className='form-group__row-title'>{`${group.label} ${i + 1}`}</Text>
            <View
              className={`form-group__remove${canRemove ? '' : ' form-group__remove--off'}`}
              hoverClass={canRemove ? 'form-group__remove--hover' : 'none'}
              onClick={() => canRemove && onRemove(i)}
              role='button'
              aria-disabled={!canRemove}
              aria-label={`删除${group.label} ${i + 1}`}
            >
              <Text>删除</Text>
            </View>
          </View>
          {group.fields.map((field) => (
            <View key={field.id}>{renderField(field, i, row)}</View>
          ))}
        </View>
      ))}
      <View
        className={`form-group__add${canAdd ? '' : ' form-group__add--off'}`}
        hoverClass={canAdd ? 'form-group__add--hover' : 'none'}
        onClick={() => canAdd && onAdd()}
        role='button'
        aria-disabled={!canAdd}
        aria-label={group.addLabel}
      >
        <Text>{`＋ ${group.addLabel}`}</Text>
      </View>
      <Text className='form-group__limit'>
        {canAdd ? `已添加 ${rows.length} 项，最多 ${group.maxItems} 项` : `已达上限：最多 ${group.maxItems} 项`}
        {min > 0 ? `，至少 ${min} 项` : ''}
      </Text>
    </FieldFrame>
  )
}
