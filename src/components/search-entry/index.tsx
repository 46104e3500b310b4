import { View, Text } from '@tarojs/components'
import { Icon } from '../icon'
import './index.scss'

/**
 * The search box on 首页 and 办事: looks like a field, opens the search page (where typing happens). A button
 * named by the words it shows (每个提示都以「搜索事项」开头), so what is said and what is seen agree (WCAG 2.5.3).
 */
export function SearchEntry({ placeholder, onOpen }: { placeholder: string; onOpen: () => void }) {
  return (
    <View className='tb-search-entry' hoverClass='tb-search-entry--hover' onClick={onOpen} role='button'>
      <Icon name='search' className='tb-search-entry__icon' />
      <Text className='tb-search-entry__placeholder'>{placeholder}</Text>
    </View>
  )
}
