/**
 * The `search` grammar of the list endpoint: one or more `field OP value` terms joined by `AND`,
 * with spaces or `+` between the parts. A value with spaces may be written bare (its words are
 * joined by one space) or in double quotes (`\"` and `\\` escape inside them).
 */

export const searchOperators = ['EQ', 'NQ', 'LIKE', 'CONTAINS', 'STARTSWITH', 'ENDSWITH', 'GT', 'LT', 'GE', 'LE'] as const
export type SearchOperator = (typeof searchOperators)[number]

/** Other spellings the API accepts: the official SDKs send `NE` for not-equal. They parse to the operator. */
export const searchOperatorSpellings: Readonly<Record<string, SearchOperator>> = { NE: 'NQ' }

/** Searchable fields and the kind of value each takes. */
export const searchFields = {
  name: 'string',
  clientId: 'string',
  enabled: 'boolean',
  roleId: 'number',
  isLocked: 'boolean',
  readOnly: 'boolean',
  tokenExpiryTimeInSec: 'number',
  creationTime: 'number',
} as const
export type SearchField = keyof typeof searchFields
type SearchFieldKind = (typeof searchFields)[SearchField]

/** The operators each kind of field takes; the text ones (LIKE, CONTAINS, STARTSWITH, ENDSWITH) ignore case. */
export const searchOperatorsByKind = {
  string: ['EQ', 'NQ', 'LIKE', 'CONTAINS', 'STARTSWITH', 'ENDSWITH'],
  boolean: ['EQ', 'NQ'],
  number: ['EQ', 'NQ', 'GT', 'LT', 'GE', 'LE'],
} as const satisfies Record<SearchFieldKind, readonly SearchOperator[]>
type OperatorFor<K extends SearchFieldKind> = (typeof searchOperatorsByKind)[K][number]
export type TextSearchOperator = Exclude<OperatorFor<'string'>, OperatorFor<'number'>>
export type OrderSearchOperator = OperatorFor<'number'>

export type SearchTerm =
  | { field: 'name' | 'clientId'; op: OperatorFor<'string'>; value: string }
  | { field: 'enabled' | 'isLocked' | 'readOnly'; op: OperatorFor<'boolean'>; value: boolean }
  /** Numbers stay decimal strings: roleId is an int64. */
  | { field: 'roleId' | 'tokenExpiryTimeInSec' | 'creationTime'; op: OperatorFor<'number'>; value: string }

export type SearchParseResult = { ok: true; terms: SearchTerm[] } | { ok: false; reason: string }

type Token = { text: string; quoted: boolean }

function tokenize(input: string): Token[] | string {
  const tokens: Token[] = []
  let i = 0
  while (i < input.length) {
    const ch = input[i]
    if (ch === ' ' || ch === '+' || ch === '\t') {
      i++
      continue
    }
    if (ch === '"') {
      let text = ''
      i++
      for (;;) {
        if (i >= input.length) return 'an opening quote has no closing quote'
        const c = input[i]
        if (c === '\\' && i + 1 < input.length) {
          text += input[i + 1]
          i += 2
        } else if (c === '"') {
          i++
          break
        } else {
          text += c
          i++
        }
      }
      tokens.push({ text, quoted: true })
      continue
    }
    let text = ''
    while (i < input.length && !' +\t"'.includes(input[i])) text += input[i++]
    tokens.push({ text, quoted: false })
  }
  return tokens
}

/** The operator a bare token spells, if any. */
function operatorOf(t: Token): SearchOperator | undefined {
  if (t.quoted) return undefined
  if ((searchOperators as readonly string[]).includes(t.text)) return t.text as SearchOperator
  return Object.hasOwn(searchOperatorSpellings, t.text) ? searchOperatorSpellings[t.text] : undefined
}
const isField = (t: Token): t is Token & { text: SearchField } => !t.quoted && Object.hasOwn(searchFields, t.text)
const isAnd = (t: Token) => !t.quoted && t.text === 'AND'

export function parseSearch(input: string): SearchParseResult {
  const tokens = tokenize(input.trim())
  if (typeof tokens === 'string') return { ok: false, reason: tokens }
  if (tokens.length === 0) return { ok: true, terms: [] }
  const terms: SearchTerm[] = []
  let i = 0
  while (i < tokens.length) {
    const field = tokens[i]
    if (!field || !isField(field)) return { ok: false, reason: `'${field?.text ?? ''}' is not a searchable field` }
    const op = tokens[i + 1] && operatorOf(tokens[i + 1])
    if (!op) return { ok: false, reason: `'${field.text}' must be followed by an operator` }
    i += 2
    const words: Token[] = []
    while (i < tokens.length && !isAnd(tokens[i])) words.push(tokens[i++])
    if (words.length === 0) return { ok: false, reason: `'${field.text} ${op}' has no value` }
    if (words.length > 1 && words.some((w) => w.quoted)) return { ok: false, reason: 'a quoted value must stand alone' }
    const raw = words.map((w) => w.text).join(' ')
    const term = toTerm(field.text, op, raw)
    if (typeof term === 'string') return { ok: false, reason: term }
    terms.push(term)
    if (i < tokens.length) {
      i++ // AND
      if (i >= tokens.length) return { ok: false, reason: 'AND must be followed by a term' }
    }
  }
  return { ok: true, terms }
}

const takes = <K extends SearchFieldKind>(kind: K, op: SearchOperator): op is OperatorFor<K> =>
  (searchOperatorsByKind[kind] as readonly SearchOperator[]).includes(op)

function toTerm(field: SearchField, op: SearchOperator, raw: string): SearchTerm | string {
  const kind = searchFields[field]
  if (kind === 'string') {
    if (!takes('string', op)) return `${op} cannot be used with ${field}`
    return { field: field as 'name' | 'clientId', op, value: raw }
  }
  if (kind === 'boolean') {
    if (!takes('boolean', op)) return `${op} cannot be used with ${field}`
    const lower = raw.toLowerCase()
    if (lower !== 'true' && lower !== 'false') return `${field} takes true or false`
    return { field: field as 'enabled' | 'isLocked' | 'readOnly', op, value: lower === 'true' }
  }
  if (!takes('number', op)) return `${op} cannot be used with ${field}`
  if (!/^\d{1,19}$/.test(raw)) return `${field} takes a whole number`
  return { field: field as 'roleId' | 'tokenExpiryTimeInSec' | 'creationTime', op, value: raw.replace(/^0+(?=\d)/, '') }
}

function formatValue(value: string | boolean): string {
  const text = String(value)
  if (text !== '' && !/[\s+"\\]/.test(text) && text !== 'AND') return text
  return `"${text.replace(/["\\]/g, (c) => `\\${c}`)}"`
}

/** Writes terms back as a `search` string that `parseSearch` reads to the same terms; operators in their own spelling (NQ, not NE). */
export function formatSearch(terms: readonly SearchTerm[]): string {
  return terms.map((t) => `${t.field} ${t.op} ${formatValue(t.value)}`).join(' AND ')
}
