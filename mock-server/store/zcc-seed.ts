/**
 * The Client Connector part of a seeded tenant: 12 API keys (a mix of Read and Write, two disabled) and 60 enrolled
 * devices across Windows, macOS, iOS, Android and Linux. Deterministic like seed.ts, from generators of their own,
 * so the ZPA keys of a customer are the same as before ZCC existed. The `empty` preset has neither.
 */
import type { TenantPreset } from '../../src/contract/mock-control'
import type { ZccRole } from '../../src/contract/zcc-api-key'
import { zccOsTypes, type ZccOsName } from '../../src/contract/zcc-devices'
import { clientIdFor, seededId, seededUuid } from './ids'
import { KeySpace, toStoredZccKey, type SeededZccDevice, type StoredZccKey, type ZccTenantData } from './model'
import { unknowableSecret } from './secrets'
import { CUSTOMER_NAME, DEMO_ADMIN, SEED_BASE_TIME, seededRandom } from './seed-base'

const YEAR = 365 * 24 * 3600

/** Name, role, enabled: names are letters and digits only (seed 004's rule). */
const SEEDED_KEYS: readonly (readonly [string, ZccRole, boolean])[] = [
  ['IntuneSync', 'WRITE', true],
  ['JamfConnector', 'WRITE', true],
  ['SplunkDevices', 'READ', true],
  ['ServiceNowCmdb', 'READ', true],
  ['TerraformZcc', 'WRITE', true],
  ['WorkspaceOne', 'WRITE', true],
  ['SiemExport', 'READ', true],
  ['HelpdeskTools', 'READ', true],
  ['AssetInventory', 'READ', true],
  ['ComplianceAudit', 'READ', true],
  ['KandjiSync', 'WRITE', false],
  ['LegacyScripts', 'READ', false],
]
const VALIDITY_CHOICES = ['3600', '3600', '3600', '1800', '7200', '86400', '900', '43200', '604800']

export const ZCC_SEEDED_USERS = [
  'alice', 'bob', 'carol', 'dave', 'erin', 'frank', 'grace', 'heidi', 'ivan', 'judy', 'mallory', 'niaj', 'olivia', 'peggy', 'rupert', 'sybil',
].map((name) => `${name}@acme.example`)

/** How many of the 60 devices run each system (index order: the first 22 are Windows, …). */
const OS_MIX: readonly (readonly [ZccOsName, number])[] = [
  ['windows', 22],
  ['macos', 16],
  ['ios', 9],
  ['android', 8],
  ['linux', 5],
]

type OsProfile = {
  versions: readonly string[]
  manufacturers: readonly string[]
  models: readonly string[]
  agent: string
  arch: string
  host: (user: string, n: number) => string
}
const OS_PROFILES: Record<ZccOsName, OsProfile> = {
  windows: {
    versions: ['Microsoft Windows 11 Enterprise;64 bit;amd64', 'Microsoft Windows 10 Enterprise;64 bit;amd64'],
    manufacturers: ['Dell Inc.', 'LENOVO', 'HP'],
    models: ['Latitude 7440', 'ThinkPad T14 Gen 4', 'EliteBook 840 G10'],
    agent: '4.4.0.335',
    arch: 'x64',
    host: (_user, n) => `ACME-WIN-${String(n).padStart(4, '0')}`,
  },
  macos: {
    versions: ['Version 14.5 (Build 23F79)', 'Version 15.1 (Build 24B83)'],
    manufacturers: ['Apple Inc.'],
    models: ['MacBookPro18,3', 'Mac15,3'],
    agent: '4.3.0.202',
    arch: 'arm64',
    host: (user) => `${user}-mbp`,
  },
  ios: { versions: ['17.5.1', '18.1'], manufacturers: ['Apple Inc.'], models: ['iPhone15,2', 'iPhone16,1'], agent: '1.12.0', arch: 'arm64', host: (user) => `${user}-iphone` },
  android: {
    versions: ['14', '13'],
    manufacturers: ['samsung', 'Google'],
    models: ['SM-S918B', 'Pixel 8'],
    agent: '1.11.2',
    arch: 'arm64-v8a',
    host: (user) => `${user}-android`,
  },
  linux: {
    versions: ['Ubuntu 22.04.4 LTS', 'Red Hat Enterprise Linux 9.4'],
    manufacturers: ['Dell Inc.', 'LENOVO'],
    models: ['Precision 5680', 'ThinkPad P16s'],
    agent: '3.7.1.14',
    arch: 'x64',
    host: (_user, n) => `acme-lnx-${String(n).padStart(3, '0')}`,
  },
}

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]
const hex = (random: () => number, length: number) =>
  Array.from({ length }, () => Math.floor(random() * 16).toString(16)).join('').toUpperCase()

export function seedZcc(customerId: string, preset: TenantPreset): ZccTenantData {
  const keys = new KeySpace<StoredZccKey>()
  const devices: SeededZccDevice[] = preset === 'empty' ? [] : seededDevices(preset)
  if (preset !== 'empty') {
    const ids = seededRandom(`zcc-ids:${customerId}`)
    const attributes = seededRandom(`zcc-keys:${preset}`)
    for (const [name, role, enabled] of SEEDED_KEYS) {
      let id = seededId(ids)
      while (keys.keys.has(id)) id = seededId(ids)
      const creation = SEED_BASE_TIME - Math.floor(attributes() * 2 * YEAR)
      const modified = creation + Math.floor(attributes() * (SEED_BASE_TIME - creation))
      keys.put(
        toStoredZccKey({
          api: {
            id,
            name,
            clientId: clientIdFor(id, seededUuid(ids)),
            enabled,
            role,
            tokenExpiryTimeInSec: pick(attributes, VALIDITY_CHOICES),
            creationTime: String(creation),
            modifiedTime: String(modified),
            modifiedBy: DEMO_ADMIN.id,
            customerId,
          },
          secret: unknowableSecret(ids),
        }),
      )
    }
  }
  return {
    keys,
    devices,
    deviceByUdid: new Map(devices.map((seeded) => [seeded.device.udid, seeded])),
    removedDevices: new Set(),
    changedKeys: new Set(),
  }
}

function seededDevices(preset: TenantPreset): SeededZccDevice[] {
  const random = seededRandom(`zcc-devices:${preset}`)
  const devices: SeededZccDevice[] = []
  const perOs = new Map<ZccOsName, number>()
  for (const [os, count] of OS_MIX) {
    for (let i = 0; i < count; i++) {
      const n = (perOs.get(os) ?? 0) + 1
      perOs.set(os, n)
      // Users take devices in turn, so each has three or four, on different systems.
      const user = ZCC_SEEDED_USERS[devices.length % ZCC_SEEDED_USERS.length]
      devices.push(seededDevice(random, os, n, user))
    }
  }
  return devices
}

function seededDevice(random: () => number, os: ZccOsName, n: number, user: string): SeededZccDevice {
  const profile = OS_PROFILES[os]
  const local = user.split('@')[0]
  const udid = `${seededUuid(random).toUpperCase()}:${hex(random, 40)}`
  const registered = SEED_BASE_TIME - Math.floor(random() * YEAR)
  const lastSeen = registered + Math.floor(random() * (SEED_BASE_TIME - registered))
  const configDownload = lastSeen - Math.floor(random() * 3600)
  const mac = Array.from({ length: 6 }, () => hex(random, 2)).join(':')
  const osVersion = pick(random, profile.versions)
  const manufacturer = pick(random, profile.manufacturers)
  const model = pick(random, profile.models)
  const hostname = profile.host(local, n)
  const policyName = os === 'ios' || os === 'android' ? 'Mobile Default' : 'Corporate Laptops'
  const fingerprint = hex(random, 32)
  const upmVersion = os === 'windows' || os === 'macos' ? '4.2.0.91' : ''
  const tunnelVersion = 'Z-Tunnel 2.0'
  const downloads = 1 + Math.floor(random() * 40)
  return {
    device: {
      agentVersion: profile.agent,
      companyName: CUSTOMER_NAME,
      config_download_time: String(configDownload),
      deregistrationTimestamp: '0',
      detail: '',
      download_count: downloads,
      hardwareFingerprint: fingerprint,
      keepAliveTime: String(lastSeen),
      last_seen_time: String(lastSeen),
      macAddress: mac,
      machineHostname: hostname,
      manufacturer,
      osVersion,
      owner: user,
      policyName,
      registrationState: 'Registered',
      registration_time: String(registered),
      state: 1,
      tunnelVersion,
      type: zccOsTypes[os],
      udid,
      upmVersion,
      user,
      vpnState: 0,
      zappArch: profile.arch,
    },
    details: {
      agent_version: profile.agent,
      carrier: os === 'ios' || os === 'android' ? pick(random, ['Verizon', 'T-Mobile', 'AT&T']) : '',
      config_download_time: String(configDownload),
      deregistration_time: '0',
      devicePolicyName: policyName,
      device_locale: 'en_US',
      download_count: downloads,
      external_model: model,
      hardwareFingerprint: fingerprint,
      keep_alive_time: String(lastSeen),
      last_seen_time: String(lastSeen),
      mac_address: mac,
      machineHostname: hostname,
      manufacturer,
      os_version: osVersion,
      owner: user,
      registration_time: String(registered),
      rooted: 0,
      state: 'Registered',
      tunnelVersion,
      type: String(zccOsTypes[os]),
      unique_id: udid,
      upmVersion,
      user_name: user,
      zadVersion: '',
      zappArch: profile.arch,
    },
  }
}
