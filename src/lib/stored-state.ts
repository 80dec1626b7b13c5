import { useCallback, useSyncExternalStore } from 'react'
import type * as z from 'zod/mini'

/** Every key this page keeps starts with this (index.html looks for it before it shows the server's render). */
export const STORED_KEY_PREFIX = 'zpa-api-keys:'

/**
 * A value kept in localStorage, checked with a schema on the way in: data from another version,
 * hand-edited or half-written falls back to `fallback`, never a crash.
 */
const listeners = new Set<() => void>()
const cache = new Map<string, { raw: string | null; value: unknown }>()

function subscribe(listener: () => void) {
  listeners.add(listener)
  // Another tab of the same browser changes this one too.
  window.addEventListener('storage', listener)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('storage', listener)
  }
}

function readRaw(key: string): string | null {
  try {
    return localStorage.getItem(key)
  } catch {
    return null
  }
}

export function readStored<S extends z.ZodMiniType>(key: string, schema: S, fallback: z.output<S>): z.output<S> {
  const raw = readRaw(key)
  const cached = cache.get(key)
  if (cached && cached.raw === raw) return cached.value as z.output<S>
  let value: z.output<S> = fallback
  if (raw !== null) {
    try {
      const parsed = schema.safeParse(JSON.parse(raw))
      if (parsed.success) value = parsed.data
    } catch {
      // Not JSON: keep the fallback.
    }
  }
  cache.set(key, { raw, value })
  return value
}

export function writeStored(key: string, value: unknown) {
  try {
    if (value === undefined) localStorage.removeItem(key)
    else localStorage.setItem(key, JSON.stringify(value))
  } catch {
    // Storage full or disabled: the change lives for this page only.
  }
  for (const listener of listeners) listener()
}

export function useStoredState<S extends z.ZodMiniType>(key: string, schema: S, fallback: z.output<S>) {
  // The server's first-view render, and hydrating it, see the fallback: index.html only lets the page hydrate that
  // render when this browser keeps nothing under STORED_KEY_PREFIX.
  const value = useSyncExternalStore(subscribe, () => readStored(key, schema, fallback), () => fallback)
  const set = useCallback(
    (next: z.output<S> | undefined | ((current: z.output<S>) => z.output<S> | undefined)) => {
      const resolved = typeof next === 'function' ? (next as (c: z.output<S>) => z.output<S>)(readStored(key, schema, fallback)) : next
      writeStored(key, resolved)
    },
    [key, schema, fallback],
  )
  return [value, set] as const
}

/** A short unique id that needs no secure context (crypto.randomUUID does). */
export const localId = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`
