import type { ReactNode } from 'react'
import type { ApiKey } from '../../../contract/api-key'
import { copyWithToast } from '../copy'
import { useApiKeyDialogs } from './dialogs/api-key-dialogs'

const READ_ONLY_EXPLANATION = 'Managed in ZIdentity: this key is read-only here'

/** The actions at the end of each row. */
export function RowActions({ apiKey }: { apiKey: ApiKey }) {
  const dialogs = useApiKeyDialogs()
  return (
    <div className="row-actions">
      <button type="button" className="icon-button" aria-label="Copy Client ID" title="Copy Client ID" onClick={() => void copyWithToast(apiKey.clientId, 'Client ID')}>
        <CopyIcon />
      </button>
      {/* Unlocking is a change too, which a read-only key refuses; its lock clears by itself after 30 minutes. */}
      {apiKey.isLocked && !apiKey.readOnly && (
        <RowAction label="Unlock" onClick={() => dialogs.openUnlock(apiKey)}>
          <UnlockIcon />
        </RowAction>
      )}
      {apiKey.readOnly ? (
        <span className="read-only-mark" title={READ_ONLY_EXPLANATION}>
          <span aria-hidden="true">ZIdentity</span>
          <span className="visually-hidden">{READ_ONLY_EXPLANATION}</span>
        </span>
      ) : (
        <>
          <RowAction label="Edit" onClick={() => dialogs.openEdit(apiKey)}>
            <EditIcon />
          </RowAction>
          <RowAction label="Delete" onClick={() => dialogs.openDelete(apiKey)}>
            <DeleteIcon />
          </RowAction>
        </>
      )}
    </div>
  )
}

function RowAction({ label, onClick, children }: { label: string; onClick: () => void; children: ReactNode }) {
  return (
    <button type="button" className="icon-button" aria-label={label} title={label} onClick={onClick}>
      {children}
    </button>
  )
}

function Icon({ children }: { children: ReactNode }) {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="1.4">
      {children}
    </svg>
  )
}

function CopyIcon() {
  return (
    <Icon>
      <rect x="5" y="5" width="9" height="9" rx="1.5" />
      <path d="M3 11V3.5A1.5 1.5 0 0 1 4.5 2H11" />
    </Icon>
  )
}

function EditIcon() {
  return (
    <Icon>
      <path d="M10.5 2.5l3 3L6 13H3v-3z" strokeLinejoin="round" />
      <path d="M9 4l3 3" />
    </Icon>
  )
}

function DeleteIcon() {
  return (
    <Icon>
      <path d="M2.5 4h11M6 4V2.5h4V4M4 4l.7 9.5h6.6L12 4" strokeLinejoin="round" />
      <path d="M6.5 6.5v5M9.5 6.5v5" />
    </Icon>
  )
}

function UnlockIcon() {
  return (
    <Icon>
      <rect x="3" y="7" width="10" height="7" rx="1.2" />
      <path d="M5.5 7V4.8a2.5 2.5 0 0 1 4.9-.7" />
    </Icon>
  )
}
