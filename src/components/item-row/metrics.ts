/**
 * The fixed height of an ItemRow in virtual lists, in design px (750-wide artboard), normal and elder mode.
 * Mirrors $item-row-height / $elder-item-row-height in styles/tokens.scss: change both together.
 */
export const ITEM_ROW_HEIGHT = { normal: 232, elder: 328 } as const

/** Design px → CSS px on this screen; `scale` is SystemInfo.designPxScale (rpx on minis, Taro's rem on H5). */
export const designToPx = (design: number, scale: number) => design * scale
