import { View, Text } from '@tarojs/components'
import { PageShell } from '../../components/page-shell'
import { Icon } from '../../components/icon'
import { Button } from '../../components/button'
import { Field } from '../../components/field'
import { useLogin } from './use-login'
import { useFaceLogin } from './use-face-login'
import { FaceLoginForm } from './face-login-form'
import { useState } from 'react'
import './index.scss'

export default function Login() {
  const l = useLogin()
  const face = useFaceLogin(l.leave)
  const [method, setMethod] = useState<'sms' | 'face'>(face.returning ? 'face' : 'sms')
  return (
    <PageShell className='login'>
      <View className='login__brand'>
        <View className='login__logo'>
          <Icon name='landmark' />
        </View>
        <Text className='login__title'>通办 · 一网通办</Text>
        <Text className='login__subtitle'>政务服务，一次登录，处处可办</Text>
      </View>

      {l.usesSms ? (
        <View className='login__methods' role='tablist'>
          {(['sms', 'face'] as const).map((m) => (
            <View key={m} className={`login__method${method === m ? ' login__method--on' : ''}`} onClick={() => setMethod(m)} role='tab' aria-selected={method === m}>
              {m === 'sms' ? '验证码登录' : '刷脸登录'}
            </View>
          ))}
        </View>
      ) : null}

      {l.usesSms && method === 'face' ? (
        <View className='tb-card login__form'>
          <FaceLoginForm f={face} />
        </View>
      ) : l.usesSms ? (
        <View className='tb-card login__form'>
          <Field label='手机号' icon='smartphone' type='number' maxlength={13} placeholder='请输入手机号' value={l.phone} onChange={l.setPhone} error={l.phoneError} name='phone' />
          <Field
            label='短信验证码'
            icon='shield'
            type='number'
            maxlength={6}
            placeholder='6 位短信验证码'
            value={l.code}
            onChange={l.setCode}
            error={l.codeError}
            name='code'
            extra={
              <View className={`login__send${l.canSend ? '' : ' login__send--disabled'}`} onClick={() => void l.sendCode()} role='button' aria-disabled={!l.canSend}>
                {l.sendLabel}
              </View>
            }
          />
          {l.formError ? <Text className='login__error login__error--form'>{l.formError}</Text> : null}
          <Button block loading={l.submitting} onClick={() => void l.submit()} className='login__submit'>
            登录
          </Button>
          <Text className='login__notice'>未注册的手机号验证后将自动创建账号。我们仅用手机号登录和接收办件通知。</Text>
        </View>
      ) : (
        <View className='tb-card login__form'>
          <Text className='login__platform-text'>使用{l.platformName}账号登录，无需注册和密码。</Text>
          {l.formError ? <Text className='login__error login__error--form'>{l.formError}</Text> : null}
          <Button block loading={l.submitting} onClick={() => void l.submit()} className='login__submit'>
            {`${l.platformName}账号一键登录`}
          </Button>
          <Text className='login__notice'>登录后可实名认证，办理需要本人身份的事项。</Text>
        </View>
      )}
    </PageShell>
  )
}
