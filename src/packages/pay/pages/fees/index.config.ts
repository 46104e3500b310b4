// No pull-down refresh: the list reloads every time the page shows, and Taro H5's pull-to-refresh layer
// would sit over the first card's button.
export default definePageConfig({ navigationBarTitleText: '我的缴费' })
