import { createColumnHelper } from '@tanstack/react-table'
import { dataTableFeatures, type DataTableFeatures } from '../../../components/data-table/features'
import type { ApiKey } from '../../../contract/api-key'
import { formatEpochSeconds } from '../../../lib/format'
import { useRoles } from '../api/get-roles'
import { useTenantScope } from '../tenant-scope'

export const apiKeyTableFeatures = dataTableFeatures

const column = createColumnHelper<DataTableFeatures, ApiKey>()

function RoleName({ roleId }: { roleId: string }) {
  const roles = useRoles(useTenantScope())
  const role = roles.data?.find((r) => r.id === roleId)
  return <>{role?.name ?? (roles.isPending ? '…' : roleId)}</>
}

function StatusBadge({ enabled }: { enabled: boolean }) {
  return <span className={enabled ? 'status status-enabled' : 'status status-disabled'}>{enabled ? 'Enabled' : 'Disabled'}</span>
}

/** The six columns of the API Keys table, in the product's default order. */
export const apiKeyColumns = column.columns([
  column.accessor('name', { header: 'Name', meta: { label: 'Name' }, cell: (info) => info.getValue() }),
  column.accessor('clientId', { header: 'Client ID', meta: { label: 'Client ID' }, cell: (info) => <code className="client-id">{info.getValue()}</code> }),
  column.accessor('enabled', { header: 'Status', meta: { label: 'Status' }, cell: (info) => <StatusBadge enabled={info.getValue()} /> }),
  column.accessor('tokenExpiryTimeInSec', {
    header: 'Session Validity Interval (In Seconds)',
    meta: { label: 'Session Validity Interval (In Seconds)' },
    cell: (info) => info.getValue(),
  }),
  column.accessor('creationTime', {
    header: 'Creation Date',
    meta: { label: 'Creation Date' },
    cell: (info) => <time dateTime={new Date(Number(info.getValue()) * 1000).toISOString()}>{formatEpochSeconds(info.getValue())}</time>,
  }),
  column.accessor('roleId', { header: 'Role', meta: { label: 'Role' }, cell: (info) => <RoleName roleId={info.getValue()} /> }),
])
