import { DropdownMenu } from 'radix-ui'
import { MoreIcon } from '../../../components/icons'
import { DEFAULT_MICROTENANT_ID } from '../../../contract/primitives'
import { copyWithToast } from '../../../components/copy-with-toast'
import { useTenantScope } from '../tenant-scope'

interface ApiKeysMenuProps {
  /** Opens at once: the admin already clicked the button while the menu's code was loading. */
  defaultOpen?: boolean
  /** Filters are applied, so there is something to save. */
  canSaveFilter: boolean
  /** The selected saved filter differs from what is applied. */
  savedFilterChanged: boolean
  onSaveAppliedFilter: () => void
  onSaveChanges: () => void
  onDiscardChanges: () => void
}

export function ApiKeysMenu({ defaultOpen, canSaveFilter, savedFilterChanged, onSaveAppliedFilter, onSaveChanges, onDiscardChanges }: ApiKeysMenuProps) {
  const { customerId, microtenantId } = useTenantScope()
  return (
    // Not modal: a modal menu hides the page with aria-hidden while its controls stay focusable.
    <DropdownMenu.Root modal={false} defaultOpen={defaultOpen}>
      <DropdownMenu.Trigger asChild>
        <button type="button" className="icon-button toolbar-icon-button" aria-label="Menu" title="Menu">
          <MoreIcon />
        </button>
      </DropdownMenu.Trigger>
      {/* Rendered in place, inside the page's landmarks. */}
      <DropdownMenu.Content className="menu" align="end" sideOffset={4}>
          <DropdownMenu.Item className="menu-item" onSelect={() => void copyWithToast(customerId, 'Customer ID')}>
            Copy Customer ID
          </DropdownMenu.Item>
          {microtenantId !== DEFAULT_MICROTENANT_ID && (
            <DropdownMenu.Item className="menu-item" onSelect={() => void copyWithToast(microtenantId, 'Microtenant ID')}>
              Copy Microtenant ID
            </DropdownMenu.Item>
          )}
          <DropdownMenu.Separator className="menu-separator" />
          <DropdownMenu.Item className="menu-item" disabled={!canSaveFilter} onSelect={onSaveAppliedFilter}>
            Save Applied Filter
          </DropdownMenu.Item>
          {savedFilterChanged && (
            <>
              <DropdownMenu.Item className="menu-item" onSelect={onSaveChanges}>
                Save Changes
              </DropdownMenu.Item>
              <DropdownMenu.Item className="menu-item" onSelect={onDiscardChanges}>
                Discard Changes
              </DropdownMenu.Item>
            </>
          )}
      </DropdownMenu.Content>
    </DropdownMenu.Root>
  )
}
