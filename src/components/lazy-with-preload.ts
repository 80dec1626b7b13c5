import { lazy, useEffect, type ComponentType, type LazyExoticComponent } from 'react'

/** A `React.lazy` component whose code can be fetched before it first renders. */
export type PreloadableComponent<Props> = LazyExoticComponent<ComponentType<Props>> & {
  /** Fetches the code (once; a failed fetch is tried again next time). */
  preload: () => Promise<unknown>
}

/**
 * The one lazy-loading idiom of the page: `React.lazy` plus a `preload` to call when the page is idle
 * (`usePreloadWhenIdle`) or on intent (pointer or focus on the control that opens it).
 */
export function lazyWithPreload<Props>(load: () => Promise<ComponentType<Props>>): PreloadableComponent<Props> {
  let loading: Promise<{ default: ComponentType<Props> }> | undefined
  const preload = () =>
    (loading ??= load().then(
      (component) => ({ default: component }),
      (error: unknown) => {
        loading = undefined
        throw error
      },
    ))
  return Object.assign(lazy(preload), { preload })
}

/** Props for the control that opens a lazy component: fetch its code while the pointer or focus is on the way. */
export const preloadOnIntent = (...components: { preload: () => Promise<unknown> }[]) => {
  const preload = () => preloadAll(components)
  return { onPointerEnter: preload, onFocus: preload }
}

function preloadAll(components: readonly { preload: () => Promise<unknown> }[]) {
  // A failed preload is not an error yet: opening the component fetches again and reports its own failure.
  for (const component of components) component.preload().catch(() => undefined)
}

/**
 * Runs `callback` once the page has loaded and the browser is idle: not in the way of the first rows. Returns
 * what cancels it (for an effect's cleanup).
 */
export function whenIdle(callback: () => void): () => void {
  const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 200))
  const cancelIdle = window.cancelIdleCallback ?? window.clearTimeout
  let handle: number | undefined
  const schedule = () => (handle = idle(callback))
  if (document.readyState === 'complete') schedule()
  else window.addEventListener('load', schedule, { once: true })
  return () => {
    window.removeEventListener('load', schedule)
    if (handle !== undefined) cancelIdle(handle)
  }
}

/**
 * Fetches the components' code once the page is idle (`whenIdle`): there before the admin's first click. Pass
 * components declared at module level (stable).
 */
export function usePreloadWhenIdle(...components: { preload: () => Promise<unknown> }[]) {
  // eslint-disable-next-line react-hooks/exhaustive-deps -- module-level components: preload once per mount
  useEffect(() => whenIdle(() => preloadAll(components)), [])
}
