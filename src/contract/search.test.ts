import { describe, expect, test } from 'vitest'
import { formatSearch, parseSearch, type SearchTerm } from './search'

describe('parseSearch', () => {
  test.each(['EQ', 'NQ', 'LIKE'] as const)('reads %s on a string field', (op) => {
    expect(parseSearch(`name ${op} prod`)).toEqual({ ok: true, terms: [{ field: 'name', op, value: 'prod' }] })
  })

  test.each(['GT', 'LT', 'GE', 'LE', 'EQ', 'NQ'] as const)('reads %s on a number field', (op) => {
    expect(parseSearch(`creationTime ${op} 1700000000`)).toEqual({
      ok: true,
      terms: [{ field: 'creationTime', op, value: '1700000000' }],
    })
  })

  test('joins terms with AND, separated by spaces or +', () => {
    const result = parseSearch('name+LIKE+dev AND enabled EQ true+AND+roleId EQ 216196257331281925')
    expect(result).toEqual({
      ok: true,
      terms: [
        { field: 'name', op: 'LIKE', value: 'dev' },
        { field: 'enabled', op: 'EQ', value: true },
        // An int64 stays the exact decimal string.
        { field: 'roleId', op: 'EQ', value: '216196257331281925' },
      ],
    })
  })

  test('joins the words of a bare value and keeps a quoted one whole', () => {
    expect(parseSearch('name EQ my  key')).toMatchObject({ ok: true, terms: [{ value: 'my key' }] })
    expect(parseSearch('name EQ "a AND b+c"')).toMatchObject({ ok: true, terms: [{ value: 'a AND b+c' }] })
  })

  test.each([
    ['a plain word', 'terraform'],
    ['an unknown field', 'secret EQ x'],
    ['a missing operator', 'name prod'],
    ['a missing value', 'name EQ'],
    ['a dangling AND', 'name EQ x AND'],
    ['LIKE on a number', 'creationTime LIKE 5'],
    ['GT on a string', 'name GT a'],
    ['a non-boolean flag', 'enabled EQ yes'],
    ['a non-numeric number', 'tokenExpiryTimeInSec GT soon'],
    ['an unclosed quote', 'name EQ "abc'],
  ])('rejects %s', (_label, input) => {
    expect(parseSearch(input).ok).toBe(false)
  })
})

describe('formatSearch', () => {
  test('writes what parseSearch reads back, quoting where needed', () => {
    const terms: SearchTerm[] = [
      { field: 'name', op: 'LIKE', value: 'prod "east" AND west' },
      { field: 'isLocked', op: 'EQ', value: false },
      { field: 'creationTime', op: 'GE', value: '1700000000' },
    ]
    const text = formatSearch(terms)
    expect(text).toBe('name LIKE "prod \\"east\\" AND west" AND isLocked EQ false AND creationTime GE 1700000000')
    expect(parseSearch(text)).toEqual({ ok: true, terms })
  })
})

describe('the operators the official SDKs send', () => {
  test.each(['CONTAINS', 'STARTSWITH', 'ENDSWITH'] as const)('reads %s on name and clientId, and writes it back as itself', (op) => {
    const terms: SearchTerm[] = [
      { field: 'name', op, value: 'terraform prod' },
      { field: 'clientId', op, value: 'MjE2MTk2' },
    ]
    const text = formatSearch(terms)
    expect(text).toBe(`name ${op} "terraform prod" AND clientId ${op} MjE2MTk2`)
    expect(parseSearch(text)).toEqual({ ok: true, terms })
    // zscaler-sdk-python sends the search as given, with + between the parts.
    expect(parseSearch(`name+${op}+terraform`)).toEqual({ ok: true, terms: [{ field: 'name', op, value: 'terraform' }] })
  })

  test('reads NE as NQ, and writes it as NQ', () => {
    const ne = parseSearch('enabled+NE+true AND name NE prod AND creationTime NE 1700000000')
    const nq = parseSearch('enabled+NQ+true AND name NQ prod AND creationTime NQ 1700000000')
    expect(ne).toEqual(nq)
    expect(ne).toEqual({
      ok: true,
      terms: [
        { field: 'enabled', op: 'NQ', value: true },
        { field: 'name', op: 'NQ', value: 'prod' },
        { field: 'creationTime', op: 'NQ', value: '1700000000' },
      ],
    })
    if (!ne.ok) throw new Error('NE did not parse')
    expect(formatSearch(ne.terms)).toBe('enabled NQ true AND name NQ prod AND creationTime NQ 1700000000')
  })

  test.each([
    ['CONTAINS', 'enabled', 'true'],
    ['STARTSWITH', 'isLocked', 'false'],
    ['ENDSWITH', 'readOnly', 'true'],
    ['CONTAINS', 'roleId', '28'],
    ['STARTSWITH', 'tokenExpiryTimeInSec', '36'],
    ['ENDSWITH', 'creationTime', '00'],
  ])('refuses %s on %s, a field that is not text', (op, field, value) => {
    expect(parseSearch(`${field}+${op}+${value}`)).toEqual({ ok: false, reason: `${op} cannot be used with ${field}` })
  })
})
