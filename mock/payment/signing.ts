import { generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto'

/**
 * The mock's payment keys: two RSA-2048 pairs generated when first needed, in memory only, never written
 * anywhere (a restart makes new ones; payloads are signed when an order is answered, so they always verify
 * with the running process's keys). A real server loads its merchant private key from a secret store and the
 * providers' public keys (platform certificates) from their consoles.
 *
 * - merchant: what our server signs for the host. WeChat Pay v3 paySign (SHA256 with RSA over
 *   `appId\ntimeStamp\nnonceStr\npackage\n`), Baidu rsaSign (SHA1 with RSA over the sorted
 *   `appKey=…&dealId=…&totalAmount=…&tpOrderId=…`, signFieldsRange 1).
 *   @see https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter7_2_9.shtml
 *   @see https://docs.taro.zone/docs/apis/swan/pay/requestPolymerPayment
 * - provider: what the payment platform signs its notifications with (WeChat Pay v3: SHA256 with RSA over
 *   `timestamp\nnonce\nbody\n`, sent as Wechatpay-Signature). Our notification handler verifies it with the
 *   provider's public key before it believes anything in the body.
 */
export interface KeyPair {
  privateKey: KeyObject
  publicKey: KeyObject
}

let merchant: KeyPair | undefined
let provider: KeyPair | undefined
const generate = (): KeyPair => generateKeyPairSync('rsa', { modulusLength: 2048 })

export const merchantKeys = (): KeyPair => (merchant ??= generate())
export const providerKeys = (): KeyPair => (provider ??= generate())

/** The dev merchant account: placeholders in the shape of the real ones (WeChat's sample appid). */
export const devMerchant = {
  /** 小程序 appid the prepay_id belongs to */
  weappAppId: 'wx8888888888888888',
  /** Baidu 支付 appKey and dealId (支付管理 → 支付设置) */
  swanAppKey: 'MMTongbanDev',
  swanDealId: '470193086',
} as const

export const weappSignString = (appId: string, timeStamp: string, nonceStr: string, pkg: string) =>
  `${appId}\n${timeStamp}\n${nonceStr}\n${pkg}\n`

export const swanSignString = (fields: { appKey: string; dealId: string; totalAmount: string; tpOrderId: string }) =>
  Object.keys(fields)
    .sort()
    .map((k) => `${k}=${fields[k as keyof typeof fields]}`)
    .join('&')

export const notificationSignString = (timestamp: string, nonce: string, body: string) => `${timestamp}\n${nonce}\n${body}\n`

/** RSA PKCS#1 v1.5, base64: deterministic, so the same fields always give the same signature. */
export const rsaSign = (hash: 'sha256' | 'sha1', text: string, key: KeyObject) => sign(hash, Buffer.from(text), key).toString('base64')

export const rsaVerify = (hash: 'sha256' | 'sha1', text: string, signature: string, key: KeyObject) =>
  verify(hash, Buffer.from(text), key, Buffer.from(signature, 'base64'))
