/**
 * Serves the production H5 build (dist/h5) and proxies /api and /mock to the API server, as a government
 * web server would. Used by the end-to-end tests, the benchmarks and `npm run serve:h5`.
 *   npx tsx scripts/serve-h5.ts [--port 10087] [--api http://127.0.0.1:9527]
 */
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer, request as httpRequest, type Server } from 'node:http'
import { request as httpsRequest } from 'node:https'
import { extname, join, normalize } from 'node:path'
import { createGzip } from 'node:zlib'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.ico': 'image/x-icon',
}

/**
 * `gzip`: compress JS, CSS, HTML and JSON files for clients that accept it, as a production web server does (the
 * benchmarks measure with it; the H5 size budget is the gzipped size too).
 */
export function serveH5(options: { dist: string; apiOrigin: string; port?: number; host?: string; gzip?: boolean }): Promise<{ server: Server; url: string }> {
  const api = new URL(options.apiOrigin)
  const forward = api.protocol === 'https:' ? httpsRequest : httpRequest
  const server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0])
    if (path.startsWith('/api/') || path.startsWith('/mock/')) {
      const upstream = forward(
        { host: api.hostname, port: api.port || undefined, method: req.method, path: req.url, headers: { ...req.headers, host: api.host } },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers)
          answer.pipe(res)
        },
      )
      upstream.on('error', () => {
        // The API dropped the connection: drop ours too, so the browser sees a network error as it would.
        res.destroy()
      })
      req.pipe(upstream)
      return
    }
    const file = normalize(join(options.dist, path))
    const inside = file.startsWith(normalize(options.dist))
    // History-mode routing: unknown paths get the app shell.
    const target = inside && existsSync(file) && statSync(file).isFile() ? file : join(options.dist, 'index.html')
    if (!existsSync(target)) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
      res.end('dist/h5 is missing: run npm run build:h5')
      return
    }
    const type = TYPES[extname(target)] ?? 'application/octet-stream'
    if (options.gzip && /javascript|css|html|json/.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-cache', 'content-encoding': 'gzip', vary: 'accept-encoding' })
      createReadStream(target).pipe(createGzip()).pipe(res)
      return
    }
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-cache' })
    createReadStream(target).pipe(res)
  })
  return new Promise((resolve) => {
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : options.port
      resolve({ server, url: `http://${options.host ?? '127.0.0.1'}:${port}` })
    })
  })
}

if (require.main === module) {
  const arg = (name: string, fallback: string) => {
    const i = process.argv.indexOf(`--${name}`)
    return i > 0 ? process.argv[i + 1] : fallback
  }
  const dist = join(__dirname, '..', 'dist', 'h5')
  if (!existsSync(join(dist, 'index.html'))) {
    process.stderr.write('dist/h5 is missing: run npm run build:h5 first\n')
    process.exit(1)
  }
  void serveH5({ dist, apiOrigin: arg('api', 'http://127.0.0.1:9527'), port: Number(arg('port', '10087')) }).then(({ url }) => {
    process.stdout.write(`H5 build on ${url} (API ${arg('api', 'http://127.0.0.1:9527')})\n`)
  })
}
