import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import TsconfigPathsPlugin from 'tsconfig-paths-webpack-plugin'
import { miniA11yPlugins } from './mini-a11y'
import devConfig from './dev'
import prodConfig from './prod'

/** The target being built: weapp | alipay | swan | h5 (config/ may read TARO_ENV, src/ may not outside src/platform). */
const target = process.env.TARO_ENV ?? 'h5'

/**
 * API base URL baked in at build time. H5 defaults to same-origin ('' + /api, proxied to the mock by the dev
 * server and by scripts/serve-h5.mjs); mini-programs default to the mock on the developer's machine.
 */
/** `--watch` builds (dev:<target>, npm start) are development builds whatever NODE_ENV the shell had. */
const development = process.env.NODE_ENV === 'development' || process.argv.includes('--watch')

const apiBase = process.env.TARO_APP_API_BASE ?? (target === 'h5' ? '' : 'http://127.0.0.1:9527')

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'tongban',
    date: '2026-11-29',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    // The H5 dev server builds into its own folder (it empties it first), so `npm start` never wipes the
    // production dist/h5 that the tests and `npm run serve:h5` use.
    outputRoot: target === 'h5' && development ? 'dist/h5-dev' : `dist/${target}`,
    // role / aria-* in the mini-program templates (config/mini-a11y.ts); H5 keeps them in the DOM anyway.
    plugins: miniA11yPlugins(target),
    defineConstants: {},
    env: {
      TARO_APP_API_BASE: JSON.stringify(apiBase),
    },
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: { type: 'webpack5', prebundle: { enable: false } },
    cache: { enable: false },
    logger: { quiet: true, stats: false },
    mini: {
      optimizeMainPackage: { enable: true },
      // Styles are class-scoped per component, so the order chunks list them in does not matter; without this
      // webpack warns about "conflicting order" whenever two subpackages share components.
      miniCssExtractPluginOption: { ignoreOrder: true },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
      },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'browser' },
      output: { filename: 'js/[name].[hash:8].js', chunkFilename: 'js/[name].[chunkhash:8].js' },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[hash].css',
        chunkFilename: 'css/[name].[chunkhash].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
        // View and Text as a plain <div> and <span>, every other component Taro's own (src/platform/h5/components.ts).
        chain.resolve.alias.set('@tarojs/components$', path.resolve(__dirname, '../src/platform/h5/components.ts'))
        // webpack's generic 244 KiB hint is noise here: npm run size enforces our own gzip budget.
        chain.performance.hints(false)
        // Taro splits only the initial chunks on H5 (splitChunks.chunks 'initial'), so each page's lazy chunk
        // carried its own copy of what pages share: @tarojs/components' React wrappers, Taro's H5 toast and
        // modal, PageShell, routes (about 90 of the 120 KB fetched and parsed on a tap on 首页's 社区服务). Modules
        // that two or more pages share now go into shared chunks, fetched once (npm run bench: 首页 first screen).
        // @see https://webpack.js.org/plugins/split-chunks-plugin/#splitchunkschunks
        const split = chain.optimization.get('splitChunks')
        if (split) {
          chain.optimization.splitChunks({
            ...split,
            cacheGroups: { ...split.cacheGroups, pages: { chunks: 'async', minChunks: 2, minSize: 10_000, priority: 5, reuseExistingChunk: true } },
          })
        }
      },
    },
  }
  if (development) {
    return merge({}, baseConfig, devConfig)
  }
  return merge({}, baseConfig, prodConfig)
})
