export default defineAppConfig({
  pages: ['pages/home/index', 'pages/services/index', 'pages/mine/index', 'pages/login/index'],
  subPackages: [
    { root: 'packages/settings', pages: ['pages/settings/index'] },
    { root: 'packages/region', pages: ['pages/region/index'] },
    { root: 'packages/account', pages: ['pages/real-name/index', 'pages/face-check/index', 'pages/security/index', 'pages/enterprise/index'] },
    { root: 'packages/pay', pages: ['pages/fees/index', 'pages/result/index'] },
    {
      root: 'packages/handling',
      pages: [
        'pages/apply/index',
        'pages/applications/index',
        'pages/application/index',
        'pages/supplement/index',
        'pages/rating/index',
        'pages/drafts/index',
        'pages/messages/index',
        'pages/licences/index',
        'pages/case/index',
      ],
    },
    { root: 'packages/scenario', pages: ['pages/scenario/index'] },
    { root: 'packages/wallet', pages: ['pages/licence/index', 'pages/show/index', 'pages/usage/index', 'pages/verify/index'] },
    { root: 'packages/appointment', pages: ['pages/book/index', 'pages/list/index', 'pages/detail/index'] },
    { root: 'packages/feedback', pages: ['pages/consult/index', 'pages/complaint/index', 'pages/report/index', 'pages/list/index', 'pages/detail/index'] },
    { root: 'packages/community', pages: ['pages/notices/index', 'pages/notice/index', 'pages/community/index'] },
    { root: 'packages/catalog', pages: ['pages/search/index', 'pages/guide/index', 'pages/list/index', 'pages/store/index', 'pages/subscriptions/index'] },
  ],
  // WeChat asks for these before getLocation works (预约: halls by distance, only when the user taps for it).
  // @see https://developers.weixin.qq.com/miniprogram/dev/reference/configuration/app.html#requiredPrivateInfos
  requiredPrivateInfos: ['getLocation'],
  permission: { 'scope.userLocation': { desc: '用于按距离排列可预约的办理大厅和附近的社区事务受理服务中心' } },
  window: {
    navigationBarBackgroundColor: '#1a5fd6',
    navigationBarTitleText: '通办',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f3f5f9',
    backgroundTextStyle: 'dark',
  },
  // Three menus, nothing else (随申办: less is more).
  tabBar: {
    // ≥ 4.5:1 on the white bar (the tokens' $ink-3; was #7a8699, 3.7:1)
    color: '#5c6678',
    selectedColor: '#1a5fd6',
    backgroundColor: '#ffffff',
    borderStyle: 'white',
    list: [
      { pagePath: 'pages/home/index', text: '首页', iconPath: 'assets/tab/home.png', selectedIconPath: 'assets/tab/home-active.png' },
      { pagePath: 'pages/services/index', text: '办事', iconPath: 'assets/tab/services.png', selectedIconPath: 'assets/tab/services-active.png' },
      { pagePath: 'pages/mine/index', text: '我的', iconPath: 'assets/tab/mine.png', selectedIconPath: 'assets/tab/mine-active.png' },
    ],
  },
})
