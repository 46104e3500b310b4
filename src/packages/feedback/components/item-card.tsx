import { View, Text } from '@tarojs/components'
import type { ReactNode } from 'react'
import { Skeleton } from '../../../components/state-view'
import { Notice } from '../../../components/notice'
import type { ItemState } from '../form/use-item'
import './index.scss'

/**
 * The item a form is about, at its top: name and department once loaded; a failure says so with 重试 and leaves
 * the form usable. `children` shows under the name (the item's 常见问题 on 我要咨询).
 */
export function ItemCard({ s, title, children }: { s: ItemState; title: string; children?: ReactNode }) {
  if (s.status === 'none') return null
  return (
    <View className='tb-card fb-item'>
      {s.status === 'loading' ? (
        <Skeleton rows={2} />
      ) : s.status === 'missing' ? (
        <Notice tone='warning' title='未找到该事项'>
          将作为不涉及具体事项的内容提交
        </Notice>
      ) : s.status === 'error' || !s.item ? (
        <View className='fb-item__error'>
          <Text className='fb-item__error-text'>{`事项信息暂时无法加载：${s.error ?? '请稍后重试'}`}</Text>
          <View className='fb-tool' hoverClass='fb-tool--hover' onClick={s.retry} role='button' aria-label='重新加载事项信息'>
            <Text>重试</Text>
          </View>
        </View>
      ) : (
        <View>
          <Text className='fb-item__label'>{title}</Text>
          <Text className='fb-item__name'>{s.item.name}</Text>
          <Text className='fb-item__department'>{`受理部门：${s.item.department.name}`}</Text>
          {children}
        </View>
      )}
    </View>
  )
}
