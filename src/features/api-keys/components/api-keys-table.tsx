import { useTable, type PaginationState, type Updater } from '@tanstack/react-table'
import { functionalUpdate } from '@tanstack/react-table'
import { DataTablePagination } from '../../../components/data-table/data-table-pagination'
import { PAGE_SIZES, type ApiKey } from '../../../contract/api-key'
import { useApiKeys } from '../api/get-api-keys'
import { useTableView } from '../hooks/use-table-view'
import { useTenantScope } from '../tenant-scope'
import { ApiKeysToolbar } from './api-keys-toolbar'
import { apiKeyColumns, apiKeyTableFeatures } from './columns'
import { EmptyTenantState, LoadErrorState, NoRowsOnPageState, TableSkeletonRows } from './table-states'

const noRows: ApiKey[] = []

/** Owns the table: its view state (from the URL), the server query for that view, and the rendering. */
export function ApiKeysTable() {
  const scope = useTenantScope()
  const [view, setView] = useTableView()
  const query = useApiKeys(scope, { page: view.page, pageSize: view.pageSize })
  const pagination: PaginationState = { pageIndex: view.page - 1, pageSize: view.pageSize }

  const table = useTable({
    features: apiKeyTableFeatures,
    columns: apiKeyColumns,
    data: query.data?.list ?? noRows,
    getRowId: (key) => key.id,
    rowCount: query.data ? Number(query.data.totalCount) : 0,
    manualPagination: true,
    state: { pagination },
    onPaginationChange: (updater: Updater<PaginationState>) => {
      const next = functionalUpdate(updater, pagination)
      // A new page size starts again from the first page.
      const page = next.pageSize === pagination.pageSize ? next.pageIndex + 1 : 1
      void setView({ page, pageSize: next.pageSize as (typeof PAGE_SIZES)[number] })
    },
  })

  const rows = table.getRowModel().rows
  const columnCount = table.getAllLeafColumns().length
  const total = query.data ? Number(query.data.totalCount) : 0

  let body: React.ReactNode
  if (query.isPending) body = <TableSkeletonRows columnCount={columnCount} rowCount={Math.min(view.pageSize, 10)} />
  else if (query.isError && !query.data) body = <LoadErrorState columnCount={columnCount} error={query.error} onRetry={() => void query.refetch()} />
  else if (total === 0) body = <EmptyTenantState columnCount={columnCount} />
  else if (rows.length === 0) body = <NoRowsOnPageState columnCount={columnCount} onFirstPage={() => table.firstPage()} />
  else
    body = rows.map((row) => (
      <tr key={row.id}>
        {row.getAllCells().map((cell) => (
          <td key={cell.id} className={`cell-${cell.column.id}`}>
            <table.FlexRender cell={cell} />
          </td>
        ))}
      </tr>
    ))

  return (
    <section className="card" aria-label="API keys">
      <ApiKeysToolbar isRefreshing={query.isFetching && !query.isPending} onRefresh={() => void query.refetch()} />
      <div className="table-scroll">
        <table className="data-table" aria-busy={query.isFetching} aria-rowcount={query.data ? total + 1 : undefined}>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => (
                  <th key={header.id} scope="col" className={`cell-${header.column.id}`}>
                    {header.isPlaceholder ? null : <table.FlexRender header={header} />}
                  </th>
                ))}
              </tr>
            ))}
          </thead>
          <tbody>{body}</tbody>
        </table>
      </div>
      <DataTablePagination table={table} pageSizes={PAGE_SIZES} />
    </section>
  )
}
