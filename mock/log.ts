/**
 * The mock's logger: one plain line per event. Callers pass only what is safe to print (method, route,
 * status, timing, masked phone); bodies, tokens, query strings and raw phone numbers never reach it.
 */
export type LogSink = (line: string) => void

export const stdoutSink: LogSink = (line) => {
  process.stdout.write(`${line}\n`)
}

export const silentSink: LogSink = () => {}

/** Phone numbers reach a log line only through this (138****0000). */
export { maskPhone } from '../src/domain/phone'
