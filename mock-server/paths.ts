/** Paths the mock answers itself; everything else may be the page (static files, SPA fallback). */
export const API_PATH = /^\/(mgmtconfig|zcc|papi|zdx|v1|portal|__mock|signin|signout|openapi\.json)(\/|$)/

export const isApiPath = (path: string): boolean => API_PATH.test(path)

export const CUSTOMER_BASE = '/mgmtconfig/v1/admin/customers/:customerId'

/** The Client Connector page's management calls (the mock's own: SPEC §4). */
export const ZCC_CUSTOMER_BASE = '/zcc/v1/admin/customers/:customerId'

/** The Digital Experience page's management calls (the mock's own: SPEC §4). */
export const ZDX_CUSTOMER_BASE = '/zdx/v1/admin/customers/:customerId'
