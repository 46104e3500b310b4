import { View, Text, Image } from '@tarojs/components'
import { PageShell } from '../../../../components/page-shell'
import { Button } from '../../../../components/button'
import { Notice } from '../../../../components/notice'
import { StateMessage } from '../../../../components/state-view'
import { watermarkTime } from '../../../../domain/show-code'
import { goBack } from '../../../../routes'
import { useShow } from './use-show'
import './index.scss'

/** What stands in the code's square when there is no code to show */
function Blank({ text, detail, onRetry }: { text: string; detail?: string | null; onRetry?: () => void }) {
  return (
    <View className='show__blank' role='status'>
      <Text className='show__blank-text'>{text}</Text>
      {detail ? <Text className='show__blank-detail'>{detail}</Text> : null}
      {onRetry ? (
        <Button variant='ghost' onClick={onRetry} className='show__retry'>
          重试
        </Button>
      ) : null}
    </View>
  )
}

/** 亮证: the signed code for a window, refreshed every 30 s, with the time over it and the screen at full brightness. */
export default function Show() {
  const s = useShow()
  if (s.refused) {
    return (
      <PageShell className='show'>
        <StateMessage icon='info' title='暂不能亮证' description={s.refused} actionText='返回' onAction={() => void goBack()} />
      </PageShell>
    )
  }
  if (s.needFace) {
    return (
      <PageShell className='show'>
        <StateMessage icon='scan' title='请先刷脸确认本人' description='为防止他人冒用，亮证前需要本人刷脸，验证通过后即可出示二维码。' actionText='去刷脸' onAction={s.retryFace} />
      </PageShell>
    )
  }
  const due = s.secondsToRefresh === 0
  return (
    <PageShell className='show'>
      <View className='show__card'>
        <Text className='show__purpose'>{s.purposeLabel}</Text>
        <View className='show__code'>
          {s.image ? (
            <>
              <Image
                className='show__image'
                src={s.image}
                mode='aspectFit'
                aria-label={`亮证二维码，用于${s.purposeLabel}`}
                // H5 draws an <img> inside Taro's element: it needs the text alternative itself
                nativeProps={{ alt: `亮证二维码，用于${s.purposeLabel}` }}
              />
              <View className='show__watermark' aria-hidden>
                <Text className='show__watermark-line'>{watermarkTime(s.serverNow)}</Text>
                <Text className='show__watermark-line'>{s.purposeLabel}</Text>
              </View>
            </>
          ) : s.expired ? (
            <Blank text='二维码已过期，正在刷新…' detail={s.failure} onRetry={s.failure ? s.refresh : undefined} />
          ) : s.failure ? (
            <Blank text='亮证码未能生成' detail={s.failure} onRetry={s.refresh} />
          ) : (
            <Blank text='正在生成亮证码…' />
          )}
        </View>
        {s.image ? <Text className='show__countdown'>{due ? '正在刷新…' : `${s.secondsToRefresh} 秒后自动刷新`}</Text> : null}
        {s.summary ? <Text className='show__who'>{`${s.summary.holder} · ${s.summary.type}`}</Text> : null}
        <Text className='show__tip'>{`请向工作人员出示此码，每 ${s.refreshSeconds} 秒自动刷新`}</Text>
        {s.image ? (
          <Button variant='ghost' loading={s.fetching} onClick={s.refresh} className='show__refresh'>
            刷新
          </Button>
        ) : null}
      </View>

      {s.image && s.failure ? (
        <View className='show__notice'>
          <Notice tone='error' title='亮证码未能刷新'>
            {`${s.failure}。当前二维码仍可使用，将自动重试。`}
          </Notice>
        </View>
      ) : null}
      {s.captured ? (
        <View className='show__notice'>
          <Notice tone='warning' title='检测到截屏：二维码仅供当面出示，请勿截图转发' />
        </View>
      ) : s.capturesReported ? null : (
        <Text className='show__warning'>二维码仅供当面出示，请勿截图转发</Text>
      )}
    </PageShell>
  )
}
