import { describe, expect, test } from 'vitest'
import { ApiError, NetworkError } from './api-client'
import { DUPLICATE_NAME_MESSAGE, explainSaveFailure as explainFailure, failureReason } from './save-failure'

const explainSaveFailure = (error: unknown) => explainFailure(error, ['name', 'enabled', 'tokenExpiryTimeInSec', 'roleId'])

const apiError = (status: number, reason: string, params?: string[]) =>
  new ApiError(status, { id: 'some.error', reason, ...(params ? { params } : {}) })

describe('explainSaveFailure', () => {
  test('a 409 is about the name', () => {
    expect(explainSaveFailure(apiError(409, "An API key named 'x' already exists", ['name']))).toEqual({
      fields: { name: DUPLICATE_NAME_MESSAGE },
      message: null,
    })
  })

  test("a 400 puts each of its params' messages at that field", () => {
    const error = apiError(400, 'name: Name must be at most 50 characters; tokenExpiryTimeInSec: Must be at least 30 seconds', [
      'name',
      'tokenExpiryTimeInSec',
    ])
    expect(explainSaveFailure(error)).toEqual({
      fields: { name: 'Name must be at most 50 characters', tokenExpiryTimeInSec: 'Must be at least 30 seconds' },
      message: null,
    })
  })

  test('a 400 about one field alone gives that field its whole reason', () => {
    expect(explainSaveFailure(apiError(400, 'There is no role 999', ['roleId'])).fields).toEqual({ roleId: 'There is no role 999' })
  })

  test('a 400 naming no field of the form stays a message for the whole form', () => {
    expect(explainSaveFailure(apiError(400, 'There is no microtenant 5', ['microtenantId']))).toEqual({
      fields: {},
      message: 'There is no microtenant 5',
    })
  })

  test('an outage or a lost connection says what happened and that a retry may work', () => {
    expect(explainSaveFailure(apiError(503, 'The service is briefly unavailable')).message).toBe(
      'The server could not do it right now (503: The service is briefly unavailable). Try again.',
    )
    expect(explainSaveFailure(new NetworkError(new TypeError('Failed to fetch'))).message).toMatch(/could not be reached/)
  })
})

test('failureReason uses the API reason for refusals', () => {
  expect(failureReason(apiError(403, "API key 'zidentity-scim' is managed in ZIdentity and cannot be changed here"))).toMatch(/ZIdentity/)
})
