import { View, Text } from '@tarojs/components'
import { Button } from '../../../../components/button'
import './index.scss'

/**
 * A later page of a long list failed to load while earlier rows stay on screen: say why, offer 重试, and keep
 * what is already shown (the rows that could not load stay as placeholders).
 */
export function RetryBar({ error, onRetry }: { error: string | null; onRetry: () => void }) {
  if (!error) return null
  return (
    <View className='catalog-retry-bar' role='alert'>
      <Text>{error}</Text>
      <Button variant='ghost' onClick={onRetry}>
        重试
      </Button>
    </View>
  )
}
