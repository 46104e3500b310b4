import { View, Text } from '@tarojs/components'
import { Icon } from '../../../../components/icon'

/** One file of a material: uploading with its progress, uploaded, or failed with the reason. */
export interface UploadItem {
  key: string
  name: string
  status: 'uploading' | 'done' | 'failed'
  /** 0–100 */
  percent: number
  error?: string
}

interface ListProps {
  name: string
  items: UploadItem[]
  rule: string
  canAdd: boolean
  images: boolean
  pdf: boolean
  actions: { pickImages: () => void; pickPdf: () => void; retry: (key: string) => void; remove: (key: string) => void }
}

/** A small action; its name starts with the words it shows (WCAG 2.5.3), then says which file or material. */
function Tool({ label, text, tone, onTap }: { label: string; text: string; tone?: 'danger'; onTap: () => void }) {
  return (
    <View className={`upload-list__tool${tone ? ` upload-list__tool--${tone}` : ''}`} hoverClass='upload-list__tool--hover' onClick={onTap} role='button' aria-label={label}>
      <Text>{text}</Text>
    </View>
  )
}

/** The files of one material, each with a progress bar while it goes out, 重试 when it failed, and 删除. */
export function UploadList({ name, items, rule, canAdd, images, pdf, actions }: ListProps) {
  return (
    <View className='upload-list'>
      {items.map((f) => (
        <View key={f.key} className={`upload-list__file upload-list__file--${f.status}`}>
          <View className='upload-list__file-head'>
            <Icon name={f.status === 'failed' ? 'close' : f.status === 'done' ? 'check' : 'file'} className='upload-list__file-icon' />
            <Text className='upload-list__file-name'>{f.name}</Text>
            <Text className='upload-list__file-state'>{f.status === 'uploading' ? `上传中 ${f.percent}%` : f.status === 'done' ? '已上传' : '上传失败'}</Text>
          </View>
          {f.status === 'uploading' ? (
            <View className='upload-list__bar' role='progressbar' aria-valuemin={0} aria-valuemax={100} aria-valuenow={f.percent} aria-label={`${f.name}上传进度`}>
              <View className='upload-list__bar-fill' style={{ width: `${f.percent}%` }} />
            </View>
          ) : null}
          {f.status === 'failed' && f.error ? <Text className='upload-list__file-error'>{f.error}</Text> : null}
          <View className='upload-list__file-tools'>
            {f.status === 'failed' ? <Tool label={`重试上传${f.name}`} text='重试' onTap={() => actions.retry(f.key)} /> : null}
            <Tool label={`删除${f.name}`} text='删除' tone='danger' onTap={() => actions.remove(f.key)} />
          </View>
        </View>
      ))}
      {canAdd ? (
        <View className='upload-list__adds'>
          {images ? <Tool label={`拍照 / 相册，上传${name}`} text='拍照 / 相册' onTap={actions.pickImages} /> : null}
          {pdf ? <Tool label={`选择 PDF 文件，上传${name}`} text='选择 PDF 文件' onTap={actions.pickPdf} /> : null}
        </View>
      ) : null}
      <Text className='upload-list__rule'>{rule}</Text>
    </View>
  )
}
