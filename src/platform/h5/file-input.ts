import type { PickedFile } from '../contract'
import { MSG } from '../messages'
import { kindOf } from '../normalise'
import { cancelled, failed, ok, unsupported, type PlatformResult } from '../result'

export interface FileInputOptions {
  /** The input's accept attribute: 'image/*' or '.pdf,.jpg' */
  accept: string
  count: number
  /** 'environment' opens the rear camera directly on phones */
  capture?: 'environment'
  /** Refuse a picked file (the accept attribute is only a hint to the picker) */
  check?: (file: File) => string | undefined
}

let abandon: (() => void) | undefined

const toPicked = (file: File): PickedFile => ({
  // Old browsers (and jsdom) have no createObjectURL: the File itself is what uploads need.
  path: typeof URL.createObjectURL === 'function' ? URL.createObjectURL(file) : '',
  size: file.size,
  name: file.name,
  kind: kindOf(file.name, file.type),
  file,
})

/**
 * A hidden `<input type="file">`, clicked from the user's tap. `change` brings the files; `cancel` (Chrome 113+,
 * Safari 16.4+, Firefox 91+) or an empty selection is a cancel. Browsers without the cancel event never answer a
 * dismissed picker, so starting a new pick settles the previous one as cancelled.
 * @see https://developer.mozilla.org/docs/Web/HTML/Element/input/file
 */
export function pickFiles(options: FileInputOptions): Promise<PlatformResult<PickedFile[]>> {
  if (typeof document === 'undefined') return Promise.resolve(unsupported('当前环境不支持选择文件'))
  abandon?.()
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = options.accept
    input.multiple = options.count > 1
    if (options.capture) input.setAttribute('capture', options.capture)
    input.style.display = 'none'
    const settle = (result: PlatformResult<PickedFile[]>) => {
      abandon = undefined
      input.remove()
      resolve(result)
    }
    abandon = () => settle(cancelled(MSG.chooseCancelled))
    input.addEventListener('cancel', () => settle(cancelled(MSG.chooseCancelled)))
    input.addEventListener('change', () => {
      const files = Array.from(input.files ?? []).slice(0, options.count)
      if (files.length === 0) return settle(cancelled(MSG.chooseCancelled))
      const refusal = files.map((f) => options.check?.(f)).find(Boolean)
      settle(refusal ? failed(refusal) : ok(files.map(toPicked)))
    })
    try {
      document.body.appendChild(input)
      input.click()
    } catch {
      settle(failed(MSG.chooseFailed))
    }
  })
}
