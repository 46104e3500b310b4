import type { FacePurpose } from '../../src/api/contract'
import { identityMockPaths } from '../../src/api/contract/paths-identity'

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c)

const purposes: Record<FacePurpose, string> = { bind: '实名认证', 'step-up': '本人确认', login: '刷脸登录' }

/** 2026-01-05T02:10:00Z → 10:10 (Beijing time). */
const beijingClock = (t: number) => new Date(t + 8 * 3600 * 1000).toISOString().slice(11, 16)

export interface ProviderPageTicket {
  id: string
  purpose: FacePurpose
  expiresAt: number
  /** 张*: the only personal data on the page */
  nameMasked: string
}

/**
 * The simulated H5 face provider (刷脸认证页面). A real provider films the face and compares it with the 公安
 * photo; this page shows a local camera preview where the browser allows it (nothing is uploaded) and lets
 * the developer choose the outcome. The form posts back to the mock, which redirects to the app.
 */
export function renderProviderPage(ticket: ProviderPageTicket): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>人脸核验（模拟）</title>
<style>
body { font: 18px/1.6 -apple-system, "PingFang SC", "Microsoft YaHei", sans-serif; margin: 0; color: #1f2329; background: #f5f6f7; }
main { max-width: 480px; margin: 0 auto; padding: 24px 20px 40px; }
h1 { font-size: 24px; margin: 0 0 8px; }
.notice { background: #fff7e8; border-radius: 8px; padding: 12px 16px; color: #5c3c00; }
.who { margin: 16px 0; }
.camera { background: #fff; border-radius: 12px; padding: 16px; text-align: center; }
video { width: 240px; height: 240px; border-radius: 50%; object-fit: cover; background: #e5e6eb; transform: scaleX(-1); }
#camera-status { color: #646a73; font-size: 16px; margin: 8px 0 0; }
form { display: flex; gap: 12px; margin-top: 24px; }
button { flex: 1; min-height: 56px; font-size: 20px; border-radius: 8px; border: 1px solid #1456f0; cursor: pointer; }
.pass { background: #1456f0; color: #fff; }
.fail { background: #fff; color: #1456f0; }
.hint { color: #646a73; font-size: 16px; }
</style>
</head>
<body>
<main>
<h1>人脸核验（模拟）</h1>
<p class="notice">这是开发用的模拟页面，代替真实的人脸核验服务。摄像头画面只在本机显示，不会上传或保存。</p>
<p class="who">核验对象：<strong>${escapeHtml(ticket.nameMasked)}</strong><br>用途：${purposes[ticket.purpose]}</p>
<div class="camera">
<video id="preview" autoplay playsinline muted></video>
<p id="camera-status">正在请求使用摄像头…</p>
</div>
<form method="post" action="${identityMockPaths.faceProvider}">
<input type="hidden" name="ticket" value="${escapeHtml(ticket.id)}">
<button type="submit" name="outcome" value="pass" class="pass">通过</button>
<button type="submit" name="outcome" value="fail" class="fail">不通过</button>
</form>
<p class="hint">请在北京时间 ${beijingClock(ticket.expiresAt)} 前选择。选择后将返回通办，由服务端确认结果。</p>
</main>
<script>
(function () {
  var video = document.getElementById('preview');
  var status = document.getElementById('camera-status');
  var fallback = '无法使用摄像头（未授权、没有摄像头，或页面不是通过 https 或本机地址打开）。模拟核验不需要摄像头，可直接选择结果。';
  var media = navigator.mediaDevices;
  if (!media || !media.getUserMedia) { video.hidden = true; status.textContent = fallback; return; }
  media.getUserMedia({ video: { facingMode: 'user' }, audio: false }).then(function (stream) {
    video.srcObject = stream;
    status.textContent = '请正对摄像头。画面仅用于演示，不会上传。';
    var stop = function () { stream.getTracks().forEach(function (t) { t.stop(); }); };
    document.querySelector('form').addEventListener('submit', stop);
    window.addEventListener('pagehide', stop);
  }, function () { video.hidden = true; status.textContent = fallback; });
})();
</script>
</body>
</html>
`
}
