import { useSyncExternalStore } from 'react'

/**
 * A tiny external store: state, setState with a patch, subscribe. Enough for app state (mode, region, session)
 * without a dependency; React reads it with useSyncExternalStore, which every Taro target supports.
 * See docs/decisions.md (state).
 */
export interface Store<S> {
  get(): S
  set(patch: Partial<S> | ((s: S) => Partial<S>)): void
  subscribe(listener: () => void): () => void
}

export function createStore<S extends object>(initial: S): Store<S> {
  let state = initial
  const listeners = new Set<() => void>()
  return {
    get: () => state,
    set(patch) {
      const next = typeof patch === 'function' ? patch(state) : patch
      state = { ...state, ...next }
      listeners.forEach((l) => l())
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}

/** Reads a slice; re-renders only when the selected value changes (Object.is). */
export function useStore<S extends object, T>(store: Store<S>, select: (s: S) => T): T {
  return useSyncExternalStore(store.subscribe, () => select(store.get()), () => select(store.get()))
}
