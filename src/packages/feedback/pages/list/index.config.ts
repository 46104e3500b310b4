// No pull-down refresh: the list reloads every time the page shows and on every tab, and Taro H5's
// pull-to-refresh layer would sit over the tabs (see pay/pages/fees).
export default definePageConfig({ navigationBarTitleText: '我的咨询投诉' })
