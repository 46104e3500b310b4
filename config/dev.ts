import type { UserConfigExport } from '@tarojs/cli'

/** Where the mock API server listens (npm run mock). The H5 dev server proxies /api and /mock to it. */
const mockOrigin = process.env.MOCK_ORIGIN ?? 'http://127.0.0.1:9527'

export default {
  h5: {
    devServer: {
      host: '127.0.0.1',
      port: 10086,
      open: false,
      proxy: [{ context: ['/api', '/mock'], target: mockOrigin, changeOrigin: true }],
    },
  },
} satisfies UserConfigExport<'webpack5'>
