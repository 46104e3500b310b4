import { View, Text, Textarea } from '@tarojs/components'
import { PageShell } from '../../../../components/page-shell'
import { Button } from '../../../../components/button'
import { Icon } from '../../../../components/icon'
import { Notice } from '../../../../components/notice'
import { StateMessage } from '../../../../components/state-view'
import { LICENCE_PURPOSE_LABELS } from '../../../../domain/show-code'
import { beijingTime } from '../../time'
import { ResultCard } from './result-card'
import { TOKEN_MAX, useVerify } from './use-verify'
import './index.scss'

/** 验证电子证照: window staff scan a citizen's 亮证 code and see what the server verified. */
export default function Verify() {
  const v = useVerify()
  if (!v.staff) {
    return (
      <PageShell className='verify'>
        <StateMessage
          icon='user'
          title='仅限窗口工作人员使用'
          description={v.signedIn ? '当前账号不是工作人员账号，无法核验电子证照' : '请使用工作人员账号登录后核验电子证照'}
          actionText={v.signedIn ? undefined : '去登录'}
          onAction={v.signedIn ? undefined : v.openLogin}
        />
      </PageShell>
    )
  }
  return (
    <PageShell className='verify'>
      <View className='tb-card verify__staff'>
        <Icon name='landmark' className='verify__staff-icon' />
        <View className='verify__staff-who'>
          <Text className='verify__staff-name'>{`${v.staff.name} · ${v.staff.department}`}</Text>
          <Text className='verify__staff-hall'>{v.staff.hall}</Text>
        </View>
      </View>

      <View className='tb-card'>
        <Text className='verify__label' id='verify-purpose'>核验用途</Text>
        <View className='verify__purposes' role='radiogroup' aria-labelledby='verify-purpose'>
          {v.purposes.map((p) => (
            <View
              key={p}
              className={`verify__purpose${v.purpose === p ? ' verify__purpose--on' : ''}`}
              onClick={() => v.choosePurpose(p)}
              role='radio'
              aria-checked={v.purpose === p}
              aria-label={LICENCE_PURPOSE_LABELS[p]}
            >
              <Text>{v.purpose === p ? `✓ ${LICENCE_PURPOSE_LABELS[p]}` : LICENCE_PURPOSE_LABELS[p]}</Text>
            </View>
          ))}
        </View>
        <Button block loading={v.busy && !v.manual} onClick={v.scan} className='verify__scan'>
          扫码核验
        </Button>
        {v.manual ? (
          <View className='verify__manual'>
            {v.scanNote ? <Notice tone='info'>{`${v.scanNote}，可粘贴或输入亮证码核验`}</Notice> : null}
            <Text className='verify__label'>粘贴或输入亮证码</Text>
            <Textarea
              className={`verify__input${v.textError ? ' verify__input--error' : ''}`}
              value={v.text}
              maxlength={TOKEN_MAX}
              placeholder='TB1. 开头的亮证码'
              onInput={(e) => v.setText(e.detail.value)}
              aria-label='粘贴或输入亮证码'
            />
            {v.textError ? <Text className='verify__error'>{v.textError}</Text> : null}
            <Button variant='ghost' block loading={v.busy} onClick={v.submitText} className='verify__submit'>
              核验
            </Button>
          </View>
        ) : (
          <View className='verify__link' hoverClass='verify__link--hover' onClick={v.openManual} role='button'>
            <Text>无法扫码？粘贴或输入亮证码</Text>
          </View>
        )}
      </View>

      {v.outcome ? <ResultCard outcome={v.outcome} busy={v.busy} onRetry={v.retry} /> : null}

      <View className='tb-section-title'>
        <Text>最近核验</Text>
      </View>
      {v.recent === null ? (
        v.recentError ? (
          <StateMessage icon='refresh' title='暂时无法加载核验记录' description={v.recentError} actionText='重试' onAction={v.retryRecent} />
        ) : (
          <Text className='verify__empty'>加载中…</Text>
        )
      ) : v.recent.length === 0 ? (
        <Text className='verify__empty'>暂无核验记录</Text>
      ) : (
        <View className='tb-card verify__recent' role='list' aria-label='最近核验'>
          {v.recent.map((r) => (
            <View key={r.id} className='verify__recent-row' role='listitem'>
              <View className='verify__recent-main'>
                <Text className='verify__recent-who'>{`${r.holder.nameMasked} · ${r.licence.type}`}</Text>
                <Text className='verify__recent-meta'>{`${beijingTime(r.verifiedAt)} · ${LICENCE_PURPOSE_LABELS[r.purpose]}`}</Text>
              </View>
              <Text className='verify__recent-status'>已核验</Text>
            </View>
          ))}
        </View>
      )}
    </PageShell>
  )
}
