import cors from '@fastify/cors'
import Fastify, { type FastifyInstance } from 'fastify'
import { IDEMPOTENT_REPLAY_HEADER } from '../src/api/contract'
import { systemClock, type Clock } from './clock'
import type { MockContext } from './context'
import { frameworkErrors, installErrorHandling } from './http/error-handler'
import { typeboxValidatorCompiler } from './http/validation'
import { silentSink, stdoutSink, type LogSink } from './log'
import { buildOpenApi } from './contract/openapi'
import { installContractCheck } from './plugins/contract-version'
import { installResponseContract } from './plugins/contract-responses'
import { installFaults, type FaultOptions } from './plugins/faults'
import { installIdempotency } from './plugins/idempotency'
import { installRequestLog } from './plugins/request-log'
import { installStats } from './plugins/stats'
import { registerAppointmentRoutes } from './routes/appointments'
import { registerAuthRoutes } from './routes/auth'
import { registerCatalogRoutes } from './routes/catalog'
import { registerHandlingFormRoutes } from './routes/handling-forms'
import { registerHandlingApplicationRoutes } from './routes/handling-applications'
import { registerDevRoutes } from './routes/dev'
import { registerFeedbackRoutes } from './routes/feedback'
import { registerSystemRoutes } from './routes/system'
import { registerIdentityRoutes } from './routes/identity'
import { registerPaymentRoutes } from './routes/payment'
import { registerScenarioRoutes } from './routes/scenario'
import { registerWalletRoutes } from './routes/wallet'
import { createStore } from './store'

export interface MockServerOptions {
  /** "Now" for every expiry (codes, sessions, cooldowns); tests pass a manual clock */
  clock?: Clock
  /** No log lines at all (tests) */
  quiet?: boolean
  /** Where log lines go; default stdout */
  log?: LogSink
  /** JSON file to keep state in across restarts (env MOCK_PERSIST); default in memory only */
  persistPath?: string
  /** Global latency / error / drop rates (env MOCK_LATENCY_MS, MOCK_ERROR_RATE, MOCK_DROP_RATE) */
  faults?: FaultOptions
  /** Largest accepted request body in bytes; default 64 KiB */
  bodyLimit?: number
  /**
   * Check every answer against the OpenAPI document (default on; env MOCK_CHECK_CONTRACT=0 turns it off). A
   * violation becomes a 500 and is appended to `violationsFile` (env CONTRACT_VIOLATIONS_FILE).
   */
  checkContract?: boolean
  violationsFile?: string
}

/** The contract as OpenAPI, built once per process from the endpoint table. */
let openApi: object | undefined
const document = () => (openApi ??= buildOpenApi())

/**
 * The mock government platform: the same contract a real one implements (src/api/contract), plus /mock/*
 * development endpoints. Use `inject()` in tests and in-process hosts, or `listen()` (see main.ts).
 */
export function buildServer(options: MockServerOptions = {}): FastifyInstance {
  const clock = options.clock ?? systemClock
  const log = options.quiet ? silentSink : options.log ?? stdoutSink
  const ctx: MockContext = { clock, log, store: createStore({ clock, persistPath: options.persistPath, log }) }

  // No automatic HEAD routes: the contract documents GET only, and a HEAD answer would be a violation.
  const app = Fastify({ exposeHeadRoutes: false, logger: false, bodyLimit: options.bodyLimit ?? 64 * 1024, forceCloseConnections: true, frameworkErrors })
  app.setValidatorCompiler(typeboxValidatorCompiler)
  app.decorateRequest('auth', null)

  // CORS first, so even a faulted or rejected answer carries its headers and the H5 app sees the real status.
  void app.register(cors, {
    origin: true,
    methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
    exposedHeaders: ['retry-after', IDEMPOTENT_REPLAY_HEADER],
  })
  installErrorHandling(app, log)
  // Hook order matters: counters see every request; idempotency records the real answer before a fault
  // may replace it; the contract check runs after faults, like a gateway in front of the platform would.
  installRequestLog(app, log)
  const stats = installStats(app)
  const idempotency = installIdempotency(app, clock)
  const faults = installFaults(app, options.faults ?? {}, log)
  installContractCheck(app)

  if (options.checkContract ?? process.env.MOCK_CHECK_CONTRACT !== '0') {
    installResponseContract(app, document(), log, options.violationsFile ?? process.env.CONTRACT_VIOLATIONS_FILE)
  }

  registerSystemRoutes(app, ctx, document())
  registerAuthRoutes(app, ctx)
  registerIdentityRoutes(app, ctx)
  registerPaymentRoutes(app, ctx)
  registerCatalogRoutes(app, ctx)
  registerHandlingFormRoutes(app, ctx)
  registerHandlingApplicationRoutes(app, ctx)
  registerScenarioRoutes(app, ctx)
  registerWalletRoutes(app, ctx)
  registerAppointmentRoutes(app, ctx)
  registerFeedbackRoutes(app, ctx)
  registerDevRoutes(app, ctx, stats, () => {
    ctx.store.reset()
    stats.reset()
    idempotency.reset()
    faults.reset()
  })
  return app
}
