import type { UseMutationResult } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { toast } from '../../../../components/toaster'
import type { ApiKey } from '../../../../contract/api-key'
import { ConfirmDialog } from '../../../../components/confirm-dialog'
import type { LifecycleDialogProps } from './lifecycle-dialog'
import { failureReason } from './save-failure'

interface KeyChangeDialogProps extends LifecycleDialogProps {
  apiKey: ApiKey
  /** The change, confirmed: it owns the cache invalidation and settles once the list is current. */
  change: UseMutationResult<void, Error, ApiKey>
  title: string
  /** The question, naming the key. */
  question: ReactNode
  confirmLabel: string
  /** What the toast says happened: "deleted", "unlocked". */
  done: string
  tone?: 'primary' | 'danger'
  /** After the change is made, before the dialog closes. */
  onDone?: () => void
}

/** Confirms one change to one key, makes it, and says how it went; a failure keeps the dialog for a retry. */
export function KeyChangeDialog({ apiKey, change, title, question, confirmLabel, done, tone, onDone, onClose, returnFocus }: KeyChangeDialogProps) {
  return (
    <ConfirmDialog
      title={title}
      description={question}
      confirmLabel={confirmLabel}
      tone={tone}
      pending={change.isPending}
      error={change.error && failureReason(change.error)}
      onCancel={onClose}
      onCloseAutoFocus={returnFocus}
      onConfirm={() =>
        change.mutate(apiKey, {
          onSuccess: () => {
            toast.success(`API key ${apiKey.name} ${done}`)
            onDone?.()
            onClose()
          },
          onError: (error) => toast.error(`API key ${apiKey.name} was not ${done}: ${failureReason(error)}`),
        })
      }
    />
  )
}
