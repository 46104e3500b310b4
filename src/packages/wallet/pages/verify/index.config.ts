export default definePageConfig({ navigationBarTitleText: '验证电子证照' })
