export default definePageConfig({ navigationBarTitleText: '基准页' })
