import { useId, useImperativeHandle, useState, type BaseSyntheticEvent, type ComponentProps, type ReactNode, type Ref } from 'react'
import { Controller, useForm, type FieldError, type FieldValues, type Path, type Resolver, type UseFormReturn } from 'react-hook-form'
import { explainSaveFailure } from '../lib/save-failure'
import { FieldMessage, fieldA11y, FormFailure, STATUS_OPTIONS } from './form-field'
import { ReadOnlyText } from './read-only-text'
import { Select } from './select'

export interface KeyFormProps<Values extends FieldValues, Output> {
  /** The contract's schema (create or update) as resolver: the form checks exactly what the server checks. */
  resolver: Resolver<Values, unknown, Output>
  defaultValues: Values
  /** Shown read-only above the fields when editing. */
  clientId?: string
  /** The submit button's label: "Save", or the product's own ("Create Key" on Digital Experience). */
  submitLabel?: string
  /** Saves; a rejection is shown at its fields (a 409 at Name) or above the buttons, with every value kept. */
  onSave: (values: Output) => Promise<unknown>
  onCancel: () => void
  /**
   * Set to what says, at the moment it is asked, whether the fields differ from `defaultValues`: the dialog asks
   * before discarding them (read then, not copied into state a render later, so a key pressed at once still counts).
   */
  changedRef?: Ref<() => boolean>
}

/** A key form's fields: its default values' keys. */
const fieldsOf = <Values extends FieldValues>(defaultValues: Values) => Object.keys(defaultValues) as Path<Values>[]

/**
 * What every product's key form does with its fields: react-hook-form on the contract's resolver, the "changed?"
 * check the dialog asks, a save whose failure is shown at its fields or above the buttons, the ids and descriptions
 * that tie each input to its label, hint and message, and when a typed field is checked.
 */
export function useKeyForm<Values extends FieldValues, Output>({ resolver, defaultValues, onSave, changedRef }: Omit<KeyFormProps<Values, Output>, 'clientId' | 'submitLabel' | 'onCancel'>) {
  const id = useId()
  const form = useForm<Values, unknown, Output>({ resolver, defaultValues: defaultValues as never })
  useImperativeHandle(changedRef, () => () => fieldsOf(defaultValues).some((name) => form.getValues(name) !== defaultValues[name]), [form, defaultValues])
  const [failure, setFailure] = useState<string | null>(null)

  // The save's promise keeps the form submitting until the server answers: a double-click sends one request.
  const submit = form.handleSubmit(async (values) => {
    setFailure(null)
    try {
      await onSave(values)
    } catch (error) {
      const explained = explainSaveFailure(error, fieldsOf(defaultValues))
      const messages = Object.entries(explained.fields) as [Path<Values>, string][]
      messages.forEach(([name, message], index) => form.setError(name, { type: 'server', message }, { shouldFocus: index === 0 }))
      setFailure(explained.message)
    }
  })
  const { errors } = form.formState
  const field = (name: Path<Values>, hasHint = false) => fieldA11y(id, name, errors[name] as never, hasHint)
  // A field the admin changed is checked on leaving it; one merely passed through (the Name the dialog opens on)
  // waits for Save. Once a field shows a message, every change checks it again, so the message goes when fixed.
  const typed = (name: Path<Values>) =>
    form.register(name, {
      onBlur: () => form.getValues(name) !== defaultValues[name] && void form.trigger(name),
      onChange: () => form.getFieldState(name).invalid && void form.trigger(name),
    })
  // What the shell around the fields needs.
  const shell = { id, submit, failure, isSubmitting: form.formState.isSubmitting }
  return { id, form, errors, field, typed, shell }
}

/** What a shared field needs of `useKeyForm`. */
interface KeyFormFields<Values extends FieldValues> {
  id: string
  form: UseFormReturn<Values, unknown, unknown>
  errors: UseFormReturn<Values, unknown, unknown>['formState']['errors']
  field: (name: Path<Values>, hasHint?: boolean) => ReturnType<typeof fieldA11y>
  typed: (name: Path<Values>) => ReturnType<UseFormReturn<Values, unknown, unknown>['register']>
}

/** The Name field, first in every product's key form: the dialog opens on it. */
export function NameField<Values extends FieldValues>({ keyForm, hint }: { keyForm: KeyFormFields<Values>; hint?: ReactNode }) {
  const name = 'name' as Path<Values>
  return (
    <div className="form-field">
      <label htmlFor={`${keyForm.id}-name`}>Name</label>
      {/* oxlint-disable-next-line jsx-a11y/no-autofocus -- a dialog opens to its first field */}
      <input {...keyForm.typed(name)} {...keyForm.field(name, hint !== undefined)} autoComplete="off" autoFocus />
      {hint !== undefined && (
        <p id={`${keyForm.id}-name-hint`} className="field-hint">
          {hint}
        </p>
      )}
      <FieldMessage id={keyForm.id} name="name" error={keyForm.errors.name as FieldError | undefined} />
    </div>
  )
}

/** The Status field (Enabled / Disabled), the same in every product's key form. */
export function StatusField<Values extends FieldValues>({ keyForm }: { keyForm: KeyFormFields<Values> }) {
  const name = 'enabled' as Path<Values>
  return (
    <div className="form-field">
      <label htmlFor={`${keyForm.id}-enabled`}>Status</label>
      <Controller
        control={keyForm.form.control}
        name={name}
        render={({ field: { value, onChange, onBlur, ref } }) => (
          <Select ref={ref} {...keyForm.field(name)} value={String(value)} onValueChange={(next) => onChange(next === 'true')} onBlur={onBlur} options={STATUS_OPTIONS} className="select-block" />
        )}
      />
    </div>
  )
}

interface RolesQuery {
  data?: readonly { id: string; name: string }[]
  isPending: boolean
  isError: boolean
  refetch: () => unknown
}

type RoleSelectProps = Omit<ComponentProps<typeof Select<string>>, 'options' | 'placeholder'> & {
  /** The product's roles query, its roles in the order to offer them. */
  roles: RolesQuery
  /** The key's role as it is now: shown while the roles load, and kept if the list no longer has it. */
  current?: { id: string; name?: string }
}

/** A key form's role field: the product's roles, a message with Retry when they could not be loaded. */
export function RoleSelect({ roles, current, ...select }: RoleSelectProps) {
  const options = (roles.data ?? []).map((role) => ({ value: role.id, label: role.name }))
  if (current?.id && !options.some((option) => option.value === current.id)) {
    options.unshift({ value: current.id, label: current.name ?? (roles.isPending ? 'Loading roles…' : `Role ${current.id}`) })
  }
  return (
    <>
      <Select {...select} className="select-block" aria-busy={roles.isPending} placeholder={roles.isPending ? 'Loading roles…' : 'Select a role'} options={options} />
      {roles.isError && (
        <p className="field-error" role="alert">
          The roles could not be loaded.{' '}
          <button type="button" className="link-button" onClick={() => void roles.refetch()}>
            Retry
          </button>
        </p>
      )}
    </>
  )
}

/** A key form's frame: the read-only Client ID when editing, its fields, the save's failure, "Cancel" / "Save". */
interface KeyFormShellProps {
  id: string
  submit: (event?: BaseSyntheticEvent) => Promise<void>
  failure: string | null
  isSubmitting: boolean
  clientId?: string
  submitLabel?: string
  onCancel: () => void
  children: ReactNode
}

export function KeyFormShell({ id, submit, failure, isSubmitting, clientId, submitLabel = 'Save', onCancel, children }: KeyFormShellProps) {
  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="api-key-form">
      {clientId !== undefined && (
        <div className="form-field">
          <label htmlFor={`${id}-clientId`}>Client ID</label>
          <ReadOnlyText id={`${id}-clientId`} value={clientId} />
        </div>
      )}
      {children}
      <FormFailure message={failure} />
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onCancel} disabled={isSubmitting}>
          Cancel
        </button>
        <button type="submit" className="button button-primary" disabled={isSubmitting} aria-busy={isSubmitting}>
          {submitLabel}
        </button>
      </div>
    </form>
  )
}
