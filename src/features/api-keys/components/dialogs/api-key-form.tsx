import { zodResolver } from '@hookform/resolvers/zod'
import { Controller, type Resolver } from 'react-hook-form'
import type * as z from 'zod/mini'
import { TOKEN_EXPIRY_MAX, TOKEN_EXPIRY_MIN } from '../../../../contract/api-key'
import { API_FULL_ACCESS_ROLE_ID, type Role } from '../../../../contract/role'
import { useRoles } from '../../api/get-roles'
import { useTenantScope } from '../../tenant-scope'
import { FieldMessage } from '../../../../components/form-field'
import { KeyFormShell, NameField, RoleSelect, StatusField, useKeyForm, type KeyFormProps } from '../../../../components/key-form'

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

/** The fields of an API key with their messages, and "Cancel" / "Save". */
export function ApiKeyForm<Output>({ clientId, onCancel, ...props }: KeyFormProps<ApiKeyFormValues, Output>) {
  const keyForm = useKeyForm(props)
  const { id, form, errors, field, typed } = keyForm
  return (
    <KeyFormShell {...keyForm.shell} clientId={clientId} onCancel={onCancel}>
      <NameField keyForm={keyForm} />

      <StatusField keyForm={keyForm} />

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
            <ZpaRoleSelect ref={ref} {...field('roleId')} value={value} onValueChange={onChange} onBlur={onBlur} currentRoleId={props.defaultValues.roleId} />
          )}
        />
        <FieldMessage id={id} name="roleId" error={errors.roleId} />
      </div>
    </KeyFormShell>
  )
}

type ZpaRoleSelectProps = Omit<React.ComponentProps<typeof RoleSelect>, 'roles' | 'current'> & { currentRoleId: string }

/** The customer's roles, API Full Access first; a role the list no longer has still shows as the key's own. */
function ZpaRoleSelect({ currentRoleId, ...select }: ZpaRoleSelectProps) {
  const { data, isPending, isError, refetch } = useRoles(useTenantScope())
  return <RoleSelect {...select} roles={{ data: data && orderRoles(data), isPending, isError, refetch }} current={{ id: currentRoleId }} />
}

export const orderRoles = (roles: readonly Role[]): Role[] =>
  roles.toSorted((a, b) => Number(b.id === API_FULL_ACCESS_ROLE_ID) - Number(a.id === API_FULL_ACCESS_ROLE_ID) || a.name.localeCompare(b.name))
