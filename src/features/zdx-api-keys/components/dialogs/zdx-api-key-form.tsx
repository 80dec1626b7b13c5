import { zodResolver } from '@hookform/resolvers/zod'
import { Controller, type Resolver } from 'react-hook-form'
import type * as z from 'zod/mini'
import { FieldMessage } from '../../../../components/form-field'
import { KeyFormShell, NameField, RoleSelect, useKeyForm, type KeyFormProps } from '../../../../components/key-form'
import { useZdxRoles } from '../../api/get-zdx-roles'
import type { ZdxScope } from '../../api/query-keys'

/** What the Create and Edit forms hold, as the inputs see them. */
export interface ZdxApiKeyFormValues {
  name: string
  roleId: string
}

/** The contract's create or update schema as the form's resolver: the form checks exactly what the server checks. */
export const zdxFormResolver = <Schema extends z.ZodMiniType<unknown, Record<string, unknown>>>(schema: Schema) =>
  zodResolver(schema) as unknown as Resolver<ZdxApiKeyFormValues, unknown, z.output<Schema>>

interface ZdxApiKeyFormProps<Output> extends KeyFormProps<ZdxApiKeyFormValues, Output> {
  scope: ZdxScope
  /** The key's role when editing: shown while the roles load. */
  currentRole?: { id: string; name: string }
}

/** A Digital Experience key's fields (seed 003): Name and Select Role; "Cancel" and the dialog's own submit label. */
export function ZdxApiKeyForm<Output>({ scope, currentRole, submitLabel, onCancel, ...props }: ZdxApiKeyFormProps<Output>) {
  const keyForm = useKeyForm(props)
  const { id, form, errors, field } = keyForm
  const roles = useZdxRoles(scope)
  const chosen = roles.data?.find((role) => role.id === form.watch('roleId'))
  return (
    <KeyFormShell {...keyForm.shell} submitLabel={submitLabel} onCancel={onCancel}>
      <NameField keyForm={keyForm} />
      <div className="form-field">
        <label htmlFor={`${id}-roleId`}>Select Role</label>
        <Controller
          control={form.control}
          name="roleId"
          // Controlled, so the choice holds while the options arrive.
          render={({ field: { value, onChange, onBlur, ref } }) => (
            <RoleSelect ref={ref} {...field('roleId', true)} value={value} onValueChange={onChange} onBlur={onBlur} roles={roles} current={currentRole} />
          )}
        />
        <p id={`${id}-roleId-hint`} className="field-hint">
          {chosen ? `${chosen.description}.` : "The key's tokens act with the role's rights; a read-only role's may only read."}
        </p>
        <FieldMessage id={id} name="roleId" error={errors.roleId} />
      </div>
    </KeyFormShell>
  )
}
