import { View, Text } from '@tarojs/components'
import { Button } from '../../../../components/button'
import { Notice } from '../../../../components/notice'
import { PageShell } from '../../../../components/page-shell'
import { CONSULT_CATEGORY_LABELS, FEEDBACK_CONTENT_MAX, FEEDBACK_CONTENT_MIN } from '../../../../domain/feedback'
import { ChoiceChips } from '../../components/choice-chips'
import { ContactField } from '../../components/contact-field'
import { ItemCard } from '../../components/item-card'
import { SubmitBar } from '../../components/submit-bar'
import { TextBox } from '../../components/text-box'
import { Faq } from './faq-list'
import { useConsult, type Consult as ConsultModel } from './use-consult'
import './index.scss'

const CATEGORIES = Object.entries(CONSULT_CATEGORY_LABELS).map(([value, text]) => ({ value, text }))

/** The item's 常见问题, before anything is asked */
function ItemFaq({ c }: { c: ConsultModel }) {
  return (
    <View className='consult__faqs'>
      <View className='consult__heading' role='heading' aria-level={2}>
        <Text>常见问题</Text>
      </View>
      {c.faq.length === 0 ? (
        <Text className='consult__empty'>本事项暂无常见问题，可直接在下方提问</Text>
      ) : (
        <View role='list' aria-label='常见问题'>
          {c.faq.map((f, i) => (
            <Faq key={`faq-${i}`} question={f.question} answer={f.answer} open={c.isOpen(`faq-${i}`)} onToggle={() => c.toggle(`faq-${i}`)} />
          ))}
        </View>
      )}
    </View>
  )
}

/** 这些回答可能解决您的问题: matches of the typed question, each with 已解决 under its answer */
function Suggestions({ c }: { c: ConsultModel }) {
  if (c.suggestions.length === 0) return null
  const own = c.item.item?.name
  return (
    <View className='consult__suggestions' role='region' aria-label='这些回答可能解决您的问题'>
      <Text className='consult__suggestions-title'>这些回答可能解决您的问题</Text>
      <View role='list' aria-label='推荐的常见问题'>
        {c.suggestions.map((s) => (
          <Faq key={s.key} question={s.question} answer={s.answer} open={c.isOpen(s.key)} onToggle={() => c.toggle(s.key)} source={s.item.name === own ? undefined : s.item.name}>
            <Button variant='ghost' onClick={c.solved} className='consult__solved'>
              已解决，不用提交了
            </Button>
          </Faq>
        ))}
      </View>
    </View>
  )
}

/** 我要咨询: the item's FAQ first, then the question with suggested answers, the reply preference, 提交. */
export default function Consult() {
  const c = useConsult()
  const f = c.form
  return (
    <PageShell className='consult' report={false}>
      {c.general ? (
        <View className='consult__general'>
          <Notice tone='info' title='一般咨询'>
            {c.hotlineText}
          </Notice>
        </View>
      ) : null}
      <ItemCard s={c.item} title='咨询事项'>
        <ItemFaq c={c} />
      </ItemCard>

      <View className='tb-card'>
        <ChoiceChips title='咨询类别' options={CATEGORIES} value={f.draft.category} onChange={f.setCategory} error={f.errors.category} />
        <TextBox
          label='您的问题'
          value={f.draft.content}
          onChange={f.setContent}
          placeholder='请描述您想咨询的问题，例如：需要带哪些材料？'
          max={FEEDBACK_CONTENT_MAX}
          error={f.errors.content}
          hint={`至少 ${FEEDBACK_CONTENT_MIN} 个字`}
        />
        <Suggestions c={c} />
        <ContactField value={f.draft.contact} onChange={f.setContact} phoneMasked={f.phoneMasked} signedIn={f.signedIn} error={f.errors.contact} />
      </View>

      <SubmitBar f={f} label='提交咨询' />
    </PageShell>
  )
}
