import { View } from '@tarojs/components'
import { PageShell } from '../../../../components/page-shell'
import { Field } from '../../../../components/field'
import { Button } from '../../../../components/button'
import { Notice } from '../../../../components/notice'
import { StateMessage } from '../../../../components/state-view'
import { useEnterprise } from './use-enterprise'
import './index.scss'

export default function Enterprise() {
  const e = useEnterprise()
  if (!e.verified) {
    return (
      <PageShell>
        <StateMessage icon='shield' title='请先完成实名认证' description='绑定企业和授权经办人时，需要核对您的身份' actionText='去实名认证' onAction={e.openRealName} />
      </PageShell>
    )
  }
  return (
    <PageShell className='enterprise'>
      <View className='tb-card'>
        {e.mode === 'bind' ? (
          <View>
            <Notice title='法定代表人绑定企业'>输入企业的统一社会信用代码，我们将核对您是否为该企业的法定代表人。经办人请由法定代表人在“账号与安全”中授权。</Notice>
            <Field label='统一社会信用代码' value={e.creditCode} onChange={e.setCreditCode} placeholder='18 位，如 91310000…' error={e.errors.creditCode} name='creditCode' maxlength={18} />
          </View>
        ) : (
          <View>
            <Notice title={`授权经办人${e.agentFor ? `：${e.agentFor.name}` : ''}`}>被授权人完成实名认证后，即可代表企业办理法人事项。</Notice>
            <Field label='经办人姓名' value={e.name} onChange={e.setName} error={e.errors.name} name='name' maxlength={30} />
            <Field label='经办人身份证号' value={e.idNumber} onChange={e.setIdNumber} error={e.errors.idNumber} type='idcard' name='idNumber' maxlength={18} />
          </View>
        )}
        {e.formError ? (
          <Notice tone='error' title='未能完成'>
            {e.formError}
          </Notice>
        ) : null}
        <Button block loading={e.busy} onClick={e.submit} className='enterprise__submit'>
          {e.mode === 'bind' ? '绑定企业' : '确认授权'}
        </Button>
      </View>
    </PageShell>
  )
}
