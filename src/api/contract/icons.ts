/**
 * The icons the API may name for content (QuickEntryDto.icon, CategoryDto.icon). The client draws each of
 * them (src/components/icon/icon-names.ts must cover this list, checked at compile time); a platform that
 * sends another name gets a schema error from the mock and a generic icon in the client.
 */
export const CONTENT_ICONS = [
  'home', 'grid', 'user', 'id-card', 'shield', 'heart', 'house', 'car', 'briefcase', 'building', 'file', 'stamp',
  'wallet', 'book', 'baby', 'ring', 'passport', 'medical', 'tax', 'people', 'tool', 'chart', 'bell', 'search',
  'location', 'phone',
] as const

export type ContentIcon = (typeof CONTENT_ICONS)[number]
