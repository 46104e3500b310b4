import { View, Text } from '@tarojs/components'
import type { LicencePurpose } from '../../../../api/contract'
import { Button } from '../../../../components/button'
import { Sheet } from '../../../../components/sheet'
import { LICENCE_PURPOSE_LABELS } from '../../../../domain/show-code'

/** What the window sees for each purpose (the server discloses nothing more) */
const PURPOSE_HINT: Record<LicencePurpose, string> = {
  identity: '出示姓名、证件号码（部分）和有效期限',
  business: '出示证照的全部照面信息',
  age: '只出示是否已满 18 周岁',
}

/** 亮证: choose why the licence is shown. Drawn in the page: no host action sheet takes a second line of text. */
export function PurposeSheet({ purposes, onChoose, onClose }: { purposes: LicencePurpose[]; onChoose: (p: LicencePurpose) => void; onClose: () => void }) {
  return (
    <Sheet title='选择亮证用途' closeLabel='取消亮证' onClose={onClose}>
      <Text className='licence__sheet-text'>工作人员只能看到该用途需要的信息。</Text>
      {purposes.map((p) => (
        <View key={p} className='licence__purpose' hoverClass='licence__purpose--hover' onClick={() => onChoose(p)} role='button' aria-label={`${LICENCE_PURPOSE_LABELS[p]}：${PURPOSE_HINT[p]}`}>
          <Text className='licence__purpose-title'>{LICENCE_PURPOSE_LABELS[p]}</Text>
          <Text className='licence__purpose-hint'>{PURPOSE_HINT[p]}</Text>
        </View>
      ))}
      <Button variant='plain' block onClick={onClose} className='licence__sheet-cancel'>
        取消
      </Button>
    </Sheet>
  )
}
