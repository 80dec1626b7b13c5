import { createContext, Suspense, use, useCallback, useMemo, useState, type ReactNode } from 'react'
import { lazyWithPreload, preloadOnIntent, usePreloadWhenIdle } from '../../../../components/lazy-with-preload'
import { AddKeyButton, useOpenKeyDialog } from '../../../../components/key-dialog-state'
import type { ApiKey } from '../../../../contract/api-key'

// The dialogs stay out of the first paint (with the form library); their code is fetched once the page is idle.
const AddApiKeyDialog = lazyWithPreload(() => import('./add-api-key-dialog').then((m) => m.AddApiKeyDialog))
const EditApiKeyDialog = lazyWithPreload(() => import('./edit-api-key-dialog').then((m) => m.EditApiKeyDialog))
const DeleteApiKeyDialog = lazyWithPreload(() => import('./delete-api-key-dialog').then((m) => m.DeleteApiKeyDialog))
const UnlockApiKeyDialog = lazyWithPreload(() => import('./unlock-api-key-dialog').then((m) => m.UnlockApiKeyDialog))
const RotateApiKeySecretDialog = lazyWithPreload(() => import('./rotate-secret-dialogs').then((m) => m.RotateApiKeySecretDialog))
const EndApiKeyGraceDialog = lazyWithPreload(() => import('./rotate-secret-dialogs').then((m) => m.EndApiKeyGraceDialog))

/** For a row's actions: fetch the dialogs they open while the pointer or focus is on the row. */
export const rowDialogsIntent = preloadOnIntent(EditApiKeyDialog, DeleteApiKeyDialog, UnlockApiKeyDialog, RotateApiKeySecretDialog)

type OpenDialog = { kind: 'add' } | { kind: 'edit' | 'delete' | 'unlock' | 'rotate' | 'endGrace'; apiKey: ApiKey }

export interface ApiKeyDialogs {
  openAdd(): void
  openEdit(apiKey: ApiKey): void
  openDelete(apiKey: ApiKey): void
  openUnlock(apiKey: ApiKey): void
  openRotate(apiKey: ApiKey): void
  openEndGrace(apiKey: ApiKey): void
}

/** The key the admin just created, shown pinned and highlighted in the table until the view changes. */
export interface NewApiKey {
  apiKey: ApiKey | null
  /** The table calls this when the admin moves to another page, sort or filter. */
  clear(): void
}

const ApiKeyDialogsContext = createContext<ApiKeyDialogs | null>(null)
const NewApiKeyContext = createContext<NewApiKey>({ apiKey: null, clear: () => undefined })

/** Opens the lifecycle dialogs (add, edit, delete, unlock, rotate, end grace) from anywhere on the page. */
export function useApiKeyDialogs(): ApiKeyDialogs {
  const dialogs = use(ApiKeyDialogsContext)
  if (!dialogs) throw new Error('useApiKeyDialogs must be used inside <ApiKeyDialogsProvider>')
  return dialogs
}

export const useNewApiKey = (): NewApiKey => use(NewApiKeyContext)

/** What the new key's row is described by (aria-describedby): its badge is drawn by CSS, out of the Name cell's text. */
export const NEW_API_KEY_NOTE_ID = 'new-api-key-note'

/** The created key's row: its Name cell (the row says it is new), once the secret dialog has closed. */
const focusNewRow = (id: string) => document.querySelector<HTMLElement>(`tbody tr[data-row-id="${CSS.escape(id)}"] td[tabindex]`)

/** Owns which lifecycle dialog is open (one at a time) and gives focus back to the control that opened it. */
export function ApiKeyDialogsProvider({ children }: { children: ReactNode }) {
  const { open, show, close, returnFocus } = useOpenKeyDialog<OpenDialog>()
  const [newKey, setNewKey] = useState<ApiKey | null>(null)
  usePreloadWhenIdle(AddApiKeyDialog, EditApiKeyDialog, DeleteApiKeyDialog, UnlockApiKeyDialog, RotateApiKeySecretDialog)

  const dialogs = useMemo<ApiKeyDialogs>(
    () => ({
      openAdd: () => show({ kind: 'add' }),
      openEdit: (apiKey) => show({ kind: 'edit', apiKey }),
      openDelete: (apiKey) => show({ kind: 'delete', apiKey }),
      openUnlock: (apiKey) => show({ kind: 'unlock', apiKey }),
      openRotate: (apiKey) => show({ kind: 'rotate', apiKey }),
      openEndGrace: (apiKey) => show({ kind: 'endGrace', apiKey }),
    }),
    [show],
  )
  const clearNewKey = useCallback(() => setNewKey(null), [])
  const pinned = useMemo<NewApiKey>(() => ({ apiKey: newKey, clear: clearNewKey }), [newKey, clearNewKey])

  const props = { onClose: close, returnFocus }
  const returnToNewRow = (id: string) => (event: Event) => {
    const cell = focusNewRow(id)
    if (!cell) return returnFocus(event)
    event.preventDefault()
    cell.focus()
  }
  return (
    <ApiKeyDialogsContext value={dialogs}>
      <NewApiKeyContext value={pinned}>
        {children}
        <span id={NEW_API_KEY_NOTE_ID} hidden>
          New: just added
        </span>
        <Suspense fallback={null}>
          {open?.kind === 'add' && <AddApiKeyDialog {...props} onCreated={setNewKey} returnFocusToCreated={returnToNewRow} />}
          {open?.kind === 'edit' && <EditApiKeyDialog key={open.apiKey.id} apiKey={open.apiKey} {...props} />}
          {open?.kind === 'delete' && (
            <DeleteApiKeyDialog
              key={open.apiKey.id}
              apiKey={open.apiKey}
              {...props}
              onDeleted={(id) => setNewKey((current) => (current?.id === id ? null : current))}
            />
          )}
          {open?.kind === 'unlock' && <UnlockApiKeyDialog key={open.apiKey.id} apiKey={open.apiKey} {...props} />}
          {open?.kind === 'rotate' && <RotateApiKeySecretDialog key={open.apiKey.id} apiKey={open.apiKey} {...props} />}
          {open?.kind === 'endGrace' && <EndApiKeyGraceDialog key={open.apiKey.id} apiKey={open.apiKey} {...props} />}
        </Suspense>
      </NewApiKeyContext>
    </ApiKeyDialogsContext>
  )
}

/** The toolbar's (and the empty tenant's) call to add a key. */
export function AddApiKeyButton({ children = 'Add API Key' }: { children?: ReactNode }) {
  const { openAdd } = useApiKeyDialogs()
  return (
    <AddKeyButton onClick={openAdd} preload={preloadOnIntent(AddApiKeyDialog)}>
      {children}
    </AddKeyButton>
  )
}
