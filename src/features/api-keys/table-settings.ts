import { z } from 'zod'
import { useStoredState } from '../../lib/stored-state'

/** The admin's table layout: hidden columns, column order and widths. Kept per browser. */
export const tableSettings = z.object({
  columnVisibility: z.record(z.string(), z.boolean()).catch({}),
  columnOrder: z.array(z.string()).catch([]),
  columnSizing: z.record(z.string(), z.number().min(40).max(2000)).catch({}),
})
export type TableSettings = z.infer<typeof tableSettings>

export const defaultTableSettings: TableSettings = { columnVisibility: {}, columnOrder: [], columnSizing: {} }

const STORAGE_KEY = 'zpa-api-keys:table-settings:v1'

export function useTableSettings() {
  return useStoredState(STORAGE_KEY, tableSettings, defaultTableSettings)
}
