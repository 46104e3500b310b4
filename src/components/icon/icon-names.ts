import type { ContentIcon } from '../../api/contract/icons'

/**
 * Our icon names → lucide-static source files (ISC). `npm run icons` turns these into
 * icons.generated.scss (CSS masks, so an icon takes the text colour) and the tab-bar PNGs; only the names
 * listed here ship. The API's QuickEntryDto.icon / CategoryDto.icon must be one of these names.
 */
export const ICON_SOURCES = {
  home: 'house',
  grid: 'layout-grid',
  user: 'user',
  'id-card': 'id-card',
  shield: 'shield-check',
  heart: 'heart-pulse',
  house: 'house',
  car: 'car',
  briefcase: 'briefcase',
  building: 'building-2',
  file: 'file-text',
  stamp: 'stamp',
  wallet: 'wallet',
  book: 'book-open',
  baby: 'baby',
  ring: 'heart-handshake',
  passport: 'plane',
  medical: 'stethoscope',
  tax: 'receipt',
  people: 'users',
  tool: 'wrench',
  chart: 'chart-column',
  bell: 'bell',
  search: 'search',
  location: 'map-pin',
  phone: 'phone',
  'chevron-right': 'chevron-right',
  'chevron-down': 'chevron-down',
  settings: 'settings',
  logout: 'log-out',
  info: 'info',
  check: 'check',
  close: 'x',
  refresh: 'refresh-cw',
  message: 'message-square',
  smartphone: 'smartphone',
  elder: 'accessibility',
  landmark: 'landmark',
  scan: 'scan-line',
  clipboard: 'clipboard-list',
  'file-clock': 'file-clock',
} as const

export type IconName = keyof typeof ICON_SOURCES

/** Compile-time check: every icon the API may name (CONTENT_ICONS) is drawn here. */
export const CONTENT_ICONS_COVERED: Record<ContentIcon, string> = ICON_SOURCES

export const ICON_NAMES = Object.keys(ICON_SOURCES) as IconName[]

export const isIconName = (name: string): name is IconName => name in ICON_SOURCES
