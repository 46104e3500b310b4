import { View, Text } from '@tarojs/components'
import { platform } from '@/platform'
import { PageShell } from '../../../../components/page-shell'
import { Button } from '../../../../components/button'
import { Icon } from '../../../../components/icon'
import { startStepUp } from '../../../../api/endpoints/identity'
import { appConfig } from '../../../../stores/app-config'
import { useStore } from '../../../../stores/create-store'
import { routes } from '../../../../routes'
import { FaceStatus } from '../../components/face-status'
import { useFaceStep } from '../../hooks/use-face-step'
import './index.scss'

/** 刷脸验证: a fresh face check before a sensitive action, then back to it. */
export default function FaceCheck() {
  const f = useFaceStep()
  const minutes = useStore(appConfig, (c) => c.data?.faceFreshMinutes ?? 30)
  const busy = f.phase === 'starting' || f.phase === 'verifying'
  const start = () => void f.run(() => startStepUp({ platform: platform.name, returnPath: f.returnPath(routes.faceCheck) }))
  return (
    <PageShell className='face-check'>
      <View className='tb-card face-check__card'>
        {f.phase === 'passed' || f.phase === 'verifying' ? (
          <FaceStatus phase={f.phase} message={f.message} passedText='验证通过' onDone={f.done} />
        ) : (
          <View className='face-check__body'>
            <View className='face-check__badge'>
              <Icon name='scan' />
            </View>
            <Text className='face-check__title'>请刷脸确认是您本人</Text>
            <Text className='tb-muted face-check__text'>为保护您的证照、办件和资金安全，该操作需要本人刷脸确认。{minutes} 分钟内无需重复验证。</Text>
            <FaceStatus phase={f.phase} message={f.message} passedText='验证通过' onDone={f.done} />
            <Button block loading={busy} onClick={start} className='face-check__action'>
              开始刷脸
            </Button>
          </View>
        )}
      </View>
    </PageShell>
  )
}
