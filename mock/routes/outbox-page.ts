import type { OutboxMessageDto } from '../../src/api/contract'

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c)

/** 2026-01-05T02:00:00.000Z → 2026-01-05 10:00:00 (Beijing time, as the developer reads it). */
const beijingTime = (iso: string) => new Date(Date.parse(iso) + 8 * 3600 * 1000).toISOString().slice(0, 19).replace('T', ' ')

/** The outbox as a small page a developer keeps open next to the H5 app; it refreshes itself. */
export function renderOutboxPage(messages: OutboxMessageDto[], phone: string | undefined): string {
  const rows = messages
    .map(
      (m) =>
        `<tr><td>${escapeHtml(m.phone)}</td><td class="code">${escapeHtml(m.code)}</td><td>${escapeHtml(m.text)}</td><td>${beijingTime(m.sentAt)}</td></tr>`,
    )
    .join('\n')
  const empty = '<p class="empty">暂无短信。在登录页输入手机号并点击“获取验证码”后，验证码会出现在这里。</p>'
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="5">
<title>短信发件箱（模拟）</title>
<style>
body { font: 16px/1.6 -apple-system, "PingFang SC", "Microsoft YaHei", sans-serif; margin: 24px; color: #1f2329; }
table { border-collapse: collapse; width: 100%; }
th, td { border-bottom: 1px solid #e5e6eb; padding: 8px 12px; text-align: left; }
.code { font: bold 22px/1.2 monospace; letter-spacing: 2px; color: #1456f0; }
.hint, .empty { color: #646a73; }
</style>
</head>
<body>
<h1>短信发件箱（模拟）</h1>
<p class="hint">开发用模拟服务“发送”的短信都在这里，不会真正发到手机。${phone ? `当前只显示 ${escapeHtml(phone)} 的短信。` : '最新的在最上面。'}页面每 5 秒自动刷新。</p>
${messages.length ? `<table>\n<thead><tr><th>手机号</th><th>验证码</th><th>短信内容</th><th>发送时间</th></tr></thead>\n<tbody>\n${rows}\n</tbody>\n</table>` : empty}
</body>
</html>
`
}
