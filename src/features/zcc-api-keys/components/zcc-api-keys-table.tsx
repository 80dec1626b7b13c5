import { useQueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import { DataTableRefresh } from '../../../components/data-table/data-table-refresh'
import { DataTableSettings } from '../../../components/data-table/data-table-settings'
import { DataTableView } from '../../../components/data-table/data-table-view'
import { NameFilter } from '../../../components/data-table/name-filter'
import { useDataTable } from '../../../components/data-table/use-data-table'
import { PAGE_SIZES } from '../../../contract/api-key'
import { defaultTableSettings } from '../../../contract/preferences'
import { DEFAULT_MICROTENANT_ID } from '../../../contract/primitives'
import type { ZccApiKey } from '../../../contract/zcc-api-key'
import { useTableSettings } from '../../preferences/table-settings'
import { useZccApiKeys, zccApiKeysQueryOptions } from '../api/get-zcc-api-keys'
import { ZCC_API_KEYS_PREFERENCES, type ZccScope } from '../api/query-keys'
import { listParamsForZccView, useZccTableView } from '../table-view'
import { zccApiKeyColumns } from './columns'
import { AddZccApiKeyButton, zccRowDialogsIntent } from './dialogs/zcc-api-key-dialogs'

const noRows: ZccApiKey[] = []

/** The Client Connector keys' table: its columns and actions on the shared table, toolbar parts and Name filter. */
export function ZccApiKeysTable({ scope }: { scope: ZccScope }) {
  // Client Connector has no microtenants: the admin's preferences for it are kept under Default.
  const { settings, pageSize: preferredPageSize, loaded, setSettings, setPageSize } = useTableSettings({ page: ZCC_API_KEYS_PREFERENCES, microtenantId: DEFAULT_MICROTENANT_ID })
  const { view, setView } = useZccTableView(preferredPageSize)
  const queryClient = useQueryClient()
  // The rows wait for the admin's preferences: they say how many rows a page has and which columns show.
  const query = useZccApiKeys(scope, listParamsForZccView(view), { enabled: loaded })
  const listed = query.data?.list ?? noRows
  const applyName = useCallback((name: string) => void setView({ name: name || null, page: 1 }), [setView])

  const table = useDataTable({
    columns: zccApiKeyColumns,
    data: listed,
    getRowId: (key) => key.id,
    rowCount: query.data ? Number(query.data.totalCount) : 0,
    view,
    setView,
    prefetch: (next) => void queryClient.prefetchQuery(zccApiKeysQueryOptions(scope, listParamsForZccView({ ...view, ...next }))),
    settings,
    setSettings,
    setPageSize,
  })

  return (
    <section className="card" aria-label="API keys">
      <div className="toolbar" role="toolbar" aria-label="API key actions">
        <div className="toolbar-start" />
        <div className="toolbar-end">
          <DataTableRefresh isRefreshing={query.isFetching && !query.isPending} onRefresh={() => void query.refetch()} />
          <DataTableSettings table={table} onReset={() => setSettings(() => defaultTableSettings)} />
          <AddZccApiKeyButton />
        </div>
      </div>
      <NameFilter applied={view.name ?? ''} onApply={applyName} />
      <DataTableView
        table={table}
        query={query}
        listedCount={listed.length}
        filtered={Boolean(view.name?.trim())}
        onClearFilters={() => applyName('')}
        addFirstButton={<AddZccApiKeyButton>Add the first API key</AddZccApiKeyButton>}
        pageSizes={PAGE_SIZES}
        rowProps={zccRowDialogsIntent}
      />
    </section>
  )
}
