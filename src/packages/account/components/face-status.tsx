import { View, Text } from '@tarojs/components'
import { Button } from '../../../components/button'
import { Icon } from '../../../components/icon'
import { Notice } from '../../../components/notice'
import type { FacePhase } from '../hooks/use-face-step'
import './face-status.scss'

/** What a 刷脸 step shows while it runs and when it ends. */
export function FaceStatus({ phase, message, passedText, onDone }: { phase: FacePhase; message: string | null; passedText: string; onDone: () => void }) {
  if (phase === 'verifying' || phase === 'starting') {
    return (
      <View className='tb-face-status'>
        <View className='tb-face-status__spinner' />
        <Text className='tb-face-status__title'>{phase === 'starting' ? '正在准备刷脸认证…' : '正在确认认证结果…'}</Text>
        <Text className='tb-muted'>认证结果以认证服务返回为准，请稍候</Text>
      </View>
    )
  }
  if (phase === 'passed') {
    return (
      <View className='tb-face-status'>
        <View className='tb-face-status__badge'>
          <Icon name='check' />
        </View>
        <Text className='tb-face-status__title'>{passedText}</Text>
        <Button block onClick={onDone} className='tb-face-status__action'>
          完成
        </Button>
      </View>
    )
  }
  if (phase === 'unsupported') {
    return (
      <Notice tone='warning' title='当前环境无法刷脸'>
        {message ?? ''}
      </Notice>
    )
  }
  return message ? (
    <Notice tone='error' title={phase === 'failed' ? '认证未通过' : '未能开始认证'}>
      {message}
    </Notice>
  ) : null
}
