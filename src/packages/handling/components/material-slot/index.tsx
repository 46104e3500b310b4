import { View, Text } from '@tarojs/components'
import type { LicenceDto, MaterialAnswerDto, MaterialSlotDto } from '../../../../api/contract'
import { Consent } from '../../../../components/consent'
import { Icon } from '../../../../components/icon'
import { REQUIREMENT_LABEL } from '../../../../domain/catalog'
import { UploadList, type UploadItem } from './upload-list'
import './index.scss'
import { spokenName } from '../../../../domain/spoken'

export type { UploadItem } from './upload-list'

/** How the user chose to provide a material (容缺后补 is a separate toggle over either). */
export type SlotChoice = 'licence' | 'upload'

export interface SlotActions {
  choose: (choice: SlotChoice) => void
  toggleConsent: () => void
  pickImages: () => void
  pickPdf: () => void
  retry: (key: string) => void
  remove: (key: string) => void
  toggleDeferred: () => void
}

interface SlotProps {
  slot: MaterialSlotDto
  index: number
  answer: MaterialAnswerDto | undefined
  /** The user's valid 电子证照 that replaces this material, if any */
  licence: LicenceDto | null
  choice: SlotChoice
  uploads: UploadItem[]
  error?: string | null
  /** Why the last pick did not work (the host refused, no permission) */
  notice?: string | null
  anchor?: string
  actions: SlotActions
}

const kindsText = (kinds: ('image' | 'pdf')[]) => kinds.map((k) => (k === 'image' ? '照片' : 'PDF')).join('或')
const sizeText = (bytes: number) => (bytes >= 1024 * 1024 ? `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB` : `${Math.round(bytes / 1024)} KB`)

/** One way to provide the material, picked like a radio button (a check mark, not colour, says which). */
function Option({ on, title, detail, onPick }: { on: boolean; title: string; detail: string; onPick: () => void }) {
  return (
    <View className={`material-slot__option${on ? ' material-slot__option--on' : ''}`} hoverClass='material-slot__option--hover' onClick={onPick} role='button' aria-pressed={on} aria-label={spokenName(title, detail, on && '已选')}>
      <View className={`material-slot__radio${on ? ' material-slot__radio--on' : ''}`}>{on ? <Icon name='check' /> : null}</View>
      <View className='material-slot__option-body'>
        <Text className='material-slot__option-title'>{title}</Text>
        <Text className='material-slot__option-detail'>{detail}</Text>
      </View>
    </View>
  )
}

/**
 * A 申请材料 as a card: its name, 必要 / 非必要 / 容缺后补, notes, then how to provide it — the user's own 电子证照
 * (免提交, only with an explicit consent), uploads with per-file progress, or 容缺后补 where allowed.
 */
export function MaterialSlot({ slot, index, answer, licence, choice, uploads, error, notice, anchor, actions }: SlotProps) {
  const deferred = answer?.kind === 'deferred'
  const upload = slot.upload
  const licenceTitle = `使用电子证照「${slot.eLicence ?? ''}」免提交`
  const showUploads = upload && (!licence || choice === 'upload')
  return (
    <View className={`tb-card material-slot${error ? ' material-slot--error' : ''}`} id={anchor}>
      <View className='material-slot__head'>
        <Text className='material-slot__name'>{`${index + 1}. ${slot.name}`}</Text>
        <Text className={`material-slot__tag material-slot__tag--${slot.requirement}`}>{REQUIREMENT_LABEL[slot.requirement]}</Text>
      </View>
      {slot.notes ? <Text className='material-slot__notes'>{slot.notes}</Text> : null}
      {deferred ? (
        <View className='material-slot__deferred-note'>
          <Icon name='file-clock' className='material-slot__deferred-icon' />
          <Text>已选择容缺后补：可先提交申请，受理后按部门要求补交。</Text>
        </View>
      ) : (
        <View>
          {licence ? (
            <View>
              <Option on={choice === 'licence'} title={licenceTitle} detail={`证照编号 ${licence.number} · ${licence.issuer}`} onPick={() => actions.choose('licence')} />
              {choice === 'licence' ? (
                <View className='material-slot__consent'>
                  <Consent checked={answer?.kind === 'licence'} onToggle={actions.toggleConsent} label='同意调取该电子证照用于本次办理' />
                </View>
              ) : null}
              {upload ? <Option on={choice === 'upload'} title='上传材料' detail={`拍照或选择${kindsText(upload.kinds)}`} onPick={() => actions.choose('upload')} /> : null}
            </View>
          ) : null}
          {showUploads ? (
            <UploadList
              name={slot.name}
              items={uploads}
              rule={`支持${kindsText(upload.kinds)}，最多 ${upload.maxFiles} 个，每个不超过 ${sizeText(upload.maxBytes)}`}
              canAdd={uploads.length < upload.maxFiles}
              images={upload.kinds.includes('image')}
              pdf={upload.kinds.includes('pdf')}
              actions={actions}
            />
          ) : null}
          {!licence && !upload ? <Text className='material-slot__notes'>本材料无法在线提供，请按办事指南到窗口提交。</Text> : null}
        </View>
      )}
      {slot.requirement === 'deferrable' ? (
        <View className='material-slot__toggle' onClick={actions.toggleDeferred} role='switch' aria-checked={deferred} aria-label='容缺后补'>
          <View className='material-slot__toggle-text'>
            <Text className='material-slot__toggle-title'>容缺后补</Text>
            <Text className='material-slot__option-detail'>暂时没有也可先提交，受理后补交</Text>
          </View>
          <View className={`material-slot__switch${deferred ? ' material-slot__switch--on' : ''}`}>
            <Text className='material-slot__switch-text'>{deferred ? '已开启' : '未开启'}</Text>
          </View>
        </View>
      ) : null}
      {notice ? <Text className='material-slot__notice'>{notice}</Text> : null}
      {error ? (
        <View className='material-slot__error' role='alert'>
          <Text>{error}</Text>
        </View>
      ) : null}
    </View>
  )
}
