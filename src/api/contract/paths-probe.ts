/** The mock's content probes (schema-free, for tests and e2e scripts): hostile text put where server content goes. */
export const probeMockPaths = {
  /** Overwrite text of one 办事指南 (受理条件, name, 常见问题 …) for XSS probes: POST */
  probeGuide: '/mock/probe/guide',
  /** Overwrite text of one 通知公告 (title, body …) for XSS probes: POST */
  probeNotice: '/mock/probe/notice',
} as const
