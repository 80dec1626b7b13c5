import { createContext, Suspense, use, useMemo, type ReactNode } from 'react'
import { AddKeyButton, useOpenKeyDialog } from '../../../../components/key-dialog-state'
import { lazyWithPreload, preloadOnIntent, usePreloadWhenIdle } from '../../../../components/lazy-with-preload'
import type { ZccApiKey } from '../../../../contract/zcc-api-key'
import type { ZccScope } from '../../api/query-keys'

// The dialogs stay out of the first paint (with the form library); their code is fetched once the page is idle.
const AddZccApiKeyDialog = lazyWithPreload(() => import('./add-zcc-api-key-dialog').then((m) => m.AddZccApiKeyDialog))
const EditZccApiKeyDialog = lazyWithPreload(() => import('./edit-zcc-api-key-dialog').then((m) => m.EditZccApiKeyDialog))
const DeleteZccApiKeyDialog = lazyWithPreload(() => import('./delete-zcc-api-key-dialog').then((m) => m.DeleteZccApiKeyDialog))
const RotateZccSecretDialog = lazyWithPreload(() => import('./rotate-zcc-secret-dialogs').then((m) => m.RotateZccSecretDialog))
const EndZccGraceDialog = lazyWithPreload(() => import('./rotate-zcc-secret-dialogs').then((m) => m.EndZccGraceDialog))

/** For a row's actions: fetch the dialogs they open while the pointer or focus is on the row. */
export const zccRowDialogsIntent = preloadOnIntent(EditZccApiKeyDialog, DeleteZccApiKeyDialog, RotateZccSecretDialog)

type OpenDialog = { kind: 'add' } | { kind: 'edit' | 'delete' | 'rotate' | 'endGrace'; apiKey: ZccApiKey }

interface ZccApiKeyDialogs {
  openAdd(): void
  openEdit(apiKey: ZccApiKey): void
  openDelete(apiKey: ZccApiKey): void
  openRotate(apiKey: ZccApiKey): void
  openEndGrace(apiKey: ZccApiKey): void
}

const ZccApiKeyDialogsContext = createContext<ZccApiKeyDialogs | null>(null)

export function useZccApiKeyDialogs(): ZccApiKeyDialogs {
  const dialogs = use(ZccApiKeyDialogsContext)
  if (!dialogs) throw new Error('useZccApiKeyDialogs must be used inside <ZccApiKeyDialogsProvider>')
  return dialogs
}

/** Owns which dialog is open (one at a time) and gives focus back to the control that opened it. */
export function ZccApiKeyDialogsProvider({ scope, children }: { scope: ZccScope; children: ReactNode }) {
  const { open, show, close, returnFocus } = useOpenKeyDialog<OpenDialog>()
  usePreloadWhenIdle(AddZccApiKeyDialog, EditZccApiKeyDialog, DeleteZccApiKeyDialog, RotateZccSecretDialog)
  const dialogs = useMemo<ZccApiKeyDialogs>(
    () => ({
      openAdd: () => show({ kind: 'add' }),
      openEdit: (apiKey) => show({ kind: 'edit', apiKey }),
      openDelete: (apiKey) => show({ kind: 'delete', apiKey }),
      openRotate: (apiKey) => show({ kind: 'rotate', apiKey }),
      openEndGrace: (apiKey) => show({ kind: 'endGrace', apiKey }),
    }),
    [show],
  )
  const props = { scope, onClose: close, returnFocus }
  return (
    <ZccApiKeyDialogsContext value={dialogs}>
      {children}
      <Suspense fallback={null}>
        {open?.kind === 'add' && <AddZccApiKeyDialog {...props} />}
        {open?.kind === 'edit' && <EditZccApiKeyDialog key={open.apiKey.id} apiKey={open.apiKey} {...props} />}
        {open?.kind === 'delete' && <DeleteZccApiKeyDialog key={open.apiKey.id} apiKey={open.apiKey} {...props} />}
        {open?.kind === 'rotate' && <RotateZccSecretDialog key={open.apiKey.id} apiKey={open.apiKey} {...props} />}
        {open?.kind === 'endGrace' && <EndZccGraceDialog key={open.apiKey.id} apiKey={open.apiKey} {...props} />}
      </Suspense>
    </ZccApiKeyDialogsContext>
  )
}

/** The toolbar's (and the empty tenant's) call to add a key. */
export function AddZccApiKeyButton({ children = 'Add API Key' }: { children?: ReactNode }) {
  const { openAdd } = useZccApiKeyDialogs()
  return (
    <AddKeyButton onClick={openAdd} preload={preloadOnIntent(AddZccApiKeyDialog)}>
      {children}
    </AddKeyButton>
  )
}
