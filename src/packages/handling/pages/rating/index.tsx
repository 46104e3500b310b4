import { View, Text, Textarea } from '@tarojs/components'
import { PageShell } from '../../../../components/page-shell'
import { Button } from '../../../../components/button'
import { Notice } from '../../../../components/notice'
import { Skeleton, StateMessage } from '../../../../components/state-view'
import { COMMENT_MAX, INDICATORS, INDICATOR_LABEL } from './scores'
import { StarRow } from './star-row'
import { useRating } from './use-rating'
import './index.scss'

export default function Rating() {
  const r = useRating()
  if (r.loading) {
    return (
      <PageShell className='rating'>
        <Skeleton rows={5} />
      </PageShell>
    )
  }
  if (r.loadError) {
    return (
      <PageShell className='rating'>
        <StateMessage icon='refresh' title='暂时无法加载办件' description={r.loadError} actionText='重新加载' onAction={r.retry} />
      </PageShell>
    )
  }
  if (r.closed) {
    return (
      <PageShell className='rating'>
        <StateMessage icon='check' title={r.closed} description={`${r.itemName}（办件编号 ${r.number}）`} actionText='返回办件详情' onAction={r.back} />
      </PageShell>
    )
  }
  return (
    <PageShell className='rating'>
      <View className='tb-card'>
        <Text className='rating__title'>{r.followUpMode ? '追加评价' : '评价本次办事'}</Text>
        <Text className='tb-muted rating__item'>{`${r.itemName} · 办件编号 ${r.number}`}</Text>
        {r.followUpMode && r.followUpNote ? <Notice title='部门回访情况'>{r.followUpNote}</Notice> : null}
      </View>

      <View className='tb-card'>
        {r.followUpMode ? (
          <StarRow label='对回访处理的满意度' value={r.score} onChange={r.setScore} />
        ) : (
          INDICATORS.map((k) => <StarRow key={k} label={INDICATOR_LABEL[k]} value={r.scores[k]} onChange={(n) => r.setIndicator(k, n)} />)
        )}
      </View>

      <View className='tb-card'>
        <Text className='rating__label'>评价内容（选填）</Text>
        <Textarea
          className='rating__comment'
          value={r.comment}
          maxlength={COMMENT_MAX}
          placeholder='说说您的办事体验和建议'
          onInput={(e) => r.setComment(e.detail.value)}
          aria-label='评价内容'
        />
        <Text className='tb-muted rating__counter'>{`${r.comment.length}/${COMMENT_MAX}`}</Text>
      </View>

      {r.error ? (
        <View className='rating__error'>
          <Notice tone='error'>{r.error}</Notice>
        </View>
      ) : null}
      <View className='rating__actions'>
        <Button block loading={r.submitting} onClick={r.submit}>
          提交评价
        </Button>
      </View>
    </PageShell>
  )
}
