import { View, Text } from '@tarojs/components'
import { Button } from '../../../../components/button'
import { Field } from '../../../../components/field'
import { Sheet } from '../../../../components/sheet'
import { REASON_MAX } from './use-application'

interface WithdrawSheetProps {
  itemName: string
  reason: string
  error: string | null
  busy: boolean
  onReason: (value: string) => void
  onConfirm: () => void
  onClose: () => void
}

/**
 * 撤回申请: a bottom sheet asking why (the department records it). Drawn in the page rather than a host modal:
 * only WeChat's showModal takes text, and Alipay's and Baidu's have no input at all.
 */
export function WithdrawSheet(p: WithdrawSheetProps) {
  return (
    <Sheet title='撤回申请' closeLabel='取消撤回' onClose={p.onClose}>
      <Text className='application__text'>{`撤回「${p.itemName}」后本次申请不再办理，如需办理请重新申请。`}</Text>
      <Field label='撤回原因（必填）' value={p.reason} onChange={p.onReason} placeholder='如：信息填写有误，需重新申请' maxlength={REASON_MAX} error={p.error} name='reason' />
      <View className='application__sheet-actions'>
        <Button variant='plain' onClick={p.onClose} className='application__sheet-button'>
          取消
        </Button>
        <Button loading={p.busy} onClick={p.onConfirm} className='application__sheet-button'>
          确认撤回
        </Button>
      </View>
    </Sheet>
  )
}
