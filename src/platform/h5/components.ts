/**
 * @tarojs/components for the H5 build (config/index.ts points the `@tarojs/components` import here when building h5).
 * Everything is Taro's own (Stencil web components with React wrappers) except View and Text, the two the pages are
 * made of (~1,100 of them in src/): here they are a plain <div> and <span>. Each Taro View or Text is a custom element
 * that Stencil connects, registers styles for and renders in its own animation-frame queue. On 首页 that queue kept
 * the main thread busy after the tiles were drawn, so a tap waited. Taro's `h5.useHtmlComponents` does the same for
 * View and Text but also swaps Input, Picker and Image (other markup, other accessibility) and its View applies a
 * changed className one render late; this keeps every other component as it was.
 */
export * from '@tarojs/components/lib/react'
// The implementation lives in its own module: this file is what `@tarojs/components` resolves to, and Taro's
// loaders treat it as the component library.
export { Text, View } from './view'

