// The title comes from the page's `title` parameter (set at run time); the list scrolls inside its own
// ScrollView, so the page itself never scrolls.
export default definePageConfig({ navigationBarTitleText: '事项列表', disableScroll: true })
