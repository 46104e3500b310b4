import { View, Text, Button as NativeButton } from '@tarojs/components'
import { PageShell } from '../../../../components/page-shell'
import { Cell } from '../../../../components/cell'
import { Button } from '../../../../components/button'
import { Skeleton, StateMessage } from '../../../../components/state-view'
import { useSecurity } from './use-security'
import './index.scss'

export default function Security() {
  const s = useSecurity()
  if (!s.signedIn || !s.user) {
    return (
      <PageShell className='security'>
        <StateMessage icon='user' title='尚未登录' description='登录后可管理实名认证、手机号和企业' actionText='去登录' onAction={s.openLogin} />
      </PageShell>
    )
  }
  const u = s.user
  const phoneExtra =
    u.phoneMasked ??
    (s.phoneButton ? (
      <NativeButton className='security__phone-button' size='mini' {...s.phoneButton.props} {...{ [s.phoneButton.eventProp]: (e: unknown) => void s.onPhoneEvent(e) }}>
        绑定手机号
      </NativeButton>
    ) : (
      '未绑定'
    ))
  return (
    <PageShell className='security'>
      <View className='tb-section-title'>
        <Text>账号</Text>
      </View>
      <View className='tb-card security__group'>
        <Cell icon='user' title='登录方式' extra={`${s.platformName}账号`} />
        <Cell icon='smartphone' title='手机号' extra={phoneExtra} />
        <Cell
          icon='shield'
          title='实名认证'
          description={u.realName ? `${u.realName.nameMasked} · ${u.realName.idNumberMasked}` : '办理本人事项前需完成'}
          extra={u.realNameVerified ? '已实名' : '去认证'}
          arrow={!u.realNameVerified}
          onClick={u.realNameVerified ? undefined : s.openRealName}
        />
        <Cell icon='elder' title='身份保障等级' extra={s.assurance} />
        <Cell icon='scan' title='最近刷脸' extra={s.faceAt} />
      </View>

      <View className='tb-section-title'>
        <Text>我的企业</Text>
        <Text className='tb-muted'>法人办事时代表的企业</Text>
      </View>
      <View className='tb-card security__group'>
        {s.enterprisesLoading ? (
          <Skeleton rows={2} />
        ) : s.enterprises.length === 0 ? (
          <StateMessage icon='building' title={s.enterprisesError ?? '尚未绑定企业'} description='法定代表人可用统一社会信用代码绑定；经办人请由法定代表人授权' />
        ) : (
          s.enterprises.map((e) => (
            <Cell
              key={e.id}
              icon='building'
              title={e.name}
              description={`${e.creditCode} · ${e.role === 'legal-rep' ? '法定代表人' : `经办人（法定代表人 ${e.legalRepMasked}）`}`}
              extra={e.id === s.activeId ? '当前企业' : '设为当前'}
              onClick={() => s.setActive(e.id)}
            />
          ))
        )}
      </View>
      <View className='security__actions'>
        <Button variant='ghost' block onClick={s.bindEnterprise}>
          绑定企业
        </Button>
        {s.enterprises.some((e) => e.role === 'legal-rep') ? (
          <Button variant='plain' block onClick={() => s.grantAgent(s.enterprises.find((e) => e.role === 'legal-rep')!.id)} className='security__second'>
            授权经办人
          </Button>
        ) : null}
      </View>

      <View className='tb-card security__group'>
        <Cell icon='logout' title='退出登录' description='清除本机的登录状态和个人信息' onClick={() => void s.signOut()} />
      </View>
    </PageShell>
  )
}
