import { View, Text } from '@tarojs/components'
import type { ItemDetailDto, MaterialDto } from '../../../../api/contract'
import { Icon } from '../../../../components/icon'
import { MATERIAL_FORM_LABEL, REQUIREMENT_LABEL } from '../../../../domain/catalog'
import { Row, Section } from './section'
import type { Guide } from './use-guide'

const sourceText = (m: MaterialDto) =>
  m.source.kind === 'government' ? `政府部门核发${m.source.department ? `（${m.source.department}）` : ''}` : '申请人自备'

/** 「原件 1 份，复印件 2 份」; empty for an electronic-only material */
const copiesText = (m: MaterialDto) => [m.originals ? `原件 ${m.originals} 份` : '', m.copies ? `复印件 ${m.copies} 份` : ''].filter(Boolean).join('，')

/** A form link: copied, since a mini-program cannot open a web page or a PDF from the guide. */
function FormLink({ g, label, url }: { g: Guide; label: string; url: string }) {
  return (
    <View className='guide__link' hoverClass='guide__link--hover' onClick={() => g.copy(url, '链接已复制')} role='button' aria-label={`复制${label}链接`}>
      <Icon name='file' />
      <Text>{label} · 复制链接</Text>
    </View>
  )
}

function MaterialCard({ g, m, index }: { g: Guide; m: MaterialDto; index: number }) {
  const copies = copiesText(m)
  return (
    <View className='guide__material' role='listitem'>
      <View className='guide__material-head'>
        <Text className='guide__material-name'>
          {index + 1}. {m.name}
        </Text>
        <Text className={`guide__tag guide__tag--${m.requirement}`}>{REQUIREMENT_LABEL[m.requirement]}</Text>
      </View>
      <Row label='材料形式' value={m.forms.map((f) => MATERIAL_FORM_LABEL[f]).join('、')} />
      <Row label='来源渠道' value={sourceText(m)} />
      {copies ? <Row label='份数' value={copies} /> : null}
      {m.notes ? <Row label='填写说明' value={m.notes} /> : null}
      {m.blankForm || m.sample ? (
        <View className='guide__links'>
          {m.blankForm ? <FormLink g={g} label='空白表格' url={m.blankForm} /> : null}
          {m.sample ? <FormLink g={g} label='示例样表' url={m.sample} /> : null}
        </View>
      ) : null}
      {m.eLicence ? (
        <View className='guide__elicence'>
          <Icon name='check' className='guide__elicence-icon' />
          <Text>{`可用电子证照「${m.eLicence}」免提交`}</Text>
        </View>
      ) : null}
    </View>
  )
}

/** 申请材料: one card per material, with what it takes to bring it and whether an 电子证照 replaces it. */
export function Materials({ g, item }: { g: Guide; item: ItemDetailDto }) {
  return (
    <Section id='materials' title='申请材料'>
      {item.materials.length === 0 ? (
        <Text className='tb-muted'>本事项无需提交材料</Text>
      ) : (
        <View role='list'>
          {item.materials.map((m, i) => (
            <MaterialCard key={m.id} g={g} m={m} index={i} />
          ))}
        </View>
      )}
    </Section>
  )
}
