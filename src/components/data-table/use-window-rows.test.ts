import { describe, expect, it } from 'vitest'
import { visibleRowWindow } from './use-window-rows'

const base = { count: 500, rowHeight: 40, viewportHeight: 800, overscan: 10 }

describe('visibleRowWindow', () => {
  it('draws the rows from the top of the body to the bottom of the viewport, plus the overscan below', () => {
    // Body starts 200 px down: 600 px of it are in view, 15 rows.
    expect(visibleRowWindow({ ...base, bodyTop: 200 })).toEqual({ start: 0, end: 25, before: 0, after: 475 * 40 })
  })

  it('scrolled into the middle: the overscan on both sides, and the room of the rows left out', () => {
    // Row 100 sits at the top of the viewport; 20 rows fill it.
    expect(visibleRowWindow({ ...base, bodyTop: -4000 })).toEqual({ start: 90, end: 130, before: 90 * 40, after: 370 * 40 })
  })

  it('scrolled to the end: stops at the last row, with no room kept below', () => {
    const window = visibleRowWindow({ ...base, bodyTop: -(500 * 40 - 300) })
    expect(window.end).toBe(500)
    expect(window.after).toBe(0)
    expect(window.start).toBe(500 - 8 - 10)
  })

  it('a body below the viewport or an empty page draws nothing and keeps all the room', () => {
    expect(visibleRowWindow({ ...base, bodyTop: 2000 })).toEqual({ start: 0, end: 0, before: 0, after: 500 * 40 })
    expect(visibleRowWindow({ ...base, count: 0, bodyTop: 0 })).toEqual({ start: 0, end: 0, before: 0, after: 0 })
  })
})
