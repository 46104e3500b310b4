import { View, Text } from '@tarojs/components'
import { Icon } from '../../../../components/icon'
import { PageShell } from '../../../../components/page-shell'
import { FEEDBACK_CONTENT_MAX, FEEDBACK_CONTENT_MIN, REPORT_CATEGORY_LABELS } from '../../../../domain/feedback'
import { AttachmentList } from '../../components/attachment-list'
import { ChoiceChips } from '../../components/choice-chips'
import { ContactField } from '../../components/contact-field'
import { SubmitBar } from '../../components/submit-bar'
import { TextBox } from '../../components/text-box'
import { SCREENSHOT, useReport, type Report as ReportModel } from './use-report'
import './index.scss'

const CATEGORIES = Object.entries(REPORT_CATEGORY_LABELS).map(([value, text]) => ({ value, text }))

/** 您正在反馈的页面：办事指南, and the item that page showed */
function Where({ r }: { r: ReportModel }) {
  const { status, item } = r.item
  const itemLine = status === 'ready' && item ? `涉及事项：${item.name}` : status === 'loading' ? '涉及事项：正在加载…' : null
  return (
    <View className='tb-card report__where'>
      <Icon name='file' className='report__where-icon' />
      <View className='report__where-body'>
        <Text className='report__where-page'>{`您正在反馈的页面：${r.page.title}`}</Text>
        {itemLine ? <Text className='report__where-item'>{itemLine}</Text> : null}
        <Text className='report__where-hint'>页面和事项会随反馈一并提交，您只需说明遇到的问题</Text>
      </View>
    </View>
  )
}

/** 业务找茬: the page it came from, what is wrong, an optional screenshot, the reply preference. */
export default function Report() {
  const r = useReport()
  const f = r.form
  return (
    <PageShell className='report' report={false}>
      <Where r={r} />
      <View className='tb-card'>
        <ChoiceChips title='问题类型' options={CATEGORIES} value={f.draft.category} onChange={f.setCategory} error={f.errors.category} />
        <TextBox
          label='问题描述'
          value={f.draft.content}
          onChange={f.setContent}
          placeholder='哪里不对或不方便？例如：指南中的材料与窗口要求不一致'
          max={FEEDBACK_CONTENT_MAX}
          error={f.errors.content}
          hint={`至少 ${FEEDBACK_CONTENT_MIN} 个字`}
        />
        <AttachmentList rule={SCREENSHOT} a={f.attachments} error={f.errors.attachments} />
        <ContactField value={f.draft.contact} onChange={f.setContact} phoneMasked={f.phoneMasked} signedIn={f.signedIn} error={f.errors.contact} />
      </View>
      <SubmitBar f={f} label='提交反馈' />
    </PageShell>
  )
}
