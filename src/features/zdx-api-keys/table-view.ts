import { nameFilteredView } from '../../components/data-table/name-filtered-view'
import { zdxApiKeySortFields } from '../../contract/zdx-api-key'

/** The page's URL keys: page, rows per page, sort, and the Name filter. */
export const zdxTableView = nameFilteredView(zdxApiKeySortFields)
