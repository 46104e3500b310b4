import { View, Text, ScrollView } from '@tarojs/components'
import { PageShell } from '../../../../components/page-shell'
import { Skeleton, StateMessage } from '../../../../components/state-view'
import { ActionBar } from './action-bar'
import { GuideHeader } from './header'
import { Materials } from './materials'
import { BasicInfo, Conditions, Fees, Limits, Process, Result } from './info-sections'
import { Faq, LegalBasis, Locations } from './more-sections'
import { useGuide } from './use-guide'
import './index.scss'

/** 办事指南: everything needed before going, in the order people ask — then one clear action at the bottom. */
export default function Guide() {
  const g = useGuide()
  const { state, item } = g
  return (
    <PageShell className='guide' bar={item ? <ActionBar g={g} item={item} /> : null}>
      {state.status === 'loading' ? (
        <View className='tb-card'>
          <Skeleton rows={6} />
        </View>
      ) : state.status === 'not-found' ? (
        <StateMessage icon='file' title='该事项不存在或已下线' description='可以到「办事」中查找其他事项' actionText='去办事' onAction={g.backToServices} />
      ) : state.status === 'error' || !item ? (
        <StateMessage icon='refresh' title='暂时无法加载办事指南' description={state.status === 'error' ? state.error : undefined} actionText='重新加载' onAction={g.retry} />
      ) : (
        <View>
          <GuideHeader g={g} item={item} />
          <View className='guide__nav' role='navigation' aria-label='指南目录'>
            <ScrollView scrollX className='guide__nav-scroll'>
              {g.sections.map((s) => (
                <View key={s.id} className='guide__nav-chip' hoverClass='guide__nav-chip--hover' onClick={() => g.jumpTo(s.id)} role='button' aria-label={`跳到${s.title}`}>
                  <Text>{s.title}</Text>
                </View>
              ))}
            </ScrollView>
          </View>
          <BasicInfo g={g} item={item} />
          <Conditions item={item} />
          <Materials g={g} item={item} />
          <Process item={item} />
          <Limits item={item} />
          <Fees item={item} />
          <Locations g={g} item={item} />
          <LegalBasis g={g} item={item} />
          <Result g={g} item={item} />
          <Faq g={g} item={item} />
        </View>
      )}
    </PageShell>
  )
}
