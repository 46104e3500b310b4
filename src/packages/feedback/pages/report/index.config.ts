export default definePageConfig({ navigationBarTitleText: '业务找茬' })
