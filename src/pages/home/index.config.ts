export default definePageConfig({
  navigationBarTitleText: '通办',
  enablePullDownRefresh: true,
})
