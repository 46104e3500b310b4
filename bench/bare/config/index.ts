import { defineConfig } from '@tarojs/cli'

/**
 * The bare baseline: the same Taro 4.2 / webpack5 / React 18 build settings as Tongban's H5 (publicPath,
 * browser router, hashed output, production mode), and nothing else: no API, no stores, no icons.
 */
export default defineConfig<'webpack5'>({
  projectName: 'tongban-bench-bare',
  date: '2026-11-29',
  designWidth: 750,
  deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
  sourceRoot: 'src',
  outputRoot: 'dist',
  plugins: [],
  defineConstants: {},
  copy: { patterns: [], options: {} },
  framework: 'react',
  compiler: { type: 'webpack5', prebundle: { enable: false } },
  cache: { enable: false },
  logger: { quiet: true, stats: false },
  h5: {
    publicPath: '/',
    staticDirectory: 'static',
    router: { mode: 'browser' },
    output: { filename: 'js/[name].[hash:8].js', chunkFilename: 'js/[name].[chunkhash:8].js' },
    miniCssExtractPluginOption: { ignoreOrder: true, filename: 'css/[name].[hash].css', chunkFilename: 'css/[name].[chunkhash].css' },
    postcss: { autoprefixer: { enable: true, config: {} } },
    webpackChain(chain) {
      chain.performance.hints(false)
    },
  },
})
