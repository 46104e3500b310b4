import { View, Text, Input } from '@tarojs/components'
import { PageShell } from '../../../../components/page-shell'
import { Icon } from '../../../../components/icon'
import { Chip } from '../../components/chip'
import { SearchResults } from './results'
import { HOT_SEARCHES, MAX_QUERY_LENGTH, useSearch, type SearchState } from './use-search'
import './index.scss'

/** Before typing: 最近搜索 (this device) and 热门搜索. */
function Idle({ s }: { s: SearchState }) {
  return (
    <View className='catalog-search__idle'>
      {s.recent.length ? (
        <View className='catalog-search__section'>
          <View className='catalog-search__section-head'>
            <Text className='catalog-search__section-title'>最近搜索</Text>
            <View className='catalog-search__link' hoverClass='catalog-search__link--hover' onClick={s.clearRecent} role='button' aria-label='清除最近搜索'>
              清除
            </View>
          </View>
          <View className='catalog-search__chips'>
            {s.recent.map((q) => (
              <Chip key={q} label={q} onClick={() => s.run(q)} />
            ))}
          </View>
        </View>
      ) : null}
      <View className='catalog-search__section'>
        <View className='catalog-search__section-head'>
          <Text className='catalog-search__section-title'>热门搜索</Text>
        </View>
        <View className='catalog-search__chips'>
          {HOT_SEARCHES.map((q) => (
            <Chip key={q} label={q} onClick={() => s.run(q)} />
          ))}
        </View>
      </View>
    </View>
  )
}

export default function Search() {
  const s = useSearch()
  return (
    <PageShell className='catalog-search'>
      <View className='catalog-search__bar'>
        <View className='catalog-search__box'>
          <Icon name='search' className='catalog-search__icon' />
          <Input
            className='catalog-search__input'
            value={s.text}
            placeholder='搜索事项，如 结婚登记、jhdj'
            focus={s.focused}
            confirmType='search'
            maxlength={MAX_QUERY_LENGTH}
            onInput={(e) => s.type(e.detail.value)}
            onConfirm={(e) => s.run(e.detail.value)}
            onFocus={s.onFocus}
            onBlur={s.onBlur}
            aria-label='搜索事项'
          />
          {s.text ? (
            <View className='catalog-search__clear' onClick={s.clearText} role='button' aria-label='清空搜索内容'>
              <Icon name='close' />
            </View>
          ) : null}
        </View>
        <View className='catalog-search__go' hoverClass='catalog-search__go--hover' onClick={s.submit} role='button'>
          搜索
        </View>
      </View>
      {s.query ? <SearchResults s={s} /> : <Idle s={s} />}
    </PageShell>
  )
}
