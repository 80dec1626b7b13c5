import * as z from 'zod/mini'
import { _default as withDefault } from 'zod/mini'
import { PAGE_SIZES } from './api-key'

/**
 * The admin's preferences, kept by the server per customer, microtenant and page (SPEC §5), so that a later
 * session or another browser signed in as the same admin sees them, and the server renders the first view with
 * them. GET /portal/preferences/{page}?microtenantId= answers them (defaults when none were saved); PUT replaces
 * them whole (204 once durable).
 */

/**
 * The pages that keep preferences; each product's API keys page is one. ZCC and ZDX have no microtenants: their pages
 * keep them under the Default microtenant (`0`, the route's default when `microtenantId` is absent).
 */
export const preferencePages = ['zpa-api-keys', 'zcc-api-keys', 'zdx-api-keys'] as const
export type PreferencePage = (typeof preferencePages)[number]

/** Column layout: hidden columns, order and widths, by column id. */
export const tableSettings = z.object({
  columnVisibility: withDefault(z.record(z.string().check(z.maxLength(100)), z.boolean()), {}),
  columnOrder: withDefault(z.array(z.string().check(z.maxLength(100))).check(z.maxLength(50)), []),
  columnSizing: withDefault(z.record(z.string().check(z.maxLength(100)), z.number().check(z.int(), z.minimum(40), z.maximum(2000))), {}),
})
export type TableSettings = z.infer<typeof tableSettings>
export const defaultTableSettings: TableSettings = { columnVisibility: {}, columnOrder: [], columnSizing: {} }

/**
 * A named set of filters. `filters` maps a page's filter fields to their values: each page reads them with its
 * own filter schema (a field it does not know, or a value it refuses, is "any").
 */
export const savedFilter = z.object({
  id: z.string().check(z.regex(/^[\w-]{1,40}$/)),
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(60)),
  filters: z.record(z.string().check(z.maxLength(50)), z.string().check(z.maxLength(200))),
})
export type SavedFilter = z.infer<typeof savedFilter>

export const MAX_SAVED_FILTERS = 100

export const pagePreferences = z.object({
  savedFilters: withDefault(
    z.array(savedFilter).check(
      z.maxLength(MAX_SAVED_FILTERS),
      z.refine((filters) => new Set(filters.map((filter) => filter.id)).size === filters.length, 'Saved filter ids must be unique'),
    ),
    [],
  ),
  tableSettings: withDefault(tableSettings, defaultTableSettings),
  /** Rows per page when the URL names none (one of the page sizes every Legacy API page offers); absent, 20. */
  pageSize: z.optional(z.union(PAGE_SIZES.map((size) => z.literal(size)))),
})
export type PagePreferences = z.infer<typeof pagePreferences>
export const defaultPagePreferences: PagePreferences = { savedFilters: [], tableSettings: defaultTableSettings }

/** PUT /portal/time-zone: the browser tells the server the admin's IANA time zone (dates render in it). */
export const timeZoneInput = z.object({ timeZone: z.string().check(z.minLength(1), z.maxLength(64)) })
export type TimeZoneInput = z.infer<typeof timeZoneInput>

/** Whether a name is an IANA time zone this runtime knows (an unknown one is 400). */
export function isTimeZone(name: string): boolean {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone !== ''
  } catch {
    return false
  }
}
