import { View, Text } from '@tarojs/components'
import { PageShell } from '../../../../components/page-shell'
import { Cell } from '../../../../components/cell'
import { SwitchMark } from '../../../../components/switch-mark'
import { useSettings } from './use-settings'
import './index.scss'

export default function Settings() {
  const s = useSettings()
  return (
    <PageShell className='settings'>
      <View className='tb-section-title'>
        <Text>显示</Text>
      </View>
      <View className='tb-card settings__group'>
        <Cell
          icon='elder'
          title='长辈模式'
          description='字体更大、按钮更大，每个页面都适用'
          extra={<SwitchMark on={s.elderMode} />}
          checked={s.elderMode}
          onClick={s.toggleElderMode}
        />
      </View>
      <View className='settings__preview'>
        <Text className='settings__preview-title'>效果预览</Text>
        <Text className='settings__preview-text'>办事指南、申请材料和办理进度都会以{s.elderMode ? '大字' : '标准字号'}显示。</Text>
        {s.systemLargeFont ? <Text className='tb-muted'>检测到手机已设置大号字体，已为您默认开启长辈模式。</Text> : null}
      </View>

      <View className='tb-section-title'>
        <Text>关于通办</Text>
      </View>
      <View className='tb-card settings__group'>
        {s.about.map((row) => (
          <Cell key={row.label} title={row.label} extra={row.value} />
        ))}
      </View>
    </PageShell>
  )
}
