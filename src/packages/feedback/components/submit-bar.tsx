import { View, Text } from '@tarojs/components'
import { Button } from '../../../components/button'
import { Notice } from '../../../components/notice'
import type { FeedbackForm } from '../form/use-feedback-form'
import './index.scss'

/** The end of a form: what still stops it (or went wrong) in words, then one button that never sends twice. */
export function SubmitBar({ f, label }: { f: FeedbackForm; label: string }) {
  return (
    <View className='fb-submit'>
      {f.problem ? <Notice tone='error'>{f.problem}</Notice> : null}
      <Button block loading={f.sending} onClick={f.submit}>
        {f.sending ? '正在提交…' : f.signedIn ? label : `登录后${label}`}
      </Button>
      <Text className='fb-submit__hint'>{f.signedIn ? '填写的内容会自动保存在本机，提交后可在「我的咨询投诉」查看进度' : '填写的内容会自动保存在本机，登录后回到这里即可提交'}</Text>
    </View>
  )
}
