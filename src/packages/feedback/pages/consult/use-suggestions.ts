import { useEffect, useMemo, useRef, useState } from 'react'
import type { FaqSuggestionDto } from '../../../../api/contract'
import { feedbackApi } from '../../../../api/endpoints/feedback'
import { FAQ_MIN_QUERY, matchFaqs, type FaqEntry } from '../../../../domain/faq'

/** Wait this long after the last keystroke before asking the server */
export const SUGGEST_DEBOUNCE_MS = 300
/** Suggestions shown at most */
export const SUGGESTIONS_SHOWN = 5
/** FaqSuggestQuery.q's limit */
const QUERY_MAX = 100

/** A suggestion as the page shows it: the FAQ with its item and a key to expand it by */
export interface Suggestion {
  key: string
  question: string
  answer: string
  item: { id: string; name: string }
}

/**
 * The same question of another region's implementation of the item (same name, other id) is the same help:
 * suggestions are told apart by their question.
 */
const keyOf = (s: { question: string }) => s.question.trim()

/**
 * 这些回答可能解决您的问题: while the question is typed, the item's own FAQ matched on the phone at once, then the
 * region's FAQ from the server (after a pause in typing). A late answer for older text never replaces a newer
 * one; a failure shows nothing more (suggestions are a help, not a step). Below FAQ_MIN_QUERY characters: none.
 */
export function useSuggestions(text: string, entries: readonly FaqEntry[], region: string) {
  const query = text.trim()
  const long = Array.from(query).length >= FAQ_MIN_QUERY
  const local = useMemo(() => (long ? matchFaqs(query, entries, SUGGESTIONS_SHOWN) : []), [query, long, entries])
  const [remote, setRemote] = useState<FaqSuggestionDto[]>([])
  const latest = useRef(0)

  useEffect(() => {
    const n = ++latest.current
    if (!long) {
      setRemote([])
      return
    }
    const timer = setTimeout(() => {
      feedbackApi
        .suggestFaqs(Array.from(query).slice(0, QUERY_MAX).join(''), region)
        .then((answer) => {
          if (n === latest.current) setRemote(answer.suggestions)
        })
        .catch(() => undefined)
    }, SUGGEST_DEBOUNCE_MS)
    return () => clearTimeout(timer)
  }, [query, long, region])

  return useMemo(() => {
    const seen = new Set<string>()
    const merged: Suggestion[] = []
    for (const s of [...local, ...(long ? remote : [])]) {
      const key = keyOf(s)
      if (seen.has(key) || merged.length >= SUGGESTIONS_SHOWN) continue
      seen.add(key)
      merged.push({ key, question: s.question, answer: s.answer, item: s.item })
    }
    return merged
  }, [local, remote, long])
}
