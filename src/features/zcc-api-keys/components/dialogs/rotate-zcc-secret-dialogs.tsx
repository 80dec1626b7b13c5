import { EndGraceDialog } from '../../../../components/end-grace-dialog'
import type { LifecycleDialogProps } from '../../../../components/lifecycle-dialog'
import { RotateSecretDialog } from '../../../../components/rotate-secret-dialog'
import type { ZccApiKey } from '../../../../contract/zcc-api-key'
import type { ZccScope } from '../../api/query-keys'
import { useEndZccGracePeriod, useRotateZccSecret } from '../../api/rotate-zcc-secret'

type Props = LifecycleDialogProps & { scope: ZccScope; apiKey: ZccApiKey }

/** Seed 004's secret window closes with "Cancel", after a rotation too. */
export function RotateZccSecretDialog({ scope, apiKey, ...dialog }: Props) {
  const rotate = useRotateZccSecret(scope)
  return <RotateSecretDialog {...dialog} keyName={apiKey.name} previousSecretValidUntil={apiKey.previousSecretValidUntil} closeLabel="Cancel" rotate={(grace) => rotate(apiKey, grace)} />
}

export function EndZccGraceDialog({ scope, apiKey, ...dialog }: Props) {
  return <EndGraceDialog {...dialog} apiKey={apiKey} change={useEndZccGracePeriod(scope)} />
}
