import { paymentMockPaths } from '../../src/api/contract/paths-payment'
import { formatFen } from '../../src/domain/assurance'

export interface CashierView {
  orderId: string
  title: string
  department: string
  amountFen: number
  status: 'created' | 'paid' | 'closed'
  /** Where 返回应用 leads (the return path with ?order=) */
  backHref: string
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c)

/** Paying or cancelling posts the form; a second tap while the first is on its way is ignored. */
function payForm(orderId: string): string {
  return `<form method="post" action="${paymentMockPaths.cashier}" onsubmit="if (this.dataset.sent) return false; this.dataset.sent = '1'">
<input type="hidden" name="order" value="${escapeHtml(orderId)}">
<button class="primary" type="submit" name="action" value="pay">确认支付</button>
<button class="secondary" type="submit" name="action" value="cancel">取消</button>
</form>`
}

function statusBlock(view: CashierView): string {
  if (view.status === 'created') return payForm(view.orderId)
  const text = view.status === 'paid' ? '该订单已支付，无需重复支付。' : '该订单已关闭，请返回应用重新发起支付。'
  return `<p class="state">${text}</p>\n<a class="secondary" href="${escapeHtml(view.backHref)}">返回应用</a>`
}

/**
 * The sandbox cashier (收银台) the H5 app and devtools without a merchant account pay through: a calm page
 * with large type and large buttons, no script beyond the double-submit guard, nothing personal on it.
 */
export function renderCashierPage(view: CashierView): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>收银台（沙箱）</title>
<style>
body { font: 18px/1.6 -apple-system, "PingFang SC", "Microsoft YaHei", sans-serif; margin: 0; background: #f5f6f7; color: #1f2329; }
main { max-width: 480px; margin: 0 auto; padding: 24px 16px; }
h1 { font-size: 22px; margin: 0 0 4px; }
.hint { color: #646a73; font-size: 15px; margin: 0 0 20px; }
.card { background: #fff; border-radius: 12px; padding: 20px; margin-bottom: 24px; }
.amount { font-size: 36px; font-weight: 600; margin: 4px 0 16px; }
dl { display: grid; grid-template-columns: 5em 1fr; gap: 8px 12px; margin: 0; }
dt { color: #646a73; }
dd { margin: 0; word-break: break-all; }
button, a.secondary { display: block; box-sizing: border-box; width: 100%; min-height: 52px; margin-bottom: 12px; border-radius: 10px; font-size: 18px; text-align: center; text-decoration: none; line-height: 52px; padding: 0; }
.primary { background: #1456f0; color: #fff; border: 0; }
.secondary { background: #fff; color: #1f2329; border: 1px solid #d0d3d6; }
.state { font-size: 18px; margin: 0 0 16px; }
</style>
</head>
<body>
<main>
<h1>收银台（沙箱）</h1>
<p class="hint">开发用模拟收银台，不会真实扣款。支付结果以服务端收到的支付通知为准。</p>
<section class="card">
<div>${escapeHtml(view.title)}</div>
<div class="amount">${formatFen(view.amountFen)}</div>
<dl>
<dt>收费单位</dt><dd>${escapeHtml(view.department)}</dd>
<dt>订单号</dt><dd>${escapeHtml(view.orderId)}</dd>
</dl>
</section>
${statusBlock(view)}
</main>
</body>
</html>
`
}
