import { RichText } from '@tarojs/components'
import { useMemo } from 'react'
import { toRichNodes } from '../../domain/rich-text'
import './index.scss'

/**
 * Server rich text (受理条件, 常见问题 answers), sanitised into RichText nodes: never an HTML string, so the
 * host's own HTML parser never sees server markup. Styled by the classes the sanitiser assigns (tb-rt-*),
 * sized from the tokens so 长辈模式 scales it with the page.
 */
export function SafeRichText({ html, className }: { html: string; className?: string }) {
  const nodes = useMemo(() => toRichNodes(html), [html])
  return <RichText className={`tb-rich-text${className ? ` ${className}` : ''}`} nodes={nodes} />
}
