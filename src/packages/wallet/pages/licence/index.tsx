import { View } from '@tarojs/components'
import { PageShell } from '../../../../components/page-shell'
import { Button } from '../../../../components/button'
import { Notice } from '../../../../components/notice'
import { Skeleton, StateMessage } from '../../../../components/state-view'
import { LicenceFace } from './licence-face'
import { PurposeSheet } from './purpose-sheet'
import { useLicence } from './use-licence'
import './index.scss'

/** 电子证照: the licence's face, 查看完整信息 (after 刷脸), 亮证 and 用证记录. */
export default function Licence() {
  const l = useLicence()
  const d = l.licence
  if (!d) {
    return (
      <PageShell className='licence'>
        {l.loading ? (
          <Skeleton rows={6} />
        ) : (
          <StateMessage icon='refresh' title='暂时无法加载证照' description={l.error ?? '请稍后重试'} actionText='重新加载' onAction={l.retry} />
        )}
      </PageShell>
    )
  }
  return (
    <PageShell className='licence'>
      {l.cannotShow ? (
        <View className='licence__notice'>
          <Notice tone='warning' title={l.cannotShow} />
        </View>
      ) : null}
      <LicenceFace licence={d} revealed={l.revealed} />
      {l.revealError ? (
        <View className='licence__notice'>
          <Notice tone='error'>{l.revealError}</Notice>
        </View>
      ) : null}

      <View className='licence__actions'>
        <Button block disabled={Boolean(l.cannotShow)} onClick={l.show} className='licence__action'>
          亮证
        </Button>
        {l.revealed ? (
          <Button variant='ghost' block onClick={l.hide} className='licence__action'>
            隐藏完整信息
          </Button>
        ) : (
          <Button variant='ghost' block loading={l.revealing} onClick={l.reveal} className='licence__action'>
            查看完整信息
          </Button>
        )}
        <Button variant='plain' block onClick={l.openUsage} className='licence__action'>
          用证记录
        </Button>
      </View>

      {l.sheet ? <PurposeSheet purposes={d.purposes} onChoose={l.choose} onClose={l.closeSheet} /> : null}
    </PageShell>
  )
}
