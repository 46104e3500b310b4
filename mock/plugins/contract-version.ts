import type { FastifyInstance } from 'fastify'
import { CONTRACT_HEADER, CONTRACT_VERSION } from '../../src/api/contract'
import { httpError } from '../http/errors'
import { isDevRequest } from '../http/route-of'

const major = (version: string) => version.split('.')[0]

/**
 * A client built against another major version of the contract gets 426 and a message telling the user to
 * update, instead of failing somewhere later on a changed shape. No header (curl, a browser) is allowed.
 */
export function installContractCheck(app: FastifyInstance) {
  app.addHook('onRequest', async (request, reply) => {
    void reply.header(CONTRACT_HEADER, CONTRACT_VERSION)
    if (isDevRequest(request)) return
    const sent = request.headers[CONTRACT_HEADER]
    if (sent === undefined) return
    if (typeof sent !== 'string' || major(sent.trim()) !== major(CONTRACT_VERSION)) {
      throw httpError(426, 'CONTRACT_MISMATCH', '当前版本过旧，请更新小程序后重试')
    }
  })
}
