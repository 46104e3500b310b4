import { View, Text } from '@tarojs/components'
import { PageShell } from '../../../../components/page-shell'
import { Button } from '../../../../components/button'
import { Notice } from '../../../../components/notice'
import { Skeleton, StateMessage } from '../../../../components/state-view'
import { FillStep } from './fill-step'
import { MaterialsStep } from './materials-step'
import { ReviewStep } from './review-step'
import { ScenarioParts } from './scenario-parts'
import { StepBar } from './steps'
import { useApply, type Apply } from './use-apply'
import './index.scss'

/** 上一步 / 下一步, or 提交申请 on the last step. */
function Actions({ a }: { a: Apply }) {
  const last = a.step === 2
  return (
    <View className='apply__actions'>
      {a.step > 0 ? (
        <Button variant='ghost' onClick={a.back} className='apply__action'>
          上一步
        </Button>
      ) : null}
      {last ? (
        <Button onClick={a.submit} disabled={!a.accepted || a.waiting} loading={a.submitting} className='apply__action apply__action--main'>
          {a.waiting ? '等待联网后自动提交' : a.submitting ? '正在提交…' : '提交申请'}
        </Button>
      ) : (
        <Button onClick={a.next} className='apply__action apply__action--main'>
          下一步
        </Button>
      )}
    </View>
  )
}

/** 在线办理 (one item, or a 一件事's combined form): three steps, each saved to the draft as it is typed. */
export default function Apply() {
  const a = useApply()
  const { phase, schema } = a
  return (
    <PageShell className='apply'>
      {phase.status === 'loading' ? (
        <View className='tb-card'>
          <Skeleton rows={5} />
        </View>
      ) : phase.status === 'signed-out' ? (
        <StateMessage icon='user' title='登录后在线办理' description='填写的内容会自动保存，换个设备也能接着填' actionText='去登录' onAction={a.signIn} />
      ) : phase.status === 'not-found' ? (
        <StateMessage
          icon='file'
          title={a.isScenario ? '该一件事暂不支持在线办理' : '该事项暂不支持在线办理'}
          description={a.isScenario ? '可以返回一件事页面查看需到现场办理的事项' : '可以返回办事指南查看其他办理方式'}
        />
      ) : phase.status === 'error' || !schema ? (
        <StateMessage icon='refresh' title='暂时无法打开申请表' description={phase.status === 'error' ? phase.error : undefined} actionText='重新加载' onAction={a.retry} />
      ) : (
        <View>
          <View className='apply__head'>
            <Text className='apply__name'>{a.title || schema.itemName}</Text>
          </View>
          {a.scenario ? <ScenarioParts scenario={a.scenario} onEdit={a.editScenario} /> : null}
          <StepBar step={a.step} progress={a.answers.progress} syncText={a.syncText} />
          {a.waitingText ? (
            <Notice tone='info' title={a.waitingText}>
              申请内容已锁定，将按提交时的内容发送，联网后自动提交。
            </Notice>
          ) : null}
          {a.serverError ? <Notice tone='error' title='提交未成功'>{a.serverError}</Notice> : null}
          {/* While a submission waits for the network it goes as it was sent: the form is locked so no edit is lost. */}
          <View className={a.waiting ? 'apply__locked' : undefined} aria-disabled={a.waiting}>
            {a.step === 0 ? <FillStep a={a} /> : a.step === 1 ? <MaterialsStep a={a} /> : <ReviewStep a={a} />}
          </View>
          {a.summary ? (
            <View className='apply__summary'>
              <Notice tone='error' title={a.summary.title}>
                {a.summary.items.length ? a.summary.items.join('、') : undefined}
              </Notice>
            </View>
          ) : null}
          <Actions a={a} />
        </View>
      )}
    </PageShell>
  )
}
