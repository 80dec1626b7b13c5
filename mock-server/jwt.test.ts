import { describe, expect, it } from 'vitest'
import { Hs256Jwt } from './jwt'

describe('Hs256Jwt', () => {
  const jwt = new Hs256Jwt()
  const token = jwt.sign({ sub: '1', exp: 2 })

  it('verifies its own tokens', () => {
    expect(token.split('.')).toHaveLength(3)
    expect(jwt.verifies(token)).toBe(true)
  })

  it('refuses another signer’s tokens, and anything cut, padded or without parts', () => {
    expect(jwt.verifies(new Hs256Jwt().sign({ sub: '1', exp: 2 }))).toBe(false)
    for (const other of [token.slice(0, -1), `${token}A`, `${token}.`, token.split('.').slice(0, 2).join('.'), '', 'no-dots']) {
      expect(jwt.verifies(other)).toBe(false)
    }
  })
})
