import { View, Text, Textarea } from '@tarojs/components'
import type { FeedbackRatingDto } from '../../../../api/contract'
import { Button } from '../../../../components/button'
import { Notice } from '../../../../components/notice'
import { RATING_COMMENT_MAX, SATISFACTION_LABELS, SATISFACTION_SCORES } from '../../../../domain/feedback'
import { formatBeijingTime } from '../../components/time'
import { ChoiceChips } from '../../components/choice-chips'
import type { Rating } from './use-rating'

const CHOICES = SATISFACTION_SCORES.map((s) => ({ value: s as number, text: SATISFACTION_LABELS[s] }))

/** 满意度评价: five big word chips (非常不满意 … 非常满意), an optional comment, 提交评价. */
export function RatingForm({ r }: { r: Rating }) {
  return (
    <View className='tb-card'>
      <Text className='feedback__card-title'>满意度评价</Text>
      <Text className='feedback__muted'>您对本次答复满意吗？评价后本次记录即办结</Text>
      <View className='feedback__rating-choices'>
        <ChoiceChips title='满意程度' columns={2} options={CHOICES} value={r.score} onChange={r.choose} />
      </View>
      <Text className='feedback__label'>评价内容（选填）</Text>
      <Textarea
        className='feedback__comment'
        value={r.comment}
        maxlength={RATING_COMMENT_MAX}
        placeholder='说说您对答复的意见和建议'
        onInput={(e) => r.setComment(e.detail.value)}
        aria-label='评价内容'
      />
      <Text className='feedback__counter'>{`${Array.from(r.comment).length}/${RATING_COMMENT_MAX}`}</Text>
      {r.error ? <Notice tone='error'>{r.error}</Notice> : null}
      <Button block loading={r.sending} onClick={r.submit} className='feedback__rate'>
        提交评价
      </Button>
    </View>
  )
}

/** The rating given: its word, the comment, when */
export function RatingShown({ rating }: { rating: FeedbackRatingDto }) {
  const word = SATISFACTION_LABELS[rating.score as 1 | 2 | 3 | 4 | 5] ?? `${rating.score} 分`
  return (
    <View className='tb-card'>
      <Text className='feedback__card-title'>我的评价</Text>
      <Text className='feedback__rating-word'>{word}</Text>
      {rating.comment ? <Text className='feedback__text'>{rating.comment}</Text> : null}
      <Text className='feedback__muted'>{`评价于 ${formatBeijingTime(rating.at)}`}</Text>
    </View>
  )
}
