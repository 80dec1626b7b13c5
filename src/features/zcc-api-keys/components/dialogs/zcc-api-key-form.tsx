import { zodResolver } from '@hookform/resolvers/zod'
import { Controller, type Resolver } from 'react-hook-form'
import type * as z from 'zod/mini'
import { FieldMessage } from '../../../../components/form-field'
import { KeyFormShell, NameField, StatusField, useKeyForm, type KeyFormProps } from '../../../../components/key-form'
import { Select } from '../../../../components/select'
import { ZCC_TOKEN_EXPIRY_MAX, ZCC_TOKEN_EXPIRY_MIN, zccRoleLabels, zccRoles, type ZccRole } from '../../../../contract/zcc-api-key'

/** What the Add and Edit forms hold, as the inputs see them. */
export interface ZccApiKeyFormValues {
  name: string
  enabled: boolean
  role: ZccRole | ''
  tokenExpiryTimeInSec: string
}

/** The contract's create or update schema as the form's resolver: the form checks exactly what the server checks. */
export const zccFormResolver = <Schema extends z.ZodMiniType<unknown, Record<string, unknown>>>(schema: Schema) =>
  zodResolver(schema) as unknown as Resolver<ZccApiKeyFormValues, unknown, z.output<Schema>>

const ROLE_OPTIONS = zccRoles.map((role) => ({ value: role, label: zccRoleLabels[role] }))

/** A Client Connector key's fields (seed 004): Name, Status, Role, Session Validity Interval; "Cancel" / "Save". */
export function ZccApiKeyForm<Output>({ clientId, onCancel, ...props }: KeyFormProps<ZccApiKeyFormValues, Output>) {
  const keyForm = useKeyForm(props)
  const { id, form, errors, field, typed } = keyForm
  return (
    <KeyFormShell {...keyForm.shell} clientId={clientId} onCancel={onCancel}>
      <NameField keyForm={keyForm} hint="Letters and digits only, no spaces; at most 50." />
      <StatusField keyForm={keyForm} />
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
    </KeyFormShell>
  )
}
