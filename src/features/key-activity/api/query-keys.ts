import type { ActivityProduct } from '../../../contract/activity'

/** Whose keys: the product, the customer and (ZPA) the microtenant. */
export interface KeyActivityScope {
  product: ActivityProduct
  customerId: string
  microtenantId?: string
}

export const keyActivityKeys = {
  all: ['keyActivity'] as const,
  key: (scope: KeyActivityScope, keyId: string) => [...keyActivityKeys.all, scope, keyId] as const,
}
