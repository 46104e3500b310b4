// Build-time constants Taro inlines (config/index.ts), as the H5 build sees them.
process.env.TARO_APP_API_BASE = ''
