import { View, Text } from '@tarojs/components'
import type { ApplicationDetailDto, RatingDto } from '../../../../api/contract'
import { STATUS_LABEL } from '../../../../domain/application-status'
import { Button } from '../../../../components/button'
import { Skeleton } from '../../../../components/state-view'
import { formatBeijingTime } from '../../components/timeline/time'
import { INDICATORS, INDICATOR_LABEL, SCORE_WORD, stars } from '../rating/scores'
import type { SubmittedRow } from './submitted'
import type { FormState } from './use-application'

/** A label and its value on one line (申请内容, 评价) */
export function Pair({ label, value }: { label: string; value: string }) {
  return (
    <View className='application__pair'>
      <Text className='application__pair-label'>{label}</Text>
      <Text className='application__pair-value'>{value}</Text>
    </View>
  )
}

export function SupplementCard(props: { reason: string; fieldLabels: string[]; materialNames: string[]; count: number; dueAt: number; onGo: () => void }) {
  const asked = [...props.fieldLabels, ...props.materialNames]
  return (
    <View className='tb-card application__card application__card--warning'>
      <Text className='application__card-title'>需要补正</Text>
      <Text className='application__text'>{props.reason}</Text>
      <Text className='application__text'>{asked.length ? `需补正：${asked.join('、')}` : `需补正 ${props.count} 项`}</Text>
      <Text className='application__due'>{`请于 ${formatBeijingTime(props.dueAt)} 前提交，逾期可能不予受理`}</Text>
      <Button block onClick={props.onGo} className='application__card-action'>
        去补正
      </Button>
    </View>
  )
}

export function FeeCard({ onPay }: { onPay: () => void }) {
  return (
    <View className='tb-card application__card application__card--warning'>
      <Text className='application__card-title'>待缴费</Text>
      <Text className='application__text'>本办件有待缴纳的费用，缴费后继续办理</Text>
      <Button block onClick={onPay} className='application__card-action'>
        去缴费
      </Button>
    </View>
  )
}

/** 需到现场办理 (跑动次数 > 0): book the visit instead of queueing at the hall */
export function VisitCard({ visits, reason, onBook }: { visits: number; reason: string | null; onBook: () => void }) {
  return (
    <View className='tb-card application__card'>
      <Text className='application__card-title'>需到现场办理</Text>
      <Text className='application__text'>{`本事项需到现场 ${visits} 次${reason ? `（${reason}）` : ''}，可先预约大厅和时段，按时到场办理。`}</Text>
      <Button variant='ghost' block onClick={onBook} className='application__card-action'>
        预约到现场办理
      </Button>
    </View>
  )
}

/** What came out of an ended 办件: the e-licence, the approval, or why it did not pass. */
export function ResultCard({ d, note, onLicences }: { d: ApplicationDetailDto; note: string | null; onLicences: () => void }) {
  const passed = d.status === 'approved' || d.status === 'approved-conditional'
  return (
    <View className={`tb-card application__card${passed ? ' application__card--success' : ''}`}>
      <Text className='application__card-title'>{`办理结果：${STATUS_LABEL[d.status]}`}</Text>
      {passed && d.result?.kind === 'licence' ? (
        <View>
          <Text className='application__text'>{`已签发电子证照「${d.result.name}」，可在我的证照中查看`}</Text>
          <Button variant='ghost' block onClick={onLicences} className='application__card-action'>
            查看我的证照
          </Button>
        </View>
      ) : passed && d.result ? (
        <Text className='application__text'>{d.result.kind === 'approval' ? `已作出审批决定：${d.result.name}` : d.result.name}</Text>
      ) : null}
      {!passed && (note || d.result) ? <Text className='application__text'>{`${d.status === 'withdrawn' ? '撤回原因' : '原因'}：${note ?? d.result?.name}`}</Text> : null}
    </View>
  )
}

export function RatingCard({ rating, onFollowUp }: { rating: RatingDto; onFollowUp: () => void }) {
  return (
    <View className='tb-card application__card'>
      <Text className='application__card-title'>我的评价</Text>
      {INDICATORS.map((k) => (
        <View key={k} className='application__pair' aria-label={`${INDICATOR_LABEL[k]} ${rating.scores[k]} 星，${SCORE_WORD[rating.scores[k]]}`}>
          <Text className='application__pair-label'>{INDICATOR_LABEL[k]}</Text>
          <Text className='application__stars' aria-hidden>
            {stars(rating.scores[k])}
          </Text>
          <Text className='application__score-word'>{SCORE_WORD[rating.scores[k]]}</Text>
        </View>
      ))}
      {rating.comment ? <Text className='application__text'>{rating.comment}</Text> : null}
      <Text className='tb-muted application__at'>{`评价于 ${formatBeijingTime(rating.at)}`}</Text>
      {rating.followUp ? (
        <View className='application__follow-up'>
          <Text className='application__text'>{`部门回访：${rating.followUp.note}`}</Text>
          <Text className='tb-muted application__at'>{formatBeijingTime(rating.followUp.at)}</Text>
        </View>
      ) : null}
      {rating.followUpRating ? (
        <View className='application__follow-up'>
          <Pair label='追加评价' value={`${stars(rating.followUpRating.score)} ${SCORE_WORD[rating.followUpRating.score]}`} />
          {rating.followUpRating.comment ? <Text className='application__text'>{rating.followUpRating.comment}</Text> : null}
        </View>
      ) : rating.followUp ? (
        <Button variant='ghost' block onClick={onFollowUp} className='application__card-action'>
          追加评价
        </Button>
      ) : null}
    </View>
  )
}

export function SubmittedCard(props: { state: FormState; answers: SubmittedRow[]; materials: SubmittedRow[]; onRetry: () => void }) {
  return (
    <View className='tb-card application__card'>
      <Text className='application__card-title'>申请内容</Text>
      {props.state === 'loading' ? (
        <Skeleton rows={2} />
      ) : props.state === 'error' ? (
        <View>
          <Text className='application__text'>暂时无法显示填写内容</Text>
          <Button variant='ghost' onClick={props.onRetry} className='application__card-action'>
            重新加载
          </Button>
        </View>
      ) : (
        <View>
          {props.answers.map((r) => (
            <Pair key={r.id} label={r.label} value={r.value} />
          ))}
          {props.materials.length ? <Text className='application__subtitle'>申请材料</Text> : null}
          {props.materials.map((r) => (
            <Pair key={r.id} label={r.label} value={r.value} />
          ))}
        </View>
      )}
    </View>
  )
}
