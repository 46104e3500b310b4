import type { UploadDto } from '../../../src/api/contract'
import { paths } from '../../../src/api/contract/paths'
import { exeBytes, jpegOfSize, pngOfSize } from '../../support/fuzz/images'
import { CHINESE, startMock, type Mock } from './support'

let mock: Mock
let auth: Record<string, string>
beforeEach(async () => {
  mock = startMock()
  auth = mock.bearer(await mock.platformLogin('weapp', 'alice'))
})
afterEach(() => mock.app.close())

async function upload(name: string, content: Buffer) {
  const boundary = '----limits'
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: image/jpeg\r\n\r\n`),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ])
  const res = await mock.app.inject({ method: 'POST', url: paths.uploads, payload, headers: { ...auth, 'content-type': `multipart/form-data; boundary=${boundary}` } })
  return { status: res.statusCode, body: JSON.parse(res.body) as UploadDto & { code: string; message: string } }
}

describe('upload limits', () => {
  it('refuses an executable named .jpg by its content', async () => {
    const res = await upload('photo.jpg', exeBytes())
    expect(res.status).toBe(415)
    expect(res.body).toEqual({ code: 'FILE_TYPE', message: expect.stringMatching(CHINESE) })
  })

  it('refuses an image over 8000 px on a side or 40 MP with 413 IMAGE_DIMENSIONS, saying the limit', async () => {
    for (const file of [pngOfSize(9000, 100), jpegOfSize(100, 8001), pngOfSize(7000, 7000)]) {
      const res = await upload('scan.png', file)
      expect(res.status).toBe(413)
      expect(res.body.code).toBe('IMAGE_DIMENSIONS')
      expect(res.body.message).toContain('8000 像素')
      expect(res.body.message).toContain('4000 万')
    }
  })

  it('takes a phone photo, a large scan within the limits, and a JPEG whose size its head does not tell', async () => {
    for (const file of [jpegOfSize(4032, 3024), pngOfSize(8000, 5000), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10])]) {
      const res = await upload('scan.jpg', file)
      expect(res.status).toBe(200)
      expect(res.body.kind).toBe('image')
    }
  })
})
