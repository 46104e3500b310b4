import { View, Text } from '@tarojs/components'
import { PageShell } from '../../../../components/page-shell'
import { COMPLAINT_CATEGORY_LABELS, FEEDBACK_CONTENT_MAX, FEEDBACK_CONTENT_MIN } from '../../../../domain/feedback'
import { AttachmentList } from '../../components/attachment-list'
import { ChoiceChips } from '../../components/choice-chips'
import { ContactField } from '../../components/contact-field'
import { ItemCard } from '../../components/item-card'
import { SubmitBar } from '../../components/submit-bar'
import { TextBox } from '../../components/text-box'
import { COMPLAINT_ATTACHMENTS, useComplaint } from './use-complaint'
import './index.scss'

const CATEGORIES = Object.entries(COMPLAINT_CATEGORY_LABELS).map(([value, text]) => ({ value, text }))

/** 我要投诉: the item and hall concerned, the category, what happened, pictures or PDFs, the reply preference. */
export default function Complaint() {
  const c = useComplaint()
  const f = c.form
  return (
    <PageShell className='complaint' report={false}>
      {c.item.status === 'none' ? (
        <View className='tb-card'>
          <Text className='complaint__label'>投诉事项</Text>
          <Text className='complaint__none'>不涉及具体事项</Text>
          <Text className='complaint__hint'>如需投诉某个事项的办理，可在该事项的办事指南中点「投诉」，这里会带上事项和办理地点</Text>
        </View>
      ) : (
        <ItemCard s={c.item} title='投诉事项' />
      )}

      <View className='tb-card'>
        {c.halls.length ? (
          <ChoiceChips
            title='涉及的办理地点'
            columns={2}
            options={[{ value: '', text: '不涉及具体大厅' }, ...c.halls.map((name) => ({ value: name, text: name }))]}
            value={c.hall}
            onChange={f.setHall}
          />
        ) : null}
        <ChoiceChips title='投诉类别' options={CATEGORIES} value={f.draft.category} onChange={f.setCategory} error={f.errors.category} />
        <TextBox
          label='投诉内容'
          value={f.draft.content}
          onChange={f.setContent}
          placeholder='请写明时间、地点、经过和您的诉求，便于部门核实处理'
          max={FEEDBACK_CONTENT_MAX}
          error={f.errors.content}
          hint={`至少 ${FEEDBACK_CONTENT_MIN} 个字`}
        />
        <AttachmentList rule={COMPLAINT_ATTACHMENTS} a={f.attachments} error={f.errors.attachments} />
        <ContactField value={f.draft.contact} onChange={f.setContact} phoneMasked={f.phoneMasked} signedIn={f.signedIn} error={f.errors.contact} />
      </View>

      <SubmitBar f={f} label='提交投诉' />
    </PageShell>
  )
}
