import { View, Text } from '@tarojs/components'
import { PageShell } from '../../../../components/page-shell'
import { Field } from '../../../../components/field'
import { Button } from '../../../../components/button'
import { Icon } from '../../../../components/icon'
import { Notice } from '../../../../components/notice'
import { Consent } from '../../../../components/consent'
import { FaceStatus } from '../../components/face-status'
import { useRealName } from './use-real-name'
import './index.scss'

export default function RealName() {
  const r = useRealName()
  const busy = r.phase === 'starting' || r.phase === 'verifying'
  if (r.phase === 'passed' || r.phase === 'verifying' || (r.verified && r.phase === 'idle')) {
    return (
      <PageShell className='real-name'>
        {r.verified && r.phase === 'idle' ? (
          <View className='tb-card'>
            <Notice tone='success' title='您已完成实名认证'>
              {r.realName ? `${r.realName.nameMasked} · ${r.realName.idNumberMasked}` : ''}
            </Notice>
            <Button block variant='ghost' onClick={r.done} className='real-name__submit'>
              返回
            </Button>
          </View>
        ) : (
          <View className='tb-card'>
            <FaceStatus phase={r.phase} message={r.message} passedText='实名认证成功' onDone={r.done} />
          </View>
        )}
      </PageShell>
    )
  }
  return (
    <PageShell className='real-name'>
      <View className='real-name__intro'>
        <Icon name='shield' className='real-name__intro-icon' />
        <Text className='real-name__intro-text'>实名认证后可办理需要本人身份的政务服务，一次认证，各平台通用。</Text>
      </View>
      <View className='tb-card'>
        <Field label='姓名' value={r.name} onChange={r.setName} placeholder='与身份证一致' error={r.errors.name} name='name' maxlength={30} />
        <Field label='身份证号' value={r.idNumber} onChange={r.setIdNumber} placeholder='18 位身份证号码' error={r.errors.idNumber} type='idcard' name='idNumber' maxlength={18} />
        <Consent checked={r.consent} onToggle={r.toggleConsent} label='我已阅读并同意《个人信息处理说明》' error={r.errors.consent} />
        <View className='real-name__notice'>
          <Text className='real-name__notice-title'>个人信息处理说明</Text>
          <Text className='real-name__notice-text'>
            为确认是您本人，我们会收集您的姓名、身份证号和人脸图像，交由人脸核身服务与公安部门的身份信息比对。人脸图像属于敏感个人信息，仅用于本次核验，通办不保存；身份证号加密保存，只用于办理您申请的政务服务，页面上始终脱敏显示。您可以随时退出登录，清除本机上的个人信息。
          </Text>
        </View>
        <FaceStatus phase={r.phase} message={r.message} passedText='实名认证成功' onDone={r.done} />
        <Button block loading={busy} onClick={r.submit} className='real-name__submit'>
          开始刷脸认证
        </Button>
      </View>
    </PageShell>
  )
}
