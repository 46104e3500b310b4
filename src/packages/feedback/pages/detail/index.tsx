import { View, Text } from '@tarojs/components'
import type { FeedbackDto } from '../../../../api/contract'
import { Badges } from '../../../../components/badges'
import { Icon } from '../../../../components/icon'
import { PageShell } from '../../../../components/page-shell'
import { Skeleton, StateMessage } from '../../../../components/state-view'
import { CONTACT_LABELS, FEEDBACK_KIND_LABELS, FEEDBACK_STATUS_LABELS, categoryLabel } from '../../../../domain/feedback'
import { formatBeijingTime } from '../../components/time'
import { summaryBadges } from '../../model'
import { Progress } from './progress'
import { RatingForm, RatingShown } from './rating-card'
import { useFeedback, type Feedback } from './use-feedback'
import './index.scss'

/** What the status means for the user, under the word */
function statusText(d: FeedbackDto): string {
  const kind = FEEDBACK_KIND_LABELS[d.kind]
  if (d.status === 'received') return `已收到您的${kind}，等待${d.department}受理`
  if (d.status === 'handling') return `${d.department}正在处理，答复后会通过「消息」通知您`
  if (d.status === 'answered') return d.awaitingRating ? '部门已答复，请查看答复并评价' : '部门已答复'
  return d.rating ? '已办结，感谢您的评价' : '已办结'
}

function Row({ label, value, onOpen }: { label: string; value: string; onOpen?: () => void }) {
  if (onOpen) {
    return (
      <View className='feedback__row feedback__row--link' hoverClass='feedback__row--hover' onClick={onOpen} role='button' aria-label={`${label}：${value}，查看办事指南`}>
        <Text className='feedback__row-label'>{label}</Text>
        <Text className='feedback__row-value feedback__row-value--link'>{value}</Text>
        <Icon name='chevron-right' className='feedback__row-arrow' />
      </View>
    )
  }
  return (
    <View className='feedback__row'>
      <Text className='feedback__row-label'>{label}</Text>
      <Text className='feedback__row-value'>{value}</Text>
    </View>
  )
}

const sizeText = (bytes: number) => (bytes >= 1024 * 1024 ? `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`)

function Facts({ d, f }: { d: FeedbackDto; f: Feedback }) {
  const contact = d.contact === 'phone' && d.phoneMasked ? `${CONTACT_LABELS.phone}（${d.phoneMasked}）` : CONTACT_LABELS[d.contact]
  return (
    <View className='tb-card'>
      <Row label='受理编号' value={d.number} />
      <Row label='类型' value={FEEDBACK_KIND_LABELS[d.kind]} />
      <Row label='类别' value={categoryLabel(d.kind, d.category)} />
      {d.item ? <Row label='事项' value={d.item.name} onOpen={f.openItem} /> : null}
      {d.hall ? <Row label='办理地点' value={`${d.hall.name}（${d.hall.address}）`} /> : null}
      {d.page ? <Row label='反馈页面' value={d.page.title} /> : null}
      <Row label='处理部门' value={d.department} />
      <Row label='回复方式' value={contact} />
      <Row label='提交时间' value={formatBeijingTime(d.createdAt)} />
    </View>
  )
}

function Content({ d }: { d: FeedbackDto }) {
  return (
    <View className='tb-card'>
      <Text className='feedback__card-title'>{`${FEEDBACK_KIND_LABELS[d.kind]}内容`}</Text>
      <Text className='feedback__text'>
        {d.content}
      </Text>
      {d.attachments.length ? (
        <View role='list' aria-label='附件' className='feedback__files'>
          {d.attachments.map((a) => (
            <View key={a.id} role='listitem' className='feedback__file'>
              <Icon name='file' className='feedback__file-icon' />
              <Text className='feedback__file-name'>{a.name}</Text>
              <Text className='feedback__muted'>{`${a.kind === 'pdf' ? 'PDF' : '图片'} · ${sizeText(a.bytes)}`}</Text>
            </View>
          ))}
        </View>
      ) : null}
    </View>
  )
}

/** The department's replies as plain text: never markup, whatever they contain. */
function Replies({ d }: { d: FeedbackDto }) {
  return (
    <View className='tb-card'>
      <Text className='feedback__card-title'>部门答复</Text>
      {d.replies.length === 0 ? (
        <Text className='feedback__muted'>部门答复后会显示在这里，并通过「消息」通知您</Text>
      ) : (
        <View role='list' aria-label='部门答复'>
          {d.replies.map((r) => (
            <View key={`${r.at}-${r.department}`} role='listitem' className='feedback__reply'>
              <View className='feedback__reply-head'>
                <Text className='feedback__reply-from'>{r.department}</Text>
                <Text className='feedback__muted'>{formatBeijingTime(r.at)}</Text>
              </View>
              <Text className='feedback__text'>
                {r.content}
              </Text>
            </View>
          ))}
        </View>
      )}
    </View>
  )
}

/** 咨询 / 投诉 / 找茬详情: the status in words, the facts, what was sent, the replies, progress and 满意度评价. */
export default function FeedbackDetail() {
  const f = useFeedback()
  const d = f.detail
  if (f.phase !== 'ready' || !d) {
    return (
      <PageShell className='feedback' report={false}>
        {f.phase === 'loading' ? (
          <View className='tb-card'>
            <Skeleton rows={5} />
          </View>
        ) : f.phase === 'signed-out' ? (
          <StateMessage icon='user' title='登录后查看' description='咨询、投诉和找茬的进度与答复需要登录后查看' actionText='去登录' onAction={f.signIn} />
        ) : f.phase === 'not-found' ? (
          <StateMessage icon='file' title='未找到该记录' description='可在「我的咨询投诉」中查看您的全部记录' actionText='查看我的咨询投诉' onAction={f.openList} />
        ) : (
          <StateMessage icon='refresh' title='暂时无法加载' description={f.error ?? undefined} actionText='重试' onAction={f.retry} />
        )}
      </PageShell>
    )
  }
  return (
    <PageShell className='feedback' report={false}>
      <View className='tb-card feedback__status'>
        <View className='feedback__status-head'>
          <Text className='feedback__status-word'>{FEEDBACK_STATUS_LABELS[d.status]}</Text>
          <Badges badges={summaryBadges(d).slice(1)} />
        </View>
        <Text className='feedback__status-text'>{statusText(d)}</Text>
        <Text className='feedback__title'>{d.title}</Text>
      </View>
      {d.rating ? <RatingShown rating={d.rating} /> : d.awaitingRating ? <RatingForm r={f.rating} /> : null}
      <Replies d={d} />
      <Facts d={d} f={f} />
      <Content d={d} />
      <Progress d={d} />
    </PageShell>
  )
}
