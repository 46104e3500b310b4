import { View, Text } from '@tarojs/components'
import { PageShell } from '../../components/page-shell'
import { Icon } from '../../components/icon'
import { Cell } from '../../components/cell'
import { Button } from '../../components/button'
import { Badges } from '../../components/badges'
import { useMine } from './use-mine'
import './index.scss'

export default function Mine() {
  const m = useMine()
  const signedIn = m.status === 'signed-in' && m.user
  return (
    <PageShell className='mine'>
      <View className='mine__profile'>
        <View className='mine__avatar'>
          <Icon name='user' />
        </View>
        {signedIn ? (
          <View className='mine__who'>
            <Text className='mine__name'>{m.user!.displayName}</Text>
            <View className='mine__badges'>
              {m.user!.phoneMasked ? <Text className='mine__badge'>{m.user!.phoneMasked}</Text> : null}
              {m.user!.realNameVerified ? (
                // A word, not a control: a different element from the button below, so no node ever gains or loses
                // its only tap handler on update (Taro's mini runtime fails on that).
                <Text key='verified' className='mine__badge mine__badge--ok'>
                  已实名
                </Text>
              ) : (
                <View key='todo' className='mine__badge mine__badge--todo' onClick={m.openRealName} role='button'>
                  <Text>未实名 · 去认证</Text>
                </View>
              )}
            </View>
          </View>
        ) : (
          <View className='mine__who'>
            <Text className='mine__name'>{m.status === 'signing-in' ? '正在登录…' : '未登录'}</Text>
            <Text className='mine__hint'>{m.error ?? '登录后可查看办件、证照和消息'}</Text>
          </View>
        )}
        {signedIn || m.status === 'signing-in' ? null : (
          <Button variant='ghost' onClick={m.openLogin} className='mine__login'>
            登录
          </Button>
        )}
      </View>

      {signedIn && m.user!.staff ? (
        <View className='tb-card mine__group'>
          <Cell icon='scan' title='工作人员验证' description={`${m.user!.staff.hall} · 扫码核验电子证照`} arrow onClick={m.openVerify} />
        </View>
      ) : null}

      {signedIn ? (
        <View className='tb-card mine__group'>
          <Cell
            icon='clipboard'
            title='我的办件'
            description='办理进度、补正、评价'
            extra={m.inProgress ? <Badges badges={[{ text: `${m.inProgress} 件办理中`, tone: 'accent' }]} /> : undefined}
            arrow
            onClick={m.openApplications}
          />
          <Cell icon='file' title='我的草稿' description='填写到一半的申请' arrow onClick={m.openDrafts} />
          <Cell
            icon='message'
            title='消息'
            description='办件状态变化的通知'
            extra={m.unread ? <Badges badges={[{ text: `${m.unread} 条未读`, tone: 'warning' }]} /> : undefined}
            arrow
            onClick={m.openMessages}
          />
          <Cell icon='id-card' title='我的证照' description='电子证照、亮证和用证记录' arrow onClick={m.openLicences} />
          <Cell icon='file-clock' title='我的预约' description='到窗口办事的预约、签到码' arrow onClick={m.openAppointments} />
        </View>
      ) : null}

      {signedIn ? (
        <View className='tb-card mine__group'>
          <Cell icon='message' title='我的咨询' description='提过的问题和部门的答复' arrow onClick={m.openConsults} />
          <Cell icon='info' title='我的投诉' description='投诉的处理进度与评价' arrow onClick={m.openComplaints} />
          <Cell icon='tool' title='我的找茬' description='反馈的问题和处理结果' arrow onClick={m.openReports} />
        </View>
      ) : null}

      {signedIn ? (
        <View className='tb-card mine__group'>
          <Cell icon='shield' title='账号与安全' description='实名认证、手机号、我的企业' arrow onClick={m.openSecurity} />
          <Cell icon='wallet' title='我的缴费' description='待缴费用与缴费记录' arrow onClick={m.openFees} />
          <Cell icon='bell' title='我的订阅' description='常办事项固定在首页，可调整顺序' arrow onClick={m.openSubscriptions} />
        </View>
      ) : null}

      <View className='tb-card mine__group'>
        <Cell icon='location' title='当前地区' extra={m.regionLabel} arrow onClick={m.openRegion} />
        <Cell icon='settings' title='设置' description='长辈模式、关于通办' extra={m.elderMode ? '长辈模式' : undefined} arrow onClick={m.openSettings} />
        <Cell icon='phone' title={`${m.hotline} 政务服务热线`} description='工作日及节假日 24 小时' arrow onClick={m.callHotline} />
      </View>

      {signedIn ? (
        <View className='tb-card mine__group'>
          <Cell icon='logout' title='退出登录' onClick={() => void m.signOut()} />
        </View>
      ) : null}
      <Text className='mine__footer'>当前为{m.modeLabel}办事 · 通过{m.platformName}访问</Text>
    </PageShell>
  )
}
