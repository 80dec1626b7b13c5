/** `npm run docs:api`: writes the API's contract, as the server answers it at GET /openapi.json, to docs/openapi.json. */
import { writeFileSync } from 'node:fs'
import { openApiDocument } from '../mock-server/openapi'

export const OPENAPI_DOC_PATH = 'docs/openapi.json'
export const openApiText = () => `${JSON.stringify(openApiDocument({ control: true }), null, 2)}\n`

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(OPENAPI_DOC_PATH, openApiText())
  console.log(`wrote ${OPENAPI_DOC_PATH}`)
}
