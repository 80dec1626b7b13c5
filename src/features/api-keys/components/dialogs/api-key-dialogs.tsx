import { createContext, lazy, Suspense, use, useMemo, useState, type ReactNode } from 'react'
import { useReturnFocus } from '../../../../components/use-return-focus'
import type { ApiKey } from '../../../../contract/api-key'

// The dialogs load on first use, keeping the form library and the dialogs out of the first paint.
const loadAddDialog = () => import('./add-api-key-dialog')
const AddApiKeyDialog = lazy(() => loadAddDialog().then((m) => ({ default: m.AddApiKeyDialog })))
const EditApiKeyDialog = lazy(() => import('./edit-api-key-dialog').then((m) => ({ default: m.EditApiKeyDialog })))
const DeleteApiKeyDialog = lazy(() => import('./delete-api-key-dialog').then((m) => ({ default: m.DeleteApiKeyDialog })))
const UnlockApiKeyDialog = lazy(() => import('./unlock-api-key-dialog').then((m) => ({ default: m.UnlockApiKeyDialog })))

type OpenDialog = { kind: 'add' } | { kind: 'edit' | 'delete' | 'unlock'; apiKey: ApiKey }

export interface ApiKeyDialogs {
  openAdd(): void
  openEdit(apiKey: ApiKey): void
  openDelete(apiKey: ApiKey): void
  openUnlock(apiKey: ApiKey): void
}

const ApiKeyDialogsContext = createContext<ApiKeyDialogs | null>(null)

/** Opens the lifecycle dialogs (add, edit, delete, unlock) from anywhere on the page. */
export function useApiKeyDialogs(): ApiKeyDialogs {
  const dialogs = use(ApiKeyDialogsContext)
  if (!dialogs) throw new Error('useApiKeyDialogs must be used inside <ApiKeyDialogsProvider>')
  return dialogs
}

const ADD_BUTTON_SELECTOR = '[data-add-api-key]'
// A deleted key's row takes its Delete button with it: focus then goes to "Add API Key", not the page body.
const focusFallback = () => document.querySelector<HTMLElement>(ADD_BUTTON_SELECTOR)

/** Owns which lifecycle dialog is open (one at a time) and gives focus back to the control that opened it. */
export function ApiKeyDialogsProvider({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState<OpenDialog | null>(null)
  const focus = useReturnFocus(focusFallback)

  const dialogs = useMemo<ApiKeyDialogs>(() => {
    const show = (dialog: OpenDialog) => {
      focus.remember()
      setOpen(dialog)
    }
    return {
      openAdd: () => show({ kind: 'add' }),
      openEdit: (apiKey) => show({ kind: 'edit', apiKey }),
      openDelete: (apiKey) => show({ kind: 'delete', apiKey }),
      openUnlock: (apiKey) => show({ kind: 'unlock', apiKey }),
    }
  }, [focus])

  const props = { onClose: () => setOpen(null), returnFocus: focus.restore }
  return (
    <ApiKeyDialogsContext value={dialogs}>
      {children}
      <Suspense fallback={null}>
        {open?.kind === 'add' && <AddApiKeyDialog {...props} />}
        {open?.kind === 'edit' && <EditApiKeyDialog key={open.apiKey.id} apiKey={open.apiKey} {...props} />}
        {open?.kind === 'delete' && <DeleteApiKeyDialog key={open.apiKey.id} apiKey={open.apiKey} {...props} />}
        {open?.kind === 'unlock' && <UnlockApiKeyDialog key={open.apiKey.id} apiKey={open.apiKey} {...props} />}
      </Suspense>
    </ApiKeyDialogsContext>
  )
}

/** The toolbar's (and the empty tenant's) call to add a key. */
export function AddApiKeyButton({ children = 'Add API Key' }: { children?: ReactNode }) {
  const { openAdd } = useApiKeyDialogs()
  return (
    <button
      type="button"
      className="button button-primary"
      data-add-api-key=""
      onClick={openAdd}
      // Fetch the dialog while the pointer is on its way, so it opens without a wait.
      onPointerEnter={() => void loadAddDialog()}
      onFocus={() => void loadAddDialog()}
    >
      {children}
    </button>
  )
}
