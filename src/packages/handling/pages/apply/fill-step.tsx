import { View, Text } from '@tarojs/components'
import type { FormFieldDto, FormGroupDto, LeafAnswer } from '../../../../api/contract'
import { isVisible } from '../../../../domain/form'
import { FormField, GroupField, type GroupRow, type SourceNote } from '../../components/fields'
import { fieldAnchor, systemFilled } from './model'
import type { Apply } from './use-apply'

/** One top-level field: its source note, and whether it is fixed or left to the system. */
function TopField({ a, field }: { a: Apply; field: FormFieldDto }) {
  const { answers } = a
  const value = (answers.answers[field.id] ?? null) as LeafAnswer
  const system = systemFilled(field, value, answers.typing, a.known)
  const label = system?.label ?? answers.sources[field.id]
  const editable = field.editable !== false
  const source: SourceNote | null = label ? { text: label, editable } : null
  // A prefilled value the law fixes shows as text; so does what the system fills at submission
  const fixedText = system ? system.text : label && !editable ? a.formatAnswer(field, value) : null
  return (
    <FormField
      field={field}
      value={value}
      env={a.env}
      error={answers.errors[field.id]}
      source={source}
      fixedText={fixedText}
      onTypeInstead={system && editable ? () => answers.typeInstead(field.id) : undefined}
      anchor={fieldAnchor(field.id)}
      onChange={(v) => answers.set(field.id, v)}
      onBlur={() => answers.blur(field.id)}
    />
  )
}

function Group({ a, group }: { a: Apply; group: FormGroupDto }) {
  const { answers } = a
  const rows = (Array.isArray(answers.answers[group.id]) ? answers.answers[group.id] : []) as GroupRow[]
  return (
    <GroupField
      group={group}
      rows={rows}
      error={answers.errors[group.id]}
      anchor={fieldAnchor(group.id)}
      onAdd={() => answers.addRow(group)}
      onRemove={(i) => answers.removeRow(group, i)}
      renderField={(field, i, row) => {
        if (!isVisible(field, answers.answers, row)) return null
        const path = `${group.id}.${i}.${field.id}`
        return (
          <FormField
            field={field}
            value={row[field.id] ?? null}
            env={a.env}
            error={answers.errors[path]}
            anchor={fieldAnchor(path)}
            onChange={(v) => answers.set(path, v)}
            onBlur={() => answers.blur(path)}
          />
        )
      }}
    />
  )
}

/** ① 填写信息: the form's sections; a field shows only while its condition holds. */
export function FillStep({ a }: { a: Apply }) {
  const { schema } = a
  if (!schema) return null
  return (
    <View>
      {schema.sections.map((section) => (
        <View key={section.title}>
          <View className='tb-section-title' role='heading' aria-level={2}>
            <Text>{section.title}</Text>
          </View>
          <View className='tb-card apply__card'>
            {section.fields.map((entry) =>
              !a.shown(entry) ? null : entry.type === 'group' ? <Group key={entry.id} a={a} group={entry} /> : <TopField key={entry.id} a={a} field={entry} />,
            )}
          </View>
        </View>
      ))}
    </View>
  )
}
