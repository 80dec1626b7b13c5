import * as z from 'zod/mini'
import { STORED_KEY_PREFIX, useStoredState } from '../../lib/stored-state'

/** The admin's table layout: hidden columns, column order and widths. Kept per browser. */
export const tableSettings = z.object({
  columnVisibility: z.catch(z.record(z.string(), z.boolean()), {}),
  columnOrder: z.catch(z.array(z.string()), []),
  columnSizing: z.catch(z.record(z.string(), z.number().check(z.minimum(40), z.maximum(2000))), {}),
})
export type TableSettings = z.infer<typeof tableSettings>

export const defaultTableSettings: TableSettings = { columnVisibility: {}, columnOrder: [], columnSizing: {} }

const STORAGE_KEY = `${STORED_KEY_PREFIX}table-settings:v1`

export function useTableSettings() {
  return useStoredState(STORAGE_KEY, tableSettings, defaultTableSettings)
}
