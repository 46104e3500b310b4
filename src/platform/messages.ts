/**
 * User-facing texts shared by several adapters (Simplified Chinese, short enough for a toast).
 * Texts used by one adapter only live beside its native call.
 */
export const MSG = {
  ticketMismatch: '核验信息与当前平台不符，请返回重新发起',
  orderMismatch: '支付订单与当前平台不符，请返回重新下单',
  loginFailed: '登录失败，请稍后重试',
  faceCancelled: '已取消人脸核验',
  faceFailed: '人脸核验未完成，请稍后重试',
  payCancelled: '已取消支付',
  payFailed: '支付未完成，请稍后重试',
  scanCancelled: '已取消扫码',
  scanFailed: '扫码失败，请重试',
  chooseCancelled: '未选择文件',
  chooseFailed: '选择文件失败，请重试',
  subscribeFailed: '订阅消息提醒失败，请稍后重试',
  callFailed: '无法拨打电话，请手动拨打',
  copyFailed: '复制失败，请长按文字手动复制',
  shareByButton: '请点击“分享”按钮或右上角菜单转发',
  locationDenied: '未获得定位权限，请在设置中允许使用位置信息后重试',
  locationFailed: '暂时无法获取位置，请稍后重试',
  phoneCancelled: '已取消授权手机号',
  phoneFailed: '获取手机号失败，请改用短信验证码',
  /** Nothing came back from the upload (no network, connection dropped). */
  uploadFailed: '网络不可用，上传失败，请检查网络后重试',
  uploadTimeout: '上传超时，请检查网络后重试',
  /** The picked file can no longer be read (temp file cleaned up, blob gone). */
  uploadFileGone: '文件已失效，请重新选择后上传',
  /** The client is too old for an API that the platform has. */
  upgrade: (app: string) => `当前${app}版本过低，请升级${app}后重试`,
  wrongFileType: (extensions: string[]) => `请选择 ${extensions.join('、').toUpperCase()} 格式的文件`,
} as const
