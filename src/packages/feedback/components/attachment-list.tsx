import { View, Text } from '@tarojs/components'
import { Icon } from '../../../components/icon'
import type { AttachmentRule, Attachments } from '../form/use-attachments'
import { ErrorLine } from './error-line'
import './index.scss'

function Tool({ label, text, danger, onTap }: { label: string; text: string; danger?: boolean; onTap: () => void }) {
  return (
    <View className={`fb-tool${danger ? ' fb-tool--danger' : ''}`} hoverClass='fb-tool--hover' onClick={onTap} role='button' aria-label={label}>
      <Text>{text}</Text>
    </View>
  )
}

const KIND_TEXT = { image: '图片', pdf: 'PDF' } as const

/** The attachments of a form: each file with its progress, 已上传 or the reason it failed (重试), and 删除. */
export function AttachmentList({ rule, a, error }: { rule: AttachmentRule; a: Attachments; error?: string }) {
  const kinds = rule.kinds.map((k) => KIND_TEXT[k]).join('或')
  return (
    <View className='fb-field'>
      <Text className='fb-field__label'>{`${rule.name}（选填）`}</Text>
      {a.items.map((f) => (
        <View key={f.key} className={`fb-file fb-file--${f.status}`}>
          <View className='fb-file__head'>
            <Icon name={f.status === 'failed' ? 'close' : f.status === 'done' ? 'check' : 'file'} className='fb-file__icon' />
            <Text className='fb-file__name'>{f.name}</Text>
            <Text className='fb-file__state'>{f.status === 'uploading' ? `上传中 ${f.percent}%` : f.status === 'done' ? '已上传' : '上传失败'}</Text>
          </View>
          {f.status === 'uploading' ? (
            <View className='fb-file__bar' role='progressbar' aria-valuemin={0} aria-valuemax={100} aria-valuenow={f.percent} aria-label={`${f.name}上传进度`}>
              <View className='fb-file__bar-fill' style={{ width: `${f.percent}%` }} />
            </View>
          ) : null}
          {f.status === 'failed' && f.error ? <Text className='fb-file__error'>{f.error}</Text> : null}
          <View className='fb-file__tools'>
            {f.status === 'failed' ? <Tool label={`重试上传${f.name}`} text='重试' onTap={() => a.retry(f.key)} /> : null}
            <Tool label={`删除${f.name}`} text='删除' danger onTap={() => a.remove(f.key)} />
          </View>
        </View>
      ))}
      {a.canAdd ? (
        <View className='fb-file__adds'>
          <Tool label={`拍照 / 相册，添加${rule.name}`} text='拍照 / 相册' onTap={a.pickImages} />
          {rule.kinds.includes('pdf') ? <Tool label={`选择 PDF 文件，添加${rule.name}`} text='选择 PDF 文件' onTap={a.pickPdf} /> : null}
        </View>
      ) : null}
      <Text className='fb-field__hint'>{`支持${kinds}，最多 ${rule.max} 个，每个不超过 5 MB`.replace(/([\u4e00-\u9fff])(PDF)/g, '$1 $2')}</Text>
      {a.notice ? <Text className='fb-field__hint fb-file__notice'>{a.notice}</Text> : null}
      {error ? (
        <ErrorLine text={error} />
      ) : null}
    </View>
  )
}
