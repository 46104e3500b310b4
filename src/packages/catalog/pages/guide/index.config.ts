// useShareAppMessage answers only when the page enables sharing.
// @see https://docs.taro.zone/docs/hooks#useshareappmessage
export default definePageConfig({ navigationBarTitleText: '办事指南', enableShareAppMessage: true })
