// Pull-down refresh (as 首页): no tabs or button sit at the top of this page for Taro H5's pull-to-refresh layer
// to cover (see pay/pages/fees); 刷新 at the bottom does the same for those who do not pull.
export default definePageConfig({ navigationBarTitleText: '一件事办件', enablePullDownRefresh: true })
