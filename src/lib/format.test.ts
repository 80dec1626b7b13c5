import { expect, test } from 'vitest'
import { formatRange } from './format'

test.each([
  [0, 20, 37, '1–20 of 37'],
  [1, 20, 37, '21–37 of 37'],
  [0, 50, 37, '1–37 of 37'],
  [0, 20, 0, '0 of 0'],
])('page %i of size %i over %i rows reads %s', (pageIndex, pageSize, total, text) => {
  expect(formatRange(pageIndex, pageSize, total)).toBe(text)
})
