import { lazy, Suspense, useEffect, useSyncExternalStore } from 'react'
import { createPortal } from 'react-dom'
import { copyText } from '../lib/clipboard'

/**
 * Toasts without sonner in the first paint: the library loads with the first toast, the Toaster mounts,
 * and only then is the toast shown (a toast sent before the Toaster subscribes would be lost).
 */
let sonner: Promise<typeof import('sonner')> | undefined
const loadSonner = () => (sonner ??= import('sonner'))

let markMounted: () => void = () => {}
const mounted = new Promise<void>((resolve) => (markMounted = resolve))

let wanted = false
const listeners = new Set<() => void>()
const subscribe = (listener: () => void) => {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export interface ToastOptions {
  /** One button on the toast, e.g. "Undo"; the toast then stays longer, so there is time to reach it. */
  action?: { label: string; onClick: () => void }
}

type ToastKind = 'success' | 'error' | 'info'

async function show(kind: ToastKind, message: string, { action }: ToastOptions = {}) {
  if (!wanted) {
    wanted = true
    for (const listener of listeners) listener()
  }
  const [{ toast: sonnerToast }] = await Promise.all([loadSonner(), mounted])
  sonnerToast[kind](message, action ? { action, duration: ACTION_DURATION } : undefined)
}

const ACTION_DURATION = 10_000

export const toast = {
  success: (message: string, options?: ToastOptions) => void show('success', message, options),
  error: (message: string, options?: ToastOptions) => void show('error', message, options),
  info: (message: string, options?: ToastOptions) => void show('info', message, options),
}

/**
 * Copies and confirms with a toast naming what was copied (never the value: it may be a secret). Here, in every
 * page's first load, rather than in a module of its own: a page that copies only from a dialog would split it into a
 * chunk that the other pages' first views then load too.
 */
export async function copyWithToast(text: string, what: string): Promise<boolean> {
  try {
    await copyText(text)
    toast.success(`${what} copied to the clipboard`)
    return true
  } catch {
    toast.error(`${what} could not be copied. Select it and copy it by hand.`)
    return false
  }
}

const SonnerToaster = lazy(() => loadSonner().then((m) => ({ default: m.Toaster })))

// Narrower than sonner's 356 px, so a centred toast stays clear of a small dialog's right-aligned buttons.
const TOASTER_STYLE = { '--width': '320px' } as React.CSSProperties

function MountedSignal() {
  useEffect(() => markMounted(), [])
  return null
}

/**
 * Where toasts appear; rendered outside #root so they stay announced while a dialog makes the page inert.
 * Placement rule: top centre, narrow. A dialog's buttons sit at its bottom (and its copy buttons at its right),
 * the row actions at the right end of the rows: the top centre covers neither, at any width or zoom.
 */
export function Toaster() {
  const active = useSyncExternalStore(subscribe, () => wanted, () => false)
  if (!active) return null
  return createPortal(
    <Suspense fallback={null}>
      <SonnerToaster position="top-center" closeButton offset={12} style={TOASTER_STYLE} />
      <MountedSignal />
    </Suspense>,
    document.body,
  )
}
