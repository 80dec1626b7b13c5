import { createContext, Suspense, use, useMemo, type ReactNode } from 'react'
import { AddKeyButton, useOpenKeyDialog } from '../../../../components/key-dialog-state'
import { lazyWithPreload, preloadOnIntent, usePreloadWhenIdle } from '../../../../components/lazy-with-preload'
import type { ZdxApiKey } from '../../../../contract/zdx-api-key'
import type { ZdxScope } from '../../api/query-keys'

// The dialogs stay out of the first paint (with the form library); their code is fetched once the page is idle.
const CreateZdxApiKeyDialog = lazyWithPreload(() => import('./api-key-window-dialogs').then((m) => m.CreateZdxApiKeyDialog))
const ViewZdxApiKeyDialog = lazyWithPreload(() => import('./api-key-window-dialogs').then((m) => m.ViewZdxApiKeyDialog))
const EditZdxApiKeyDialog = lazyWithPreload(() => import('./edit-zdx-api-key-dialog').then((m) => m.EditZdxApiKeyDialog))
const DeleteZdxApiKeyDialog = lazyWithPreload(() => import('./delete-zdx-api-key-dialog').then((m) => m.DeleteZdxApiKeyDialog))

/** For a row's actions: fetch the dialogs they open while the pointer or focus is on the row. */
export const zdxRowDialogsIntent = preloadOnIntent(ViewZdxApiKeyDialog, EditZdxApiKeyDialog, DeleteZdxApiKeyDialog)

type OpenDialog = { kind: 'create' } | { kind: 'view' | 'edit' | 'delete'; apiKey: ZdxApiKey }

interface ZdxApiKeyDialogs {
  openCreate(): void
  openView(apiKey: ZdxApiKey): void
  openEdit(apiKey: ZdxApiKey): void
  openDelete(apiKey: ZdxApiKey): void
}

const ZdxApiKeyDialogsContext = createContext<ZdxApiKeyDialogs | null>(null)

export function useZdxApiKeyDialogs(): ZdxApiKeyDialogs {
  const dialogs = use(ZdxApiKeyDialogsContext)
  if (!dialogs) throw new Error('useZdxApiKeyDialogs must be used inside <ZdxApiKeyDialogsProvider>')
  return dialogs
}

/** Owns which dialog is open (one at a time) and gives focus back to the control that opened it. */
export function ZdxApiKeyDialogsProvider({ scope, children }: { scope: ZdxScope; children: ReactNode }) {
  const { open, show, close, returnFocus } = useOpenKeyDialog<OpenDialog>()
  usePreloadWhenIdle(CreateZdxApiKeyDialog, ViewZdxApiKeyDialog, EditZdxApiKeyDialog, DeleteZdxApiKeyDialog)
  const dialogs = useMemo<ZdxApiKeyDialogs>(
    () => ({
      openCreate: () => show({ kind: 'create' }),
      openView: (apiKey) => show({ kind: 'view', apiKey }),
      openEdit: (apiKey) => show({ kind: 'edit', apiKey }),
      openDelete: (apiKey) => show({ kind: 'delete', apiKey }),
    }),
    [show],
  )
  const props = { scope, onClose: close, returnFocus }
  return (
    <ZdxApiKeyDialogsContext value={dialogs}>
      {children}
      <Suspense fallback={null}>
        {open?.kind === 'create' && <CreateZdxApiKeyDialog {...props} />}
        {open?.kind === 'view' && <ViewZdxApiKeyDialog key={open.apiKey.id} apiKey={open.apiKey} {...props} />}
        {open?.kind === 'edit' && <EditZdxApiKeyDialog key={open.apiKey.id} apiKey={open.apiKey} {...props} />}
        {open?.kind === 'delete' && <DeleteZdxApiKeyDialog key={open.apiKey.id} apiKey={open.apiKey} {...props} />}
      </Suspense>
    </ZdxApiKeyDialogsContext>
  )
}

/** The toolbar's (and the empty tenant's) call to create a key. */
export function CreateZdxApiKeyButton({ children = 'Create New API Key' }: { children?: ReactNode }) {
  const { openCreate } = useZdxApiKeyDialogs()
  return (
    <AddKeyButton onClick={openCreate} preload={preloadOnIntent(CreateZdxApiKeyDialog)}>
      {children}
    </AddKeyButton>
  )
}
