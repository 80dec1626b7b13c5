import { MenuButton, type MenuAction } from '../../../components/menu-button'
import { MoreIcon } from '../../../components/icons'
import { DEFAULT_MICROTENANT_ID } from '../../../contract/primitives'
import { copyWithToast } from '../../../components/toaster'
import { useTenantScope } from '../tenant-scope'

interface ApiKeysMenuProps {
  /** Filters are applied, so there is something to save. */
  canSaveFilter: boolean
  /** The selected saved filter differs from what is applied. */
  savedFilterChanged: boolean
  onSaveAppliedFilter: () => void
  onSaveChanges: () => void
  onDiscardChanges: () => void
}

/** The toolbar's Menu (seed 000): the tenant's ids to copy, then the saved filter's actions. */
export function ApiKeysMenu({ canSaveFilter, savedFilterChanged, onSaveAppliedFilter, onSaveChanges, onDiscardChanges }: ApiKeysMenuProps) {
  const { customerId, microtenantId } = useTenantScope()
  const copies: MenuAction[] = [{ label: 'Copy Customer ID', onSelect: () => void copyWithToast(customerId, 'Customer ID') }]
  if (microtenantId !== DEFAULT_MICROTENANT_ID) copies.push({ label: 'Copy Microtenant ID', onSelect: () => void copyWithToast(microtenantId, 'Microtenant ID') })
  const savedFilter: MenuAction[] = [{ label: 'Save Applied Filter', onSelect: onSaveAppliedFilter, disabled: !canSaveFilter }]
  if (savedFilterChanged) savedFilter.push({ label: 'Save Changes', onSelect: onSaveChanges }, { label: 'Discard Changes', onSelect: onDiscardChanges })
  return <MenuButton label="Menu" icon={<MoreIcon />} className="icon-button toolbar-icon-button" groups={[copies, savedFilter]} />
}
