import { View, Text } from '@tarojs/components'
import { Field } from '../../components/field'
import { Button } from '../../components/button'
import { Consent } from '../../components/consent'
import { Notice } from '../../components/notice'
import type { useFaceLogin } from './use-face-login'

/** The 刷脸登录 form of the login page (H5). */
export function FaceLoginForm({ f }: { f: ReturnType<typeof useFaceLogin> }) {
  return (
    <View>
      <Notice title='已实名认证的用户可刷脸登录'>输入姓名和身份证号，刷脸确认是本人后即可登录，无需验证码。</Notice>
      <Field label='姓名' value={f.name} onChange={f.setName} error={f.errors.name} name='faceName' maxlength={30} />
      <Field label='身份证号' value={f.idNumber} onChange={f.setIdNumber} error={f.errors.idNumber} type='idcard' name='faceIdNumber' maxlength={18} />
      <Consent checked={f.consent} onToggle={f.toggleConsent} label='同意将人脸图像和身份证号用于本次身份核验' error={f.errors.consent} />
      {f.message ? <Text className='login__error login__error--form'>{f.message}</Text> : null}
      <Button block loading={f.busy} onClick={f.submit} className='login__submit'>
        {f.returning && f.busy ? '正在确认认证结果…' : '刷脸登录'}
      </Button>
    </View>
  )
}
