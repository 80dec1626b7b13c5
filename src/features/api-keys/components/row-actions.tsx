import { KeyChangeActions, RowAction } from '../../../components/data-table/row-action'
import { CopyIcon, UnlockIcon } from '../../../components/icons'
import type { ApiKey } from '../../../contract/api-key'
import { copyWithToast } from '../../../components/toaster'
import { ViewActivityAction } from '../../key-activity/components/key-activity-action'
import { useApiKeyDialogs } from './dialogs/api-key-dialogs'

const READ_ONLY_EXPLANATION = 'Managed in ZIdentity: this key is read-only here'

/**
 * The actions at the end of each row. Each has a slot of its own in the stylesheet's grid, so Copy, Edit, Rotate
 * Secret, Delete and View Activity stand at the same place on every row; Unlock, on locked rows only, comes first, in the slot before them.
 */
export function RowActions({ apiKey }: { apiKey: ApiKey }) {
  const dialogs = useApiKeyDialogs()
  return (
    <div className="row-actions">
      {/* Unlocking is a change too, which a read-only key refuses; its lock clears by itself after 30 minutes. */}
      {apiKey.isLocked && !apiKey.readOnly && (
        <RowAction slot="unlock" label="Unlock" onClick={() => dialogs.openUnlock(apiKey)}>
          <UnlockIcon />
        </RowAction>
      )}
      <RowAction slot="copy" label="Copy Client ID" onClick={() => void copyWithToast(apiKey.clientId, 'Client ID')}>
        <CopyIcon />
      </RowAction>
      {apiKey.readOnly ? (
        <span className="read-only-mark" title={READ_ONLY_EXPLANATION}>
          <span aria-hidden="true">ZIdentity</span>
          <span className="visually-hidden">{READ_ONLY_EXPLANATION}</span>
        </span>
      ) : (
        <KeyChangeActions apiKey={apiKey} dialogs={dialogs} />
      )}
      <ViewActivityAction apiKey={apiKey} />
    </div>
  )
}
