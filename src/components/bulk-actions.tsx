import { useQueryClient, type QueryClient } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'
import { ApiError } from '../lib/api-client'
import { runBulk, type BulkOutcome } from '../lib/bulk-run'
import type { RowSelection, SelectableRow } from './data-table/row-selection'
import { Dialog } from './dialog'
import { KEYS_TABLE_ID } from './skip-link'
import { useReturnFocus } from './use-return-focus'

/** One of the bar's actions: the single action's request, for each selected key it does not skip. */
export interface BulkAction<Row> {
  /** The button, and the confirmation's verb: "Disable". */
  label: string
  /** "Disabling", while it runs. */
  progressing: string
  /** "disabled", in the result. */
  past: string
  /** What it means for the clients, said in the confirmation. */
  consequence?: string
  danger?: boolean
  /** Why a key is left alone (read-only, already so), or null. */
  skip: (row: Row) => string | null
  send: (client: QueryClient, row: Row) => Promise<unknown>
  /** Its done keys are gone: they leave the selection. */
  removes?: boolean
}

/** A product's read-only keys, skipped by every action. */
type ReadOnlyReason<Row> = (row: Row) => string | null
const none = () => null

/** "Enable" and "Disable": a PUT of `enabled`, skipping keys already so. */
export const statusActions = <Row extends SelectableRow & { enabled: boolean }>(
  send: (client: QueryClient, row: Row, enabled: boolean) => Promise<unknown>,
  readOnly: ReadOnlyReason<Row> = none,
): BulkAction<Row>[] =>
  [true, false].map((enabled) => ({
    label: enabled ? 'Enable' : 'Disable',
    progressing: enabled ? 'Enabling' : 'Disabling',
    past: enabled ? 'enabled' : 'disabled',
    consequence: enabled ? undefined : 'A client using a disabled key cannot sign in until the key is enabled again.',
    skip: (row) => readOnly(row) ?? (row.enabled === enabled ? `Already ${enabled ? 'enabled' : 'disabled'}` : null),
    send: (client, row) => send(client, row, enabled),
  }))

/** "Delete": the key's DELETE. */
export const deleteAction = <Row extends SelectableRow>(send: (client: QueryClient, row: Row) => Promise<unknown>, readOnly: ReadOnlyReason<Row> = none): BulkAction<Row> => ({
  label: 'Delete',
  progressing: 'Deleting',
  past: 'deleted',
  consequence: 'A client using a deleted key stops working. This cannot be undone.',
  danger: true,
  skip: readOnly,
  // Already gone (deleted elsewhere, or from its row while selected) is what Delete wants: it leaves the selection too.
  send: (client, row) => send(client, row).catch((error: unknown) => {
    if (error instanceof ApiError && error.status === 404) return 'Already deleted'
    throw error
  }),
  removes: true,
})

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`

type Step<Row> =
  | { phase: 'confirm'; action: BulkAction<Row>; rows: Row[] }
  | { phase: 'running'; action: BulkAction<Row>; settled: number; total: number }
  | { phase: 'result'; action: BulkAction<Row>; outcomes: Map<Row, BulkOutcome> }

interface BulkActionsBarProps<Row extends SelectableRow> {
  selection: RowSelection<Row>
  actions: readonly BulkAction<Row>[]
  /** Once a run is over (not after each key): the list's and counts' invalidation. */
  onSettled: (client: QueryClient) => Promise<unknown>
}

const focusTable = () => document.getElementById(KEYS_TABLE_ID)

/**
 * The selection's bar above the table ("N selected", the actions, Clear Selection) and its one dialog: the
 * confirmation naming the keys and the skips, the progress, then what happened to each key, with Retry for the failed.
 */
export function BulkActionsBar<Row extends SelectableRow>({ selection, actions, onSettled }: BulkActionsBarProps<Row>) {
  const client = useQueryClient()
  const [step, setStep] = useState<Step<Row> | null>(null)
  const focus = useReturnFocus(focusTable)
  // Set before the first request leaves: a second click (or Enter) on Confirm or Retry sends nothing.
  const sending = useRef(false)
  const count = selection.selected.size
  // Written after the bar is drawn, into a live region already there: the first count is announced too.
  const status = useRef<HTMLParagraphElement>(null)
  useEffect(() => {
    if (status.current) status.current.textContent = `${count} selected`
  }, [count])

  const run = async (action: BulkAction<Row>, rows: readonly Row[], before?: Map<Row, BulkOutcome>) => {
    if (sending.current) return
    sending.current = true
    // runBulk reports 0 of its requests before the first leaves: the progress is drawn at once.
    const outcomes = await runBulk(rows, (row) => action.send(client, row), {
      skip: action.skip,
      onProgress: (settled, total) => setStep({ phase: 'running', action, settled, total }),
    })
    sending.current = false
    setStep({ phase: 'result', action, outcomes: new Map([...(before ?? []), ...outcomes]) })
    void onSettled(client)
  }

  // The deleted keys leave the selection once their result is closed: the bar (and the result in it) stays until then.
  const close = () => {
    if (step?.phase === 'result' && step.action.removes) selection.set([...step.outcomes].filter(([, outcome]) => outcome.status === 'done').map(([row]) => row), false)
    setStep(null)
  }

  return (
    <div className="bulk-bar" role="region" aria-label="Selected API keys">
      <p className="bulk-count" aria-hidden="true">
        {count} selected
      </p>
      <p className="visually-hidden" role="status" ref={status} />
      <div className="bulk-buttons">
        {actions.map((action) => (
          <button
            key={action.label}
            type="button"
            className="button"
            onClick={() => {
              focus.remember()
              // Each key as the page last showed it (enabled, locked), if it is on the page now.
              const current = new Map(selection.pageRows.map((row) => [row.id, row]))
              setStep({ phase: 'confirm', action, rows: [...selection.selected.values()].map((row) => current.get(row.id) ?? row) })
            }}
          >
            {action.label}
          </button>
        ))}
        <button type="button" className="button" onClick={selection.clear}>
          Clear Selection
        </button>
      </div>
      {step && <BulkDialog step={step} onRun={run} onClose={close} returnFocus={focus.restore} />}
    </div>
  )
}

/**
 * The result's buttons take the place of the confirmation's: a double click on "Delete" must not close the result,
 * or retry, with its second click (`detail` counts the clicks of one gesture; a key press is 0).
 */
const notTheSecondClick = (handler: () => void) => (event: React.MouseEvent) => {
  if (event.detail < 2) handler()
}

interface BulkDialogProps<Row extends SelectableRow> {
  step: Step<Row>
  onRun: (action: BulkAction<Row>, rows: readonly Row[], before?: Map<Row, BulkOutcome>) => void
  onClose: () => void
  returnFocus: (event: Event) => void
}

function BulkDialog<Row extends SelectableRow>({ step, onRun, onClose, returnFocus }: BulkDialogProps<Row>) {
  const { action } = step
  const running = step.phase === 'running'
  // Each step starts on its first button (Cancel, Close): the one that leaves things as they are, as Enter's default.
  const actions = useRef<HTMLDivElement>(null)
  const focusFirstButton = () => actions.current?.querySelector('button')?.focus()
  useEffect(focusFirstButton, [step.phase])
  let title: string
  let body: React.ReactNode
  if (step.phase === 'confirm') {
    const skipped = step.rows.flatMap((row) => {
      const reason = action.skip(row)
      return reason === null ? [] : [{ row, reason }]
    })
    const sent = step.rows.filter((row) => !skipped.some((skip) => skip.row === row))
    title = sent.length > 0 ? `${action.label} ${plural(sent.length, 'API key')}?` : `No API keys to ${action.label.toLowerCase()}`
    body = (
      <>
        {sent.length > 0 && (
          <>
            {action.consequence && <p className="bulk-note">{action.consequence}</p>}
            <KeyList label={`API keys to ${action.label.toLowerCase()}`} rows={sent.map((row) => ({ row }))} />
          </>
        )}
        {skipped.length > 0 && (
          <>
            <p className="bulk-note">{plural(skipped.length, 'API key')} will be skipped:</p>
            <KeyList label="API keys skipped" rows={skipped.map(({ row, reason }) => ({ row, note: reason }))} />
          </>
        )}
        <div className="dialog-actions" ref={actions}>
          <button type="button" className="button" onClick={onClose}>
            {sent.length > 0 ? 'Cancel' : 'Close'}
          </button>
          {sent.length > 0 && (
            <button type="button" className={`button button-${action.danger ? 'danger' : 'primary'}`} onClick={() => onRun(action, step.rows)}>
              {action.label}
            </button>
          )}
        </div>
      </>
    )
  } else if (step.phase === 'running') {
    title = `${action.progressing} API keys`
    body = (
      <>
        <p id="bulk-progress-label">
          {action.progressing} {step.settled} of {step.total}…
        </p>
        <progress className="bulk-progress" aria-labelledby="bulk-progress-label" value={step.settled} max={step.total} />
      </>
    )
  } else {
    const outcomes = [...step.outcomes]
    const counted = (status: BulkOutcome['status']) => outcomes.filter(([, outcome]) => outcome.status === status).map(([row]) => row)
    const failed = counted('failed')
    const skippedCount = counted('skipped').length
    title = [`${plural(counted('done').length, 'API key')} ${action.past}`, skippedCount && `${skippedCount} skipped`, failed.length && `${failed.length} failed`].filter(Boolean).join(', ')
    body = (
      <>
        <KeyList
          label="What happened to each API key"
          rows={outcomes.map(([row, outcome]) => ({
            row,
            note: outcome.status === 'done' ? (outcome.note ?? `${action.past[0].toUpperCase()}${action.past.slice(1)}`) : `${outcome.status === 'failed' ? 'Failed' : 'Skipped'}: ${outcome.reason}`,
            failed: outcome.status === 'failed',
          }))}
        />
        <div className="dialog-actions" ref={actions}>
          <button type="button" className="button" onClick={notTheSecondClick(onClose)}>
            Close
          </button>
          {failed.length > 0 && (
            <button type="button" className="button button-primary" onClick={notTheSecondClick(() => onRun(action, failed, step.outcomes))}>
              Retry
            </button>
          )}
        </div>
      </>
    )
  }
  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onClose()}
      // While the requests are out, the dialog stays: its result is the record of what happened.
      onDismissAttempt={running ? () => undefined : onClose}
      onOpenAutoFocus={(event) => {
        event.preventDefault()
        focusFirstButton()
      }}
      onCloseAutoFocus={returnFocus}
      title={title}
      closeButton={false}
      size="small"
    >
      {body}
    </Dialog>
  )
}

/** The keys a step is about, named, each with what applies to it; scrolls when long. */
function KeyList<Row extends SelectableRow>({ label, rows }: { label: string; rows: { row: Row; note?: string; failed?: boolean }[] }) {
  return (
    // A long list scrolls: focusable, so the keyboard can scroll it too.
    // oxlint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <ul className="bulk-keys" aria-label={label} tabIndex={0}>
      {rows.map(({ row, note, failed }) => (
        <li key={row.id}>
          <span className="bulk-key-name">{row.name}</span>
          {note && <span className={failed ? 'bulk-key-note bulk-key-failed' : 'bulk-key-note'}>{note}</span>}
        </li>
      ))}
    </ul>
  )
}
