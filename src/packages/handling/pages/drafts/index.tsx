import { View, Text } from '@tarojs/components'
import { Icon } from '../../../../components/icon'
import { formatBeijingTime } from '../../components/timeline/time'
import { useDrafts } from './use-drafts'
import { PersonalList } from '../../components/personal-list'
import './index.scss'

export default function Drafts() {
  const s = useDrafts()
  return (
    <PersonalList
      className='drafts'
      state={{ signedIn: s.signedIn, signingIn: s.signingIn, loading: s.loading, error: s.error, empty: s.drafts.length === 0 }}
      signedOut={{ title: '登录后查看草稿', description: '在线办理填写到一半的申请会自动保存为草稿', onSignIn: s.openLogin }}
      errorTitle='暂时无法加载草稿'
      onRetry={s.retry}
      empty={{ icon: 'file', title: '暂无草稿', description: '在线办理填写到一半时会自动保存，可随时回来继续', onBrowse: s.browse }}
      rows={3}
    >
      <View role='list' aria-label='我的草稿'>
        {s.drafts.map((d) => (
          <View key={d.itemId} className='tb-card drafts__card' role='listitem'>
            <Text className='drafts__name'>{d.itemName}</Text>
            <Text className='tb-muted drafts__time'>{`最后编辑于 ${formatBeijingTime(d.updatedAt)}`}</Text>
            <View className='drafts__actions'>
              <View
                className={`drafts__action drafts__action--danger${s.deletingId === d.itemId ? ' drafts__action--busy' : ''}`}
                hoverClass='drafts__action--hover'
                onClick={() => s.remove(d)}
                role='button'
                aria-disabled={s.deletingId === d.itemId}
                aria-label={`删除「${d.itemName}」的草稿`}
              >
                <Icon name='close' />
                <Text>{s.deletingId === d.itemId ? '正在删除' : '删除'}</Text>
              </View>
              <View className='drafts__action' hoverClass='drafts__action--hover' onClick={() => s.resume(d)} role='button' aria-label={`继续填写「${d.itemName}」`}>
                <Icon name='file' />
                <Text>继续填写</Text>
              </View>
            </View>
          </View>
        ))}
      </View>
    </PersonalList>
  )
}
