import { createContext, Suspense, use, type ReactNode } from 'react'
import { useOpenKeyDialog } from '../../../components/key-dialog-state'
import { RowAction } from '../../../components/data-table/row-action'
import { ActivityIcon } from '../../../components/icons'
import { lazyWithPreload, preloadOnIntent } from '../../../components/lazy-with-preload'
import type { KeyActivityScope } from '../api/query-keys'

// The panel (its chart, table and events) is not in the first view: its code comes on intent or on opening.
const KeyActivityPanel = lazyWithPreload(() => import('./key-activity-panel').then((m) => m.KeyActivityPanel))
const panelIntent = preloadOnIntent(KeyActivityPanel)

/** The key a panel is about: its id, and its name for the panel's title. */
export interface ActivityKey {
  id: string
  name: string
}

const OpenActivityContext = createContext<((apiKey: ActivityKey) => void) | null>(null)

/** Owns which key's activity panel is open, and gives focus back to the row action that opened it. */
export function KeyActivityProvider({ scope, children }: { scope: KeyActivityScope; children: ReactNode }) {
  const { open, show, close, returnFocus } = useOpenKeyDialog<ActivityKey>()
  return (
    <OpenActivityContext value={show}>
      {children}
      {open && (
        <Suspense fallback={null}>
          <KeyActivityPanel key={open.id} scope={scope} apiKey={open} onClose={close} returnFocus={returnFocus} />
        </Suspense>
      )}
    </OpenActivityContext>
  )
}

/** "View Activity", in its slot of the row's actions: opens the key's activity panel. */
export function ViewActivityAction({ apiKey }: { apiKey: ActivityKey }) {
  const openActivity = use(OpenActivityContext)
  if (!openActivity) throw new Error('ViewActivityAction must be used inside <KeyActivityProvider>')
  return (
    <RowAction slot="activity" label="View Activity" onClick={() => openActivity({ id: apiKey.id, name: apiKey.name })} {...panelIntent}>
      <ActivityIcon />
    </RowAction>
  )
}
