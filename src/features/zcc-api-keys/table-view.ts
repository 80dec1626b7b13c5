import { nameFilteredView } from '../../components/data-table/name-filtered-view'
import { zccApiKeySortFields } from '../../contract/zcc-api-key'

/** The page's URL keys: page, rows per page, sort, and the Name filter. */
export const zccTableView = nameFilteredView(zccApiKeySortFields)
