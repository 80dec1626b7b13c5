import { zodResolver } from '@hookform/resolvers/zod'
import { useId, useImperativeHandle, useState } from 'react'
import { Controller, useForm, type Resolver } from 'react-hook-form'
import type * as z from 'zod/mini'
import { Select } from '../../../../components/select'
import { TOKEN_EXPIRY_MAX, TOKEN_EXPIRY_MIN } from '../../../../contract/api-key'
import { API_FULL_ACCESS_ROLE_ID, type Role } from '../../../../contract/role'
import { useRoles } from '../../api/get-roles'
import { useTenantScope } from '../../tenant-scope'
import { fieldA11y, FieldMessage, FormFailure, STATUS_OPTIONS } from '../../../../components/form-field'
import { ReadOnlyText } from '../../../../components/read-only-text'
import { explainSaveFailure } from '../../../../lib/save-failure'

const API_KEY_FORM_FIELDS = ['name', 'enabled', 'tokenExpiryTimeInSec', 'roleId'] as const
type ApiKeyFormField = (typeof API_KEY_FORM_FIELDS)[number]

/** What the Add and Edit forms hold: the API's editable fields, as the inputs see them. */
export interface ApiKeyFormValues {
  name: string
  enabled: boolean
  tokenExpiryTimeInSec: string
  roleId: string
}

/**
 * The contract's create or update schema as the form's resolver. Both accept more shapes than the form's inputs
 * produce (numbers, absent fields, the rest of the object), so their input type is narrowed to the form's, once, here.
 */
export const apiKeyFormResolver = <Schema extends z.ZodMiniType<unknown, Record<string, unknown>>>(schema: Schema) =>
  zodResolver(schema) as unknown as Resolver<ApiKeyFormValues, unknown, z.output<Schema>>

interface ApiKeyFormProps<Output> {
  /** The contract's schema (create or update) as resolver: the form checks exactly what the server checks. */
  resolver: Resolver<ApiKeyFormValues, unknown, Output>
  defaultValues: ApiKeyFormValues
  /** Shown read-only above the fields when editing. */
  clientId?: string
  /** Saves; a rejection is shown at its fields or above the buttons, with every value kept. */
  onSave: (values: Output) => Promise<unknown>
  onCancel: () => void
  /**
   * Set to what says, at the moment it is asked, whether the fields differ from `defaultValues`: the dialog asks
   * before discarding them (read then, not copied into state a render later, so a key pressed at once still counts).
   */
  changedRef?: React.Ref<() => boolean>
}

/** The fields of an API key with their messages, and "Cancel" / "Save". */
export function ApiKeyForm<Output>({ resolver, defaultValues, clientId, onSave, onCancel, changedRef }: ApiKeyFormProps<Output>) {
  const id = useId()
  const form = useForm<ApiKeyFormValues, unknown, Output>({ resolver, defaultValues })
  const { errors, isSubmitting } = form.formState
  useImperativeHandle(
    changedRef,
    () => () => (Object.keys(defaultValues) as (keyof ApiKeyFormValues)[]).some((field) => form.getValues(field) !== defaultValues[field]),
    [form, defaultValues],
  )
  const [failure, setFailure] = useState<string | null>(null)

  // Returning the save's promise keeps the form submitting until the server answers, so a second click on
  // Save (a double-click) finds the button disabled and cannot send a second request.
  const submit = form.handleSubmit(async (values) => {
    setFailure(null)
    try {
      await onSave(values)
    } catch (error) {
      const explained = explainSaveFailure(error, API_KEY_FORM_FIELDS)
      const fields = Object.entries(explained.fields) as [ApiKeyFormField, string][]
      fields.forEach(([field, message], index) => form.setError(field, { type: 'server', message }, { shouldFocus: index === 0 }))
      setFailure(explained.message)
    }
  })

  const field = (name: ApiKeyFormField, hasHint = false) => fieldA11y(id, name, errors[name], hasHint)
  // A field the admin changed is checked on leaving it; one merely passed through (the Name the dialog opens on)
  // waits for Save. Once a field shows a message, every change checks it again, so the message goes when fixed.
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
        <input {...typed('name')} {...field('name')} autoComplete="off" autoFocus />
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
        <label htmlFor={`${id}-tokenExpiryTimeInSec`}>Session Validity Interval (In Seconds)</label>
        <input {...typed('tokenExpiryTimeInSec')} {...field('tokenExpiryTimeInSec', true)} inputMode="numeric" autoComplete="off" />
        <p id={`${id}-tokenExpiryTimeInSec-hint`} className="field-hint">
          How long a session of this key lasts: {TOKEN_EXPIRY_MIN} to {TOKEN_EXPIRY_MAX} seconds.
        </p>
        <FieldMessage id={id} name="tokenExpiryTimeInSec" error={errors.tokenExpiryTimeInSec} />
      </div>

      <div className="form-field">
        <label htmlFor={`${id}-roleId`}>Role</label>
        <Controller
          control={form.control}
          name="roleId"
          // Controlled, so the choice holds while the options arrive.
          render={({ field: { value, onChange, onBlur, ref } }) => (
            <RoleSelect ref={ref} {...field('roleId')} value={value} onValueChange={onChange} onBlur={onBlur} currentRoleId={defaultValues.roleId} />
          )}
        />
        <FieldMessage id={id} name="roleId" error={errors.roleId} />
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

type RoleSelectProps = Omit<React.ComponentProps<typeof Select<string>>, 'options' | 'placeholder'> & { currentRoleId: string }

/** The customer's roles, API Full Access first; a role the list no longer has still shows as the key's own. */
function RoleSelect({ currentRoleId, ...select }: RoleSelectProps) {
  const roles = useRoles(useTenantScope())
  const ordered = roles.data ? orderRoles(roles.data) : []
  const known = ordered.some((role) => role.id === currentRoleId)
  const options = ordered.map((role) => ({ value: role.id, label: role.name }))
  if (currentRoleId && !known) options.unshift({ value: currentRoleId, label: roles.isPending ? 'Loading roles…' : `Role ${currentRoleId}` })
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

export const orderRoles = (roles: readonly Role[]): Role[] =>
  roles.toSorted((a, b) => Number(b.id === API_FULL_ACCESS_ROLE_ID) - Number(a.id === API_FULL_ACCESS_ROLE_ID) || a.name.localeCompare(b.name))
