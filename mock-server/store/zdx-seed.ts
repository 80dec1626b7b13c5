/**
 * The Digital Experience part of a seeded tenant: the ZDX admin roles, and 10 API keys across them. Deterministic
 * like seed.ts, from generators of its own (the ZPA and ZCC keys of a customer are the same as before ZDX existed).
 * A seeded key's secret is derived from the data folder's secret key (SecretBox.derivedSecret), so View shows the
 * same secret after a restart or a reset, and no one without the folder knows it. The `empty` preset has no keys.
 */
import type { TenantPreset } from '../../src/contract/mock-control'
import { seededId } from './ids'
import { KeySpace, toStoredZdxKey, zdxSecretContext, type StoredZdxKey, type StoredZdxRole, type ZdxTenantData } from './model'
import type { SecretBox } from './secret-box'
import { DEMO_ADMIN, SEED_BASE_TIME, seededRandom } from './seed-base'

const YEAR = 365 * 24 * 3600

/** The roles every tenant's ZDX has, with the same ids everywhere; ZDX's predefined admin roles first. */
export const ZDX_ROLES: readonly StoredZdxRole[] = [
  { id: '50001', name: 'Super Admin', description: 'Predefined: full access to every ZDX module, API included', readOnly: false },
  { id: '50002', name: 'Read Only Admin', description: 'Predefined: may view every ZDX module, change nothing', readOnly: true },
  { id: '50003', name: 'Help Desk Admin', description: 'Troubleshoots users and devices: deep tracing, alerts', readOnly: false },
  { id: '50004', name: 'Network Operations Admin', description: 'Manages applications, probes and alert rules', readOnly: false },
]
export const ZDX_SUPER_ADMIN_ROLE_ID = '50001'
export const ZDX_READ_ONLY_ROLE_ID = '50002'

/** Name, role, creator. */
const SEEDED_KEYS: readonly (readonly [string, string, string])[] = [
  ['splunk-zdx-metrics', '50002', DEMO_ADMIN.name],
  ['servicenow-incidents', '50003', DEMO_ADMIN.name],
  ['datadog-experience-scores', '50002', 'jane.doe@acme.example'],
  ['powerbi-reports', '50002', 'jane.doe@acme.example'],
  ['noc-automation', '50004', 'raj.patel@acme.example'],
  ['deep-trace-runner', '50003', 'raj.patel@acme.example'],
  ['terraform-zdx', '50001', DEMO_ADMIN.name],
  ['grafana-dashboards', '50002', 'li.wei@acme.example'],
  ['alert-webhook-sync', '50004', 'li.wei@acme.example'],
  ['audit-export', '50002', DEMO_ADMIN.name],
]

export function seedZdx(customerId: string, preset: TenantPreset, secrets: SecretBox): ZdxTenantData {
  const keys = new KeySpace<StoredZdxKey>()
  if (preset !== 'empty') {
    const ids = seededRandom(`zdx-ids:${customerId}`)
    const attributes = seededRandom(`zdx-keys:${preset}`)
    for (const [name, roleId, createdBy] of SEEDED_KEYS) {
      let id = seededId(ids)
      while (keys.keys.has(id)) id = seededId(ids)
      const creation = SEED_BASE_TIME - Math.floor(attributes() * 2 * YEAR)
      const modified = creation + Math.floor(attributes() * (SEED_BASE_TIME - creation))
      const context = zdxSecretContext(customerId, id)
      keys.put(
        toStoredZdxKey({
          api: {
            id,
            name,
            roleId,
            roleName: ZDX_ROLES.find((role) => role.id === roleId)!.name,
            createdBy,
            creationTime: String(creation),
            modifiedTime: String(modified),
            modifiedBy: DEMO_ADMIN.id,
            customerId,
          },
          secret: secrets.seal(secrets.derivedSecret(`seed:${context}`), context),
        }),
      )
    }
  }
  return { roles: ZDX_ROLES, keys, changedKeys: new Set() }
}
