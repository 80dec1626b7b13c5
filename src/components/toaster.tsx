import { lazy, Suspense, useEffect, useSyncExternalStore } from 'react'
import { createPortal } from 'react-dom'

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

async function show(kind: 'success' | 'error', message: string) {
  if (!wanted) {
    wanted = true
    for (const listener of listeners) listener()
  }
  const [{ toast: sonnerToast }] = await Promise.all([loadSonner(), mounted])
  sonnerToast[kind](message)
}

export const toast = {
  success: (message: string) => void show('success', message),
  error: (message: string) => void show('error', message),
}

const SonnerToaster = lazy(() => loadSonner().then((m) => ({ default: m.Toaster })))

function MountedSignal() {
  useEffect(() => markMounted(), [])
  return null
}

/** Where toasts appear; rendered outside #root so they stay announced while a dialog makes the page inert. */
export function Toaster() {
  const active = useSyncExternalStore(subscribe, () => wanted, () => false)
  if (!active) return null
  return createPortal(
    <Suspense fallback={null}>
      <SonnerToaster position="bottom-right" closeButton />
      <MountedSignal />
    </Suspense>,
    document.body,
  )
}
