import type { AnswersDto, FormFieldDto, FormSchemaDto, LeafAnswer, MaterialAnswerDto, MaterialAnswers, PersonAnswer, RegionDto } from '../../../../api/contract'
import { allEntries } from '../../../../domain/form'
import { findRegion } from '../../../../domain/region'

/** 「申请内容」 of a 办件: what was answered and provided, labelled by the item's form. */
export interface SubmittedRow {
  id: string
  label: string
  value: string
}

const RELATION: Record<PersonAnswer['relation'], string> = { self: '本人', spouse: '配偶', child: '子女', parent: '父母', other: '其他' }

/** 身份证号 on screen: the first 6 and last 4 (as everywhere in the app), the rest hidden. */
const maskId = (id: string) => (id.length > 10 ? `${id.slice(0, 6)}${'*'.repeat(id.length - 10)}${id.slice(-4)}` : id)

const isPerson = (v: object): v is PersonAnswer => 'relation' in v
/** The answer in words; 「未填写」 for nothing. */
export function leafText(field: FormFieldDto | undefined, value: LeafAnswer | undefined, regions: RegionDto[]): string {
  if (value === null || value === undefined || value === '') return '未填写'
  if (typeof value === 'number') return field?.type === 'amount' ? `${value} 元` : String(value)
  if (typeof value === 'string') {
    if (field?.type === 'select') return field.options?.find((o) => o.value === value)?.label ?? value
    if (field?.type === 'id-number') return maskId(value)
    if (field?.type === 'amount') return `${value} 元`
    return value
  }
  if (isPerson(value)) return [RELATION[value.relation], value.name, value.idNumber ? maskId(value.idNumber) : ''].filter(Boolean).join(' ')
  return `${findRegion(regions, value.regionCode)?.name ?? ''}${value.detail}` || '未填写'
}

/** Each answered field and group of the form, in the form's order; answers the form does not know are left out. */
export function answerRows(schema: Pick<FormSchemaDto, 'sections'>, answers: AnswersDto, regions: RegionDto[]): SubmittedRow[] {
  const rows: SubmittedRow[] = []
  for (const entry of allEntries(schema)) {
    const value = answers[entry.id]
    if (value === undefined) continue
    if (entry.type === 'group') {
      const list = Array.isArray(value) ? value : []
      if (list.length === 0) continue
      const first = entry.fields[0]
      const names = list.map((row) => leafText(first, row[first.id], regions)).join('、')
      rows.push({ id: entry.id, label: entry.label, value: `共 ${list.length} 项：${names}` })
      continue
    }
    if (Array.isArray(value)) continue
    rows.push({ id: entry.id, label: entry.label, value: leafText(entry, value, regions) })
  }
  return rows
}

/** How a material was provided, in words. */
export function materialText(answer: MaterialAnswerDto | undefined): string {
  if (!answer) return '未提供'
  if (answer.kind === 'licence') return '电子证照'
  if (answer.kind === 'upload') return `${answer.fileIds.length} 个文件`
  return '容缺后补'
}

/** Every material slot of the form with how it was provided (optional slots left empty are left out). */
export function materialRows(schema: Pick<FormSchemaDto, 'materials'>, materials: MaterialAnswers): SubmittedRow[] {
  return schema.materials
    .filter((slot) => materials[slot.id] || slot.requirement !== 'optional')
    .map((slot) => ({ id: slot.id, label: slot.name, value: materialText(materials[slot.id]) }))
}

/** The labels of field ids (补正 asks for these), falling back to nothing rather than showing an id. */
export function fieldLabels(schema: Pick<FormSchemaDto, 'sections'> | null, ids: string[]): string[] {
  if (!schema) return []
  const entries = allEntries(schema)
  return ids.map((id) => entries.find((e) => e.id === id.split('.')[0])?.label).filter((l): l is string => !!l)
}

export const materialNames = (schema: Pick<FormSchemaDto, 'materials'> | null, ids: string[]): string[] =>
  schema ? ids.map((id) => schema.materials.find((m) => m.id === id)?.name).filter((n): n is string => !!n) : []
