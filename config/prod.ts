import type { UserConfigExport } from '@tarojs/cli'

export default {
  mini: {},
  h5: {
    // Keep the first screen small on old phones: split vendors and let Taro lazy-load non-tab pages.
    enableExtract: true,
  },
} satisfies UserConfigExport<'webpack5'>
