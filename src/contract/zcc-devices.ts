/**
 * The ZCC public API's devices (what a ZCC key is for), at the server root under `/papi/public/v1`, called with the
 * header `auth-token: <jwtToken>`. Field names and types are those of the official SDKs: zscaler-sdk-go
 * zscaler/zcc/services/devices/devices.go (`GetDevices`, `DeviceDetails`) and remove_devices/zcc_remove_devices.go
 * (`RemoveDevicesRequest`, `RemoveDevicesResponse`); zscaler-sdk-python zscaler/zcc/models/devices.py models the
 * same names. Their mixed camelCase and snake_case is the real API's. Times are epoch seconds as decimal strings.
 */
import * as z from 'zod/mini'
import { _default as withDefault } from 'zod/mini'
import { epochString } from './primitives'

/** `osType` / `type`: ZCC's numbers for the operating systems (the SDKs' `zcc_param_map.os`). */
export const zccOsTypes = { ios: 1, android: 2, windows: 3, macos: 4, linux: 5 } as const
export type ZccOsName = keyof typeof zccOsTypes

/** One device of GET /papi/public/v1/getDevices (a bare JSON array of them). */
export const zccDevice = z.object({
  agentVersion: z.string(),
  companyName: z.string(),
  config_download_time: epochString,
  /** "0" while registered. */
  deregistrationTimestamp: z.string(),
  detail: z.string(),
  download_count: z.number().check(z.int()),
  hardwareFingerprint: z.string(),
  keepAliveTime: epochString,
  last_seen_time: epochString,
  macAddress: z.string(),
  machineHostname: z.string(),
  manufacturer: z.string(),
  osVersion: z.string(),
  owner: z.string(),
  policyName: z.string(),
  registrationState: z.string(),
  registration_time: epochString,
  state: z.number().check(z.int()),
  tunnelVersion: z.string(),
  /** The operating system, as `zccOsTypes` numbers it. */
  type: z.number().check(z.int()),
  /** The device's unique id: what getDeviceDetails and removeDevices name it by. */
  udid: z.string(),
  upmVersion: z.string(),
  /** The enrolled user (an email address); getDevices' `username` filters on it. */
  user: z.string(),
  vpnState: z.number().check(z.int()),
  zappArch: z.string(),
})
export type ZccDevice = z.infer<typeof zccDevice>
export const zccDeviceList = z.array(zccDevice)

/**
 * GET /papi/public/v1/getDeviceDetails?udid=…: an array (the Go SDK reads a list; the Python one takes either) of
 * the matching devices' details; an unknown udid is 404.
 */
export const zccDeviceDetails = z.object({
  agent_version: z.string(),
  carrier: z.string(),
  config_download_time: epochString,
  deregistration_time: z.string(),
  devicePolicyName: z.string(),
  device_locale: z.string(),
  download_count: z.number().check(z.int()),
  external_model: z.string(),
  hardwareFingerprint: z.string(),
  keep_alive_time: epochString,
  last_seen_time: epochString,
  mac_address: z.string(),
  machineHostname: z.string(),
  manufacturer: z.string(),
  os_version: z.string(),
  owner: z.string(),
  registration_time: epochString,
  rooted: z.number().check(z.int()),
  state: z.string(),
  tunnelVersion: z.string(),
  type: z.string(),
  unique_id: z.string(),
  upmVersion: z.string(),
  user_name: z.string(),
  zadVersion: z.string(),
  zappArch: z.string(),
})
export type ZccDeviceDetails = z.infer<typeof zccDeviceDetails>
export const zccDeviceDetailsList = z.array(zccDeviceDetails)

export const ZCC_DEVICES_DEFAULT_PAGE_SIZE = 50
export const ZCC_DEVICES_MAX_PAGE_SIZE = 5000

const wholeNumber = (min: number, max: number) =>
  z.pipe(z.string().check(z.regex(/^\d{1,10}$/, 'must be a whole number')), z.pipe(z.transform(Number), z.number().check(z.int(), z.minimum(min), z.maximum(max))))

/** `osType`: ZCC's number (1 to 5) or the SDKs' name for it (ios, android, windows, macos, linux), any case. */
export const zccOsType = z.pipe(
  z.string().check(
    z.refine(
      (text) => /^[1-5]$/.test(text) || Object.hasOwn(zccOsTypes, text.toLowerCase()),
      'must be 1 to 5 or one of ios, android, windows, macos, linux',
    ),
  ),
  z.transform((text): number => (/^[1-5]$/.test(text) ? Number(text) : zccOsTypes[text.toLowerCase() as ZccOsName])),
)

/** Query string of getDevices: `page` (1-based, default 1), `pageSize` (1 to 5000, default 50), `username`, `osType`. */
export const zccGetDevicesQuery = z.object({
  page: withDefault(wholeNumber(1, 1_000_000_000), 1),
  pageSize: withDefault(wholeNumber(1, ZCC_DEVICES_MAX_PAGE_SIZE), ZCC_DEVICES_DEFAULT_PAGE_SIZE),
  username: z.optional(z.string().check(z.maxLength(320))),
  osType: z.optional(zccOsType),
})
export type ZccGetDevicesQuery = z.output<typeof zccGetDevicesQuery>

/** Query string of getDeviceDetails: the device's `udid` (required), and optionally its `username`. */
export const zccGetDeviceDetailsQuery = z.object({
  udid: z.string().check(z.minLength(1, 'is required'), z.maxLength(500)),
  username: z.optional(z.string().check(z.maxLength(320))),
})
export type ZccGetDeviceDetailsQuery = z.output<typeof zccGetDeviceDetailsQuery>

/**
 * Body of POST /papi/public/v1/removeDevices (a soft removal: the device leaves getDevices). The devices removed
 * are those matching every criterion given; at least one of `udids`, `userName`, `osType` is required, so that an
 * empty body removes nothing by accident. `clientConnectorVersion` narrows by agent version.
 */
export const zccRemoveDevicesInput = z
  .object({
    udids: z.optional(z.array(z.string().check(z.minLength(1), z.maxLength(500))).check(z.maxLength(ZCC_DEVICES_MAX_PAGE_SIZE))),
    userName: z.optional(z.string().check(z.minLength(1), z.maxLength(320))),
    osType: z.optional(z.union([z.number().check(z.int(), z.minimum(1), z.maximum(5)), zccOsType])),
    clientConnectorVersion: z.optional(z.array(z.string().check(z.maxLength(50))).check(z.maxLength(100))),
  })
  .check(
    z.refine((input) => input.udids !== undefined || input.userName !== undefined || input.osType !== undefined, {
      error: 'name the devices to remove: udids, userName or osType',
      path: ['udids'],
    }),
  )
export type ZccRemoveDevicesInput = z.input<typeof zccRemoveDevicesInput>
export type ZccRemoveDevicesValues = z.output<typeof zccRemoveDevicesInput>

export const zccRemoveDevicesResponse = z.object({
  devicesRemoved: z.number().check(z.int()),
  errorMsg: z.string(),
})
export type ZccRemoveDevicesResponse = z.infer<typeof zccRemoveDevicesResponse>
