import { View, Text } from '@tarojs/components'
import type { FormFieldDto, FormSchemaDto, LeafAnswer, MaterialAnswerDto, MaterialSlotDto } from '../../../../api/contract'
import { formatFen } from '../../../../domain/assurance'
import { isVisible } from '../../../../domain/form'
import { Declaration } from '../../components/declaration'
import type { GroupRow } from '../../components/fields'
import { systemFilled } from './model'
import type { ScenarioInfo } from './source'
import type { Apply } from './use-apply'

const TIMING = { 'before-review': '提交后缴纳', 'after-acceptance': '受理后缴纳' } as const
/** 合并缴费: a 一件事's fees are paid once, when the combined fee falls due. */
const ONCE = { 'before-review': '提交后一次缴纳', 'after-acceptance': '受理后一次缴纳' } as const

function Row({ label, value }: { label: string; value: string }) {
  return (
    <View className='apply-review__row'>
      <Text className='apply-review__label'>{label}</Text>
      <Text className='apply-review__value'>{value}</Text>
    </View>
  )
}

function Head({ title, onEdit }: { title: string; onEdit?: () => void }) {
  return (
    <View className='apply-review__head'>
      <View className='apply-review__title' role='heading' aria-level={2}>
        <Text>{title}</Text>
      </View>
      {onEdit ? (
        <View className='apply-review__edit' hoverClass='apply-review__edit--hover' onClick={onEdit} role='button' aria-label={`修改${title}`}>
          <Text>修改</Text>
        </View>
      ) : null}
    </View>
  )
}

function materialText(a: Apply, slot: MaterialSlotDto, answer: MaterialAnswerDto | undefined): string {
  if (!answer) return slot.requirement === 'optional' ? '未提供（非必要）' : '未提供'
  if (answer.kind === 'deferred') return '容缺后补'
  if (answer.kind === 'licence') return `使用电子证照「${slot.eLicence ?? a.licenceOf(slot)?.type ?? ''}」免提交`
  return `已上传 ${answer.fileIds.length} 个文件`
}

/** A 一件事's items, applied for at once. */
function Parts({ scenario }: { scenario: ScenarioInfo }) {
  return (
    <View className='tb-card'>
      <Head title={`办理事项（${scenario.parts.length} 项）`} />
      {scenario.parts.map((p) => (
        <Row key={p.stepKey} label={p.department} value={p.itemName} />
      ))}
    </View>
  )
}

/** 合并缴费: one amount for the items' fees, and what each item adds to it. */
function CombinedFee({ scenario, fee }: { scenario: ScenarioInfo; fee: NonNullable<FormSchemaDto['fee']> }) {
  return (
    <View className='tb-card'>
      <Head title='合并缴费' />
      <Text className='apply-review__fee'>{`共 ${formatFen(fee.amountFen)}，${ONCE[fee.timing]}`}</Text>
      {scenario.parts.map((p) => (p.fee ? <Row key={p.stepKey} label={p.itemName} value={formatFen(p.fee.amountFen)} /> : null))}
    </View>
  )
}

/** ③ 确认提交: every answer that shows, how each material comes, the fee, and the 承诺书 to accept. */
export function ReviewStep({ a }: { a: Apply }) {
  const { schema, answers } = a
  if (!schema) return null
  const value = (field: FormFieldDto, v: LeafAnswer) => {
    const system = systemFilled(field, v, answers.typing, a.known)
    return system ? system.text : a.formatAnswer(field, v)
  }
  return (
    <View className='apply-review'>
      {a.scenario ? <Parts scenario={a.scenario} /> : null}
      <View className='tb-card'>
        <Head title='填写信息' onEdit={() => a.edit(0)} />
        {schema.sections.map((section) => (
          <View key={section.title} className='apply-review__section'>
            <Text className='apply-review__section-title'>{section.title}</Text>
            {section.fields.filter((e) => a.shown(e)).map((entry) => {
              if (entry.type !== 'group') return <Row key={entry.id} label={entry.label} value={value(entry, (answers.answers[entry.id] ?? null) as LeafAnswer)} />
              const rows = (Array.isArray(answers.answers[entry.id]) ? answers.answers[entry.id] : []) as GroupRow[]
              return (
                <View key={entry.id}>
                  {rows.length === 0 ? <Row label={entry.label} value='未添加' /> : null}
                  {rows.map((row, i) => (
                    <View key={i} className='apply-review__group'>
                      <Text className='apply-review__group-title'>{`${entry.label} ${i + 1}`}</Text>
                      {entry.fields.filter((f) => isVisible(f, answers.answers, row)).map((f) => (
                        <Row key={f.id} label={f.label} value={a.formatAnswer(f, row[f.id] ?? null)} />
                      ))}
                    </View>
                  ))}
                </View>
              )
            })}
          </View>
        ))}
      </View>
      <View className='tb-card'>
        <Head title='申请材料' onEdit={() => a.edit(1)} />
        {schema.materials.length === 0 ? <Text className='tb-muted'>{a.isScenario ? '本次办理无需提交材料' : '本事项无需提交材料'}</Text> : null}
        {schema.materials.map((slot) => (
          <Row key={slot.id} label={slot.name} value={materialText(a, slot, a.materials.materials[slot.id])} />
        ))}
      </View>
      {schema.fee && a.scenario ? <CombinedFee scenario={a.scenario} fee={schema.fee} /> : null}
      {schema.fee && !a.scenario ? (
        <View className='tb-card'>
          <Head title='费用' />
          <Row label={schema.fee.title} value={formatFen(schema.fee.amountFen)} />
          <Row label='缴费时间' value={TIMING[schema.fee.timing]} />
          <Row label='收费依据' value={schema.fee.basis} />
        </View>
      ) : null}
      <Declaration text={schema.declaration} accepted={a.accepted} onToggle={a.toggleAccepted} />
    </View>
  )
}
