import { zodResolver } from '@hookform/resolvers/zod'
import { useId, useImperativeHandle, useState } from 'react'
import { Controller, useForm, type Resolver } from 'react-hook-form'
import type * as z from 'zod/mini'
import { fieldA11y, FieldMessage, FormFailure, STATUS_OPTIONS } from '../../../../components/form-field'
import { ReadOnlyText } from '../../../../components/read-only-text'
import { Select } from '../../../../components/select'
import { ZCC_TOKEN_EXPIRY_MAX, ZCC_TOKEN_EXPIRY_MIN, zccRoleLabels, zccRoles, type ZccRole } from '../../../../contract/zcc-api-key'
import { explainSaveFailure } from '../../../../lib/save-failure'

/** What the Add and Edit forms hold, as the inputs see them. */
export interface ZccApiKeyFormValues {
  name: string
  enabled: boolean
  role: ZccRole | ''
  tokenExpiryTimeInSec: string
}
const FORM_FIELDS = ['name', 'enabled', 'role', 'tokenExpiryTimeInSec'] as const

/** The contract's create or update schema as the form's resolver: the form checks exactly what the server checks. */
export const zccFormResolver = <Schema extends z.ZodMiniType<unknown, Record<string, unknown>>>(schema: Schema) =>
  zodResolver(schema) as unknown as Resolver<ZccApiKeyFormValues, unknown, z.output<Schema>>

const ROLE_OPTIONS = zccRoles.map((role) => ({ value: role, label: zccRoleLabels[role] }))

interface ZccApiKeyFormProps<Output> {
  resolver: Resolver<ZccApiKeyFormValues, unknown, Output>
  defaultValues: ZccApiKeyFormValues
  /** Shown read-only above the fields when editing. */
  clientId?: string
  /** Saves; a rejection is shown at its fields (a 409 at Name) or above the buttons, with every value kept. */
  onSave: (values: Output) => Promise<unknown>
  onCancel: () => void
  /** Set to what says, when asked, whether the fields differ from `defaultValues` (the dialog asks before discarding). */
  changedRef?: React.Ref<() => boolean>
}

/** A Client Connector key's fields (seed 004): Name, Status, Role, Session Validity Interval; "Cancel" / "Save". */
export function ZccApiKeyForm<Output>({ resolver, defaultValues, clientId, onSave, onCancel, changedRef }: ZccApiKeyFormProps<Output>) {
  const id = useId()
  const form = useForm<ZccApiKeyFormValues, unknown, Output>({ resolver, defaultValues })
  const { errors, isSubmitting } = form.formState
  useImperativeHandle(changedRef, () => () => FORM_FIELDS.some((field) => form.getValues(field) !== defaultValues[field]), [form, defaultValues])
  const [failure, setFailure] = useState<string | null>(null)

  // The save's promise keeps the form submitting until the server answers: a double-click sends one request.
  const submit = form.handleSubmit(async (values) => {
    setFailure(null)
    try {
      await onSave(values)
    } catch (error) {
      const explained = explainSaveFailure(error, FORM_FIELDS)
      Object.entries(explained.fields).forEach(([field, message], index) =>
        form.setError(field as (typeof FORM_FIELDS)[number], { type: 'server', message }, { shouldFocus: index === 0 }),
      )
      setFailure(explained.message)
    }
  })
  const field = (name: (typeof FORM_FIELDS)[number], hasHint = false) => fieldA11y(id, name, errors[name], hasHint)
  // A changed field is checked on leaving it; once it shows a message, every change checks it again.
  const typed = (name: 'name' | 'tokenExpiryTimeInSec') =>
    form.register(name, {
      onBlur: () => form.getValues(name) !== defaultValues[name] && void form.trigger(name),
      onChange: () => form.getFieldState(name).invalid && void form.trigger(name),
    })

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="api-key-form">
      {clientId !== undefined && (
        <div className="form-field">
          <label htmlFor={`${id}-clientId`}>Client ID</label>
          <ReadOnlyText id={`${id}-clientId`} value={clientId} />
        </div>
      )}
      <div className="form-field">
        <label htmlFor={`${id}-name`}>Name</label>
        {/* oxlint-disable-next-line jsx-a11y/no-autofocus -- a dialog opens to its first field */}
        <input {...typed('name')} {...field('name', true)} autoComplete="off" autoFocus />
        <p id={`${id}-name-hint`} className="field-hint">
          Letters and digits only, no spaces; at most 50.
        </p>
        <FieldMessage id={id} name="name" error={errors.name} />
      </div>
      <div className="form-field">
        <label htmlFor={`${id}-enabled`}>Status</label>
        <Controller
          control={form.control}
          name="enabled"
          render={({ field: { value, onChange, onBlur, ref } }) => (
            <Select ref={ref} {...field('enabled')} value={String(value)} onValueChange={(next) => onChange(next === 'true')} onBlur={onBlur} options={STATUS_OPTIONS} className="select-block" />
          )}
        />
      </div>
      <div className="form-field">
        <label htmlFor={`${id}-role`}>Role</label>
        <Controller
          control={form.control}
          name="role"
          render={({ field: { value, onChange, onBlur, ref } }) => (
            <Select ref={ref} {...field('role')} value={value} onValueChange={onChange} onBlur={onBlur} options={ROLE_OPTIONS} placeholder="Select a role" className="select-block" />
          )}
        />
        <FieldMessage id={id} name="role" error={errors.role} />
      </div>
      <div className="form-field">
        <label htmlFor={`${id}-tokenExpiryTimeInSec`}>Session Validity Interval (In Seconds)</label>
        <input {...typed('tokenExpiryTimeInSec')} {...field('tokenExpiryTimeInSec', true)} inputMode="numeric" autoComplete="off" />
        <p id={`${id}-tokenExpiryTimeInSec-hint`} className="field-hint">
          How long a login of this key lasts: {ZCC_TOKEN_EXPIRY_MIN} to {ZCC_TOKEN_EXPIRY_MAX.toLocaleString('en-US')} seconds.
        </p>
        <FieldMessage id={id} name="tokenExpiryTimeInSec" error={errors.tokenExpiryTimeInSec} />
      </div>
      <FormFailure message={failure} />
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onCancel} disabled={isSubmitting}>
          Cancel
        </button>
        <button type="submit" className="button button-primary" disabled={isSubmitting} aria-busy={isSubmitting}>
          Save
        </button>
      </div>
    </form>
  )
}
