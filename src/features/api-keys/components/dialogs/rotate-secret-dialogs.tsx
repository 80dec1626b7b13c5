import { EndGraceDialog } from '../../../../components/end-grace-dialog'
import type { LifecycleDialogProps } from '../../../../components/lifecycle-dialog'
import { RotateSecretDialog } from '../../../../components/rotate-secret-dialog'
import type { ApiKey } from '../../../../contract/api-key'
import { useEndGracePeriod, useRotateSecret } from '../../api/rotate-secret'
import { useTenantScope } from '../../tenant-scope'

export function RotateApiKeySecretDialog({ apiKey, ...dialog }: LifecycleDialogProps & { apiKey: ApiKey }) {
  const rotate = useRotateSecret(useTenantScope())
  return <RotateSecretDialog {...dialog} keyName={apiKey.name} previousSecretValidUntil={apiKey.previousSecretValidUntil} rotate={(grace) => rotate(apiKey, grace)} />
}

export function EndApiKeyGraceDialog({ apiKey, ...dialog }: LifecycleDialogProps & { apiKey: ApiKey }) {
  return <EndGraceDialog {...dialog} apiKey={apiKey} change={useEndGracePeriod(useTenantScope())} />
}
