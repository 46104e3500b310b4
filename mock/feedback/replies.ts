import type { FeedbackKind } from '../../src/api/contract'
import { matchFaqs } from '../../src/domain/faq'
import { richTextPlain } from '../../src/domain/rich-text'
import type { CatalogItem } from '../catalog/model'
import { catalogIndex } from '../catalog/query'
import { itemFaqEntries } from './faq'
import type { FeedbackRecord } from './state'

/**
 * What the scripted back office answers when no reply is given (dev timer, POST /mock/feedback/:id/action
 * without `reply`): the way a department writes back, per kind and category. A 咨询 about an item quotes the
 * item's own FAQ answer that best matches the question (as plain text: replies are text, never markup),
 * else what the guide says on the matter (材料, 条件, 流程, 收费).
 */

const GREETING = '您好！'
const THANKS = '感谢您对我们工作的关心和支持！'

/** General answers by kind and category; {d} is the department, {item} the item's name in 「」 or 相关事项. */
const SCRIPTED: Record<FeedbackKind, Record<string, string>> = {
  consult: {
    conditions: '关于您咨询的{item}办理条件，请以本平台该事项办事指南中“受理条件”为准；如您的情况较为特殊，可携带相关证明材料到窗口，工作人员将当场为您核实。',
    materials: '关于您咨询的{item}所需材料，请以办事指南中“申请材料”清单为准，可通过电子证照调用的材料无需另行提交原件；材料不齐的，部分事项可容缺受理、后补材料。',
    process: '{item}可通过本平台在线申请，也可到办理地点窗口办理。在线提交后可在“我的办件”中实时查看办理进度，审批结果将通过消息通知您。',
    fees: '{item}的收费标准以办事指南“收费标准”为准，符合减免条件的可申请减免；在线办理的可在“我的办件”中直接缴费，无需到窗口。',
    other: '您咨询的问题已收悉。经了解，建议您先查看本平台相关事项的办事指南；如仍有疑问，可在工作日拨打 12345 热线，由话务员转接相关部门为您解答。',
  },
  complaint: {
    attitude: '您反映的窗口工作人员服务态度问题已收悉。经调查核实，已对相关工作人员进行批评教育，并在全中心通报，要求严格落实首问负责制和一次性告知制度。对给您带来的不愉快，我们深表歉意。',
    efficiency: '您反映的办理时间过长问题已收悉。经核查，该办件因需多部门联合审查导致等待时间较长，我们已督促承办部门加快办理，并将优化排队叫号和预约分流措施。',
    'extra-materials': '您反映的要求提交办事指南以外材料的问题已收悉。经核查，情况属实，已责令承办窗口严格按照办事指南收取材料，不得要求申请人提交清单外材料，并对相关人员进行了约谈。',
    fees: '您反映的收费问题已收悉。经核查，相关收费均按公示的收费标准执行；如您仍认为收费不当，可持缴费凭证向价格主管部门进一步反映，我们将全力配合核实。',
    shirking: '您反映的部门之间推诿问题已收悉。我们已协调相关部门明确牵头责任，由{d}负责到底，工作人员将于 2 个工作日内电话联系您，协助完成办理。',
    system: '您反映的系统故障问题已收悉。经技术人员排查，故障已于当日修复。因系统原因未能按时办理的，可优先预约窗口办理，已缴费用不受影响。',
    other: '您反映的问题已收悉。我们已责成相关部门调查处理，并将在 5 个工作日内将处理结果反馈给您。',
  },
  report: {
    'guide-wrong': '感谢您的反馈！经核实，{item}办事指南中的相关内容确需更新，我们已联系{d}于 3 个工作日内完成修订，修订后将在本平台同步发布。',
    display: '感谢您的反馈！经技术人员核查，该页面在部分机型上存在显示异常，已在最新版本中修复，请更新后重新进入页面查看。',
    'cannot-apply': '感谢您的反馈！经核实，{item}因系统对接升级暂时无法在线提交，预计 3 个工作日内恢复；期间如需急办，可预约窗口办理。',
    'hard-to-use': '感谢您的建议！我们已将您反映的操作不便问题纳入下一版本的优化计划，将进一步简化填写步骤，方便您使用。',
    other: '感谢您的反馈！我们已对您反映的情况进行核查并作相应改进，欢迎继续提出宝贵意见。',
  },
}

/** Rich text as one paragraph of plain text: list items end with 「；」, no stray spaces after punctuation. */
const plain = (html: string) =>
  richTextPlain(html.replace(/<\/li>/gi, '；</li>'))
    .replace(/([：；。，！？])\s+/g, '$1')
    .replace(/([；。！？])；/g, '$1')

/** What the guide says on a 咨询 category, as plain text. */
function fromGuide(item: CatalogItem, category: string): string | null {
  switch (category) {
    case 'materials': {
      const names = item.materials.map((m) => m.name)
      return names.length > 0 ? `办理「${item.name}」需提交：${names.join('、')}。具体要求以办事指南为准。` : null
    }
    case 'conditions':
      return plain(item.conditions) || null
    case 'process':
      return `办理流程：${item.process.map((s, i) => `${i + 1}. ${s.name}`).join('；')}。`
    case 'fees':
      return item.fees.free ? `「${item.name}」不收取任何费用。` : `收费标准：${item.fees.items.map((f) => `${f.name} ${f.standard}`).join('；')}。`
    default:
      return null
  }
}

/** The scripted reply to a record. */
export function scriptedReply(record: FeedbackRecord): string {
  const item = record.item ? catalogIndex().catalog.byId.get(record.item.id) : undefined
  const fill = (text: string) => text.replace('{item}', item ? `「${item.name}」` : '相关事项').replace('{d}', record.department)
  if (record.kind === 'consult' && item) {
    const best = matchFaqs(record.content, itemFaqEntries(item), 1)[0]
    const answer = best ? plain(best.answer) : fromGuide(item, record.category)
    if (answer) {
      return `${GREETING}关于您咨询的「${item.name}」，答复如下：${answer}\n如仍有疑问，可拨打咨询电话 ${item.consultPhone}（工作日 9:00-17:00）。${THANKS}`
    }
  }
  const script = SCRIPTED[record.kind]
  return `${GREETING}${fill(script[record.category] ?? script.other)}\n${THANKS}`
}
