import type { UseMutationResult } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { failureReason } from '../lib/save-failure'
import { ConfirmDialog } from './confirm-dialog'
import type { LifecycleDialogProps } from './lifecycle-dialog'
import { toast } from './toaster'

interface KeyChangeDialogProps<Key extends { name: string }> extends LifecycleDialogProps {
  apiKey: Key
  /** The change, confirmed: it owns the cache invalidation and settles once the list is current. */
  change: UseMutationResult<void, Error, Key>
  title: string
  /** The question, naming the key. */
  question: ReactNode
  confirmLabel: string
  /** What the toast says happened: "deleted", "unlocked". */
  done: string
  /** What the toast says when it failed, after "API key <name>": "was not <done>" unless given. */
  notDone?: string
  tone?: 'primary' | 'danger'
  /** After the change is made, before the dialog closes. */
  onDone?: () => void
}

/** Confirms one change to one key, makes it, and says how it went; a failure keeps the dialog for a retry. */
export function KeyChangeDialog<Key extends { name: string }>({ apiKey, change, title, question, confirmLabel, done, notDone = `was not ${done}`, tone, onDone, onClose, returnFocus }: KeyChangeDialogProps<Key>) {
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
          onError: (error) => toast.error(`API key ${apiKey.name} ${notDone}: ${failureReason(error)}`),
        })
      }
    />
  )
}

type DeleteKeyDialogProps<Key extends { name: string }> = Omit<KeyChangeDialogProps<Key>, 'title' | 'question' | 'confirmLabel' | 'done' | 'notDone' | 'tone'> & {
  /** What stops working with the key, after "Delete the API key <name>?". */
  consequence: string
}

/** Every product's "Delete API Key": the question naming the key and what stops working, and "Delete". */
export function DeleteKeyDialog<Key extends { name: string }>({ consequence, ...props }: DeleteKeyDialogProps<Key>) {
  return (
    <KeyChangeDialog
      {...props}
      title="Delete API Key"
      question={
        <>
          Delete the API key <strong>{props.apiKey.name}</strong>? {consequence}
        </>
      }
      confirmLabel="Delete"
      done="deleted"
      tone="danger"
    />
  )
}
