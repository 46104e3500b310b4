/** Set per Jest project (jest.config.js `globals.TARGET`): which index.<target>.ts `src/platform` resolves to. */
declare const TARGET: 'weapp' | 'alipay' | 'swan' | 'h5'
