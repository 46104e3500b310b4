import type { AnswersDto, FormEntryDto, FormSchemaDto, MaterialAnswers } from '../../src/api/contract'
import { X_CHECK_DIGIT } from '../../mock/fixtures/identities'

/**
 * Valid answers and materials for any form the mock serves, for tests that need an application to exist (the
 * mock's own tests, the boot test of the mini-program builds).
 */
const ENTERPRISE_CODE = '91310101MA1FPX0016'
const PATTERN_SAMPLES: Record<string, string> = {
  'JY\\d{14}': 'JY23101010000001',
  '[A-Z]\\d{9}': 'E123456789',
  '[^@\\s]+@[^@\\s]+\\.[^@\\s]+': 'demo@example.com',
  '\\d{12}': '310101202600',
  '\\d{12}[A-Z]{2}\\d{5}[A-Z]\\d{8}': '310101001001GB00001F00000001',
  '\\d{16,19}': '6222021001123456789',
  '\\d{6}': '200001',
  '\\d{8,30}': '12345678901',
  'https?://\\S+': 'https://example.com',
}

/** A valid answer for every field of the form (hidden ones too: the server drops them). */
export function validAnswers(form: FormSchemaDto, today: string, who: { name: string; idNumber: string } = X_CHECK_DIGIT): AnswersDto {
  const leaf = (field: Exclude<FormEntryDto, { type: 'group' }>) => {
    switch (field.type) {
      case 'text':
        if (field.pattern) return PATTERN_SAMPLES[field.pattern]
        return field.prefill === 'identity.name' || field.prefill === 'enterprise.legalRep' ? who.name : field.prefill === 'enterprise.name' ? '上海通办示范餐饮有限公司' : '测试'
      case 'textarea':
        return '情况说明'
      case 'number':
        return typeof field.min === 'number' ? field.min : 1
      case 'amount':
        return 100
      case 'date':
        return field.max === 'today' || typeof field.min === 'string' ? today : '2026-03-01'
      case 'select':
        return field.options![0].value
      case 'region':
        return '310101'
      case 'person':
        return { relation: field.options?.[0].value ?? 'self', name: who.name, idNumber: who.idNumber } as AnswersDto[string]
      case 'id-number':
        return who.idNumber
      case 'credit-code':
        return ENTERPRISE_CODE
      case 'phone':
        return '13800138000'
      case 'address':
        return { regionCode: '310101', detail: '人民大道200号1201室' }
    }
  }
  const answers: AnswersDto = {}
  for (const entry of form.sections.flatMap((s) => s.fields)) {
    if (entry.type === 'group') {
      answers[entry.id] = Array.from({ length: Math.max(1, entry.minItems) }, () => Object.fromEntries(entry.fields.map((f) => [f.id, leaf(f)]))) as AnswersDto[string]
    }
    else answers[entry.id] = leaf(entry) as AnswersDto[string]
  }
  return answers
}

/** Every slot that needs an answer gets the uploaded file. */
export const everyNeededSlotUploaded = (form: FormSchemaDto, fileId: string): MaterialAnswers =>
  Object.fromEntries(form.materials.filter((s) => s.requirement !== 'optional').map((s) => [s.id, { kind: 'upload', fileIds: [fileId] }]))

export const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01])


/** A multipart body with one small JPEG in part `file`, as the hosts' uploadFile send it. */
export function multipartJpeg(): { payload: Buffer; contentType: string } {
  const boundary = '----tongban-test'
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="scan.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`),
    JPEG,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ])
  return { payload, contentType: `multipart/form-data; boundary=${boundary}` }
}
