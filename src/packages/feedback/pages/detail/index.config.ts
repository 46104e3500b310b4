// The title becomes 咨询详情 / 投诉详情 / 业务找茬详情 once the record has loaded.
export default definePageConfig({ navigationBarTitleText: '咨询投诉详情' })
