import type { QueryClient, QueryKey, UseQueryOptions } from '@tanstack/react-query'
import type { NameFilteredView } from '../components/data-table/name-filtered-view'
import { settleView } from '../components/data-table/table-view'
import type { PreferencePage } from '../contract/preferences'
import { DEFAULT_MICROTENANT_ID } from '../contract/primitives'
import type { ListParams } from '../lib/list-params'
import { preferencesQueryOptions } from '../features/preferences/api/get-preferences'
import { sessionQueryOptions } from '../features/session/api/get-session'

interface NameFilteredPage<Field extends string, Data, Key extends QueryKey> {
  preferencesPage: PreferencePage
  tableView: NameFilteredView<Field>
  /** The feature's list request, as its table asks it. */
  listQuery: (scope: { customerId: string }, params: ListParams<Field>) => UseQueryOptions<Data, Error, Data, Key>
}

/**
 * `loadFirstView` of a page without microtenants whose table has the one Name filter (Client Connector, Digital
 * Experience): the session, the admin's preferences for the page (kept under Default), the view's page of keys.
 */
export async function loadNameFilteredFirstView<Field extends string, Data, Key extends QueryKey>(queryClient: QueryClient, search: string, page: NameFilteredPage<Field, Data, Key>): Promise<void> {
  const session = await queryClient.fetchQuery(sessionQueryOptions())
  const preferences = await queryClient
    .fetchQuery(preferencesQueryOptions({ page: page.preferencesPage, microtenantId: DEFAULT_MICROTENANT_ID }))
    .catch(() => undefined)
  const view = settleView(page.tableView.load(search), preferences?.pageSize)
  await queryClient.prefetchQuery(page.listQuery({ customerId: session.customerId }, page.tableView.listParams(view)))
}
