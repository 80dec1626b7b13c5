import { act, renderHook } from '@testing-library/react'
import { beforeEach, expect, test } from 'vitest'
import * as z from 'zod/mini'
import { useStoredState } from './stored-state'

const schema = z.object({ count: z.number() })
const fallback = { count: 0 }

beforeEach(() => localStorage.clear())

test('reads, writes and shares a value through localStorage', () => {
  const first = renderHook(() => useStoredState('k', schema, fallback))
  const second = renderHook(() => useStoredState('k', schema, fallback))
  expect(first.result.current[0]).toEqual({ count: 0 })
  act(() => first.result.current[1]((c) => ({ count: c.count + 2 })))
  expect(JSON.parse(localStorage.getItem('k')!)).toEqual({ count: 2 })
  expect(second.result.current[0]).toEqual({ count: 2 })
})

test.each([['{broken'], [JSON.stringify({ count: 'three' })], [JSON.stringify([1, 2])]])('falls back on corrupt data %s', (raw) => {
  localStorage.setItem('k', raw)
  const { result } = renderHook(() => useStoredState('k', schema, fallback))
  expect(result.current[0]).toEqual({ count: 0 })
})
