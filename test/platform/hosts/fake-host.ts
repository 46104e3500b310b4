/**
 * A programmable fake of a mini-program host global (wx / my / swan). Each API has a default behaviour (a
 * plausible success, or real storage for the storage APIs); a test programs the next answer of one API with
 * `next()`, removes an API with `remove()` (an old client), and reads what the adapter sent with `optionsOf()`.
 * Async answers arrive in a microtask, like a real host's callbacks; `emit()` fires an `on<Event>` listener.
 */
export type Answer =
  /** `progress`: UploadTask.onProgressUpdate payloads, delivered before the callback (the call returns a task) */
  | { success: unknown; progress?: unknown[] }
  | { fail: unknown; progress?: unknown[] }
  /** A synchronous API throws */
  | { throws: unknown }
  /** A synchronous API returns */
  | { returns: unknown }
  /** my.call-style APIs answer through a callback passed as the last argument */
  | { callback: unknown }

export type Behaviour = (args: unknown[]) => Answer

export interface Call {
  api: string
  args: unknown[]
}

type Options = Record<string, unknown> & { success?: (r: unknown) => void; fail?: (e: unknown) => void }

export class FakeHost {
  readonly global: Record<string, unknown> = {}
  readonly calls: Call[] = []
  private readonly queued = new Map<string, Answer[]>()

  constructor(private readonly behaviours: Record<string, Behaviour>) {
    for (const api of Object.keys(behaviours)) this.install(api)
  }

  /** Program the next answer of `api` (answers queue up in order). */
  next(api: string, answer: Answer): this {
    this.queued.set(api, [...(this.queued.get(api) ?? []), answer])
    return this
  }

  /** Remove an API, as on a client too old to have it or a host app without it. */
  remove(api: string): this {
    const parts = api.split('.')
    const last = parts.pop() as string
    const owner = parts.reduce<Record<string, unknown> | undefined>((o, p) => o?.[p] as Record<string, unknown>, this.global)
    if (owner) delete owner[last]
    return this
  }

  /**
   * Deliver `payload` to the listeners registered with `onApi` (e.g. onNetworkStatusChange) and not removed since by
   * the matching off API (`off…(listener)`; without an argument: all of them), as the host would.
   */
  emit(onApi: string, payload: unknown): void {
    const offApi = onApi.replace(/^on/, 'off')
    const live = new Set<unknown>()
    for (const { api, args } of this.calls) {
      if (api === onApi) live.add(args[0])
      else if (api === offApi && args[0] === undefined) live.clear()
      else if (api === offApi) live.delete(args[0])
    }
    for (const listener of live) if (typeof listener === 'function') listener(payload)
  }

  callsOf(api: string): Call[] {
    return this.calls.filter((c) => c.api === api)
  }

  /** The options object of the last call of `api`, without its callbacks. */
  optionsOf(api: string): Record<string, unknown> | undefined {
    const call = this.callsOf(api).pop()
    if (!call) return undefined
    const options = { ...(call.args[0] as Record<string, unknown>) }
    for (const callback of ['success', 'fail', 'complete']) delete options[callback]
    return options
  }

  private install(api: string): void {
    const parts = api.split('.')
    const last = parts.pop() as string
    let owner = this.global
    for (const part of parts) owner = (owner[part] ??= {}) as Record<string, unknown>
    owner[last] = (...args: unknown[]) => this.invoke(api, args)
  }

  private invoke(api: string, args: unknown[]): unknown {
    this.calls.push({ api, args })
    const answer = this.queued.get(api)?.shift() ?? this.behaviours[api](args)
    if ('throws' in answer) throw answer.throws
    if ('returns' in answer) return answer.returns
    if ('callback' in answer) {
      const callback = args[args.length - 1] as (r: unknown) => void
      queueMicrotask(() => callback(answer.callback))
      return undefined
    }
    const options = (args[0] ?? {}) as Options
    const task = answer.progress ? uploadTask() : undefined
    queueMicrotask(() => {
      for (const payload of answer.progress ?? []) task?.deliver(payload)
      if ('success' in answer) options.success?.(answer.success)
      else options.fail?.(answer.fail)
    })
    return task?.task
  }
}

/** Real key-value storage behind the positional (wx, swan) storage APIs. */
export function positionalStorage(): Record<string, Behaviour> {
  const store = new Map<string, unknown>()
  return {
    setStorageSync: ([key, data]) => (store.set(String(key), data), { returns: undefined }),
    getStorageSync: ([key]) => ({ returns: store.has(String(key)) ? store.get(String(key)) : '' }),
    removeStorageSync: ([key]) => (store.delete(String(key)), { returns: undefined }),
  }
}

/** The task an upload returns: onProgressUpdate / offProgressUpdate / abort (a no-op here). */
function uploadTask() {
  const listeners = new Set<(payload: unknown) => void>()
  return {
    task: {
      onProgressUpdate: (listener: (payload: unknown) => void) => void listeners.add(listener),
      offProgressUpdate: (listener: (payload: unknown) => void) => void listeners.delete(listener),
      abort: () => undefined,
    },
    deliver: (payload: unknown) => listeners.forEach((listener) => listener(payload)),
  }
}
