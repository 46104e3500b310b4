// The title becomes the department's name once it has loaded.
export default definePageConfig({ navigationBarTitleText: '部门旗舰店' })
