import { View, Text } from '@tarojs/components'
import { SCORES, SCORE_WORD } from './scores'

/**
 * One indicator's 1–5 stars: each star a large button named 「办事效率 4 星，满意」, and the chosen level in
 * words beside the label, so the score never rests on the stars' colour alone.
 */
export function StarRow({ label, value, onChange }: { label: string; value: number | null | undefined; onChange: (score: number) => void }) {
  return (
    <View className='rating__row' role='group' aria-label={label}>
      <View className='rating__row-head'>
        <Text className='rating__label'>{label}</Text>
        <Text className={`rating__word${value ? '' : ' rating__word--empty'}`}>{value ? SCORE_WORD[value] : '请打分'}</Text>
      </View>
      <View className='rating__stars'>
        {SCORES.map((n) => (
          <View
            key={n}
            className={`rating__star${value && n <= value ? ' rating__star--on' : ''}`}
            onClick={() => onChange(n)}
            role='button'
            aria-pressed={value === n}
            aria-label={`${label} ${n} 星，${SCORE_WORD[n]}`}
          >
            <Text aria-hidden>{value && n <= value ? '★' : '☆'}</Text>
          </View>
        ))}
      </View>
    </View>
  )
}
