import type { UseMutationResult } from '@tanstack/react-query'
import { KeyChangeDialog } from './confirm-change-dialog'
import { DateTime } from './date-time'
import type { LifecycleDialogProps } from './lifecycle-dialog'

interface RotatedKey {
  name: string
  previousSecretValidUntil: string | null
}

/** "End Grace Period": the old secret of a rotated key stops signing in now rather than when its grace ends. */
export function EndGraceDialog<Key extends RotatedKey>({ apiKey, change, ...dialog }: LifecycleDialogProps & { apiKey: Key; change: UseMutationResult<void, Error, Key> }) {
  return (
    <KeyChangeDialog
      {...dialog}
      apiKey={apiKey}
      change={change}
      title="End Grace Period"
      question={
        <>
          The old secret of <strong>{apiKey.name}</strong> signs in until{' '}
          {apiKey.previousSecretValidUntil ? <DateTime epochSeconds={apiKey.previousSecretValidUntil} /> : 'its grace ends'}. End its grace
          now? Clients still using it stop signing in at once; the new secret is not affected.
        </>
      }
      confirmLabel="End Grace Now"
      done="signs in with its new secret only"
      notDone="still accepts its old secret"
      tone="danger"
    />
  )
}
