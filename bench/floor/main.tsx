/**
 * The bench's floor: the least a React page must do to show the same list (sign in, fetch page 1, render
 * a plain table). The real page's cold load is measured as a ratio to this one: for an admin who keeps another
 * page size, the floor is loaded as that admin, with that size, so both draw the same rows.
 */
import { useEffect, useState } from 'react'
import { createRoot } from 'react-dom/client'

type ApiKeyRow = { id: string; name: string; clientId: string; enabled: boolean; creationTime: string }

/** Rows a page: the page's first-visit 20, or the size the bench names (`?pageSize=50`). */
const pageSize = Number(new URLSearchParams(location.search).get('pageSize') ?? 20)

async function loadFirstPage(): Promise<ApiKeyRow[]> {
  const session = (await (await fetch('/portal/session')).json()) as { customerId: string }
  const response = await fetch(`/mgmtconfig/v1/admin/customers/${session.customerId}/apiKeys?page=1&pagesize=${pageSize}`)
  return ((await response.json()) as { list: ApiKeyRow[] }).list
}

function FloorTable() {
  const [keys, setKeys] = useState<ApiKeyRow[]>([])
  useEffect(() => {
    void loadFirstPage().then(setKeys)
  }, [])
  return (
    <table>
      <thead>
        <tr>
          <th>Name</th>
          <th>Client ID</th>
          <th>Status</th>
          <th>Created</th>
        </tr>
      </thead>
      <tbody>
        {keys.map((key) => (
          <tr key={key.id}>
            <td>{key.name}</td>
            <td>{key.clientId}</td>
            <td>{key.enabled ? 'Enabled' : 'Disabled'}</td>
            <td>{new Date(Number(key.creationTime) * 1000).toLocaleString()}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

createRoot(document.getElementById('root')!).render(<FloorTable />)
