import { useRouter } from '@tarojs/taro'
import { useMemo, useState } from 'react'
import type { FaqEntry } from '../../../../domain/faq'
import { toast } from '../../../../hooks/host-actions'
import { useRegionScope } from '../../../../hooks/use-region-scope'
import { decodeParam, returnTo, routes, withQuery } from '../../../../routes'
import { appConfig } from '../../../../stores/app-config'
import { useStore } from '../../../../stores/create-store'
import { draftKeyOf } from '../../form/drafts'
import { useFeedbackForm } from '../../form/use-feedback-form'
import { useItem } from '../../form/use-item'
import { useSuggestions } from './use-suggestions'

/** 咨询 takes no attachments */
const NO_ATTACHMENTS = { name: '附件', kinds: ['image' as const], max: 0 }

/**
 * 我要咨询 (param item, optional): from a guide, the item's 常见问题 first, then the question, with answers that
 * may already solve it suggested while it is typed (已解决 ends here, nothing filed). Without an item the
 * question goes to the region's 12345 hotline.
 */
export function useConsult() {
  const itemId = decodeParam(useRouter().params.item)
  const here = withQuery(routes.consult, { item: itemId || undefined })
  const item = useItem(itemId)
  const region = useRegionScope()
  const hotline = useStore(appConfig, (c) => c.data?.hotline ?? '12345')
  const form = useFeedbackForm({ kind: 'consult', draftKey: draftKeyOf('consult', itemId), here, attachments: NO_ATTACHMENTS }, () => ({ itemId: item.sendId }))
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set())

  const detail = item.item
  const entries = useMemo<FaqEntry[]>(
    () => (detail ? detail.faq.map((f) => ({ question: f.question, answer: f.answer, item: { id: detail.id, name: detail.name }, keywords: detail.aliases })) : []),
    [detail],
  )
  const suggestions = useSuggestions(form.draft.content, entries, region.scopeCode)

  return {
    item,
    form,
    faq: detail?.faq ?? [],
    suggestions,
    /** Without an item (or one the catalog no longer has): who will answer */
    general: item.status === 'none' || item.status === 'missing',
    hotlineText: `您的问题将由${region.label} ${hotline} 热线受理并答复`,
    isOpen: (key: string) => open.has(key),
    toggle(key: string) {
      setOpen((s) => {
        const next = new Set(s)
        if (next.has(key)) next.delete(key)
        else next.add(key)
        return next
      })
    },
    /** 已解决: the answer was enough; the draft goes and the user goes back */
    solved() {
      form.discard()
      toast('很高兴问题已解决')
      void returnTo(itemId ? withQuery(routes.guide, { id: itemId }) : routes.home)
    },
  }
}

export type Consult = ReturnType<typeof useConsult>
