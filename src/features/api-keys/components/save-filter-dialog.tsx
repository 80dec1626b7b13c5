import { useId, useState } from 'react'
import { Dialog } from '../../../components/dialog'

interface SaveFilterDialogProps {
  open: boolean
  onOpenChange: (open: boolean) => void
  existingNames: string[]
  onSave: (name: string) => void
}

/** Names the applied filters so they can be picked again from the saved-filter selector. */
export function SaveFilterDialog({ open, onOpenChange, existingNames, onSave }: SaveFilterDialogProps) {
  const id = useId()
  const [name, setName] = useState('')
  const [error, setError] = useState<string | null>(null)

  const submit = (event: React.FormEvent) => {
    event.preventDefault()
    const trimmed = name.trim()
    if (!trimmed) return setError('Enter a name for the filter')
    if (trimmed.length > 60) return setError('The name must be at most 60 characters')
    if (existingNames.some((n) => n.toLowerCase() === trimmed.toLowerCase())) return setError('A saved filter with this name already exists')
    onSave(trimmed)
    setName('')
    setError(null)
  }

  return (
    <Dialog open={open} onOpenChange={onOpenChange} title="Save Applied Filter" size="small">
      <form onSubmit={submit} noValidate>
        <div className="form-field">
          <label htmlFor={`${id}-name`}>Filter Name</label>
          <input
            id={`${id}-name`}
            value={name}
            onChange={(e) => setName(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            autoComplete="off"
          />
          {error && (
            <p id={`${id}-error`} className="field-error" role="alert">
              {error}
            </p>
          )}
        </div>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={() => onOpenChange(false)}>
            Cancel
          </button>
          <button type="submit" className="button button-primary">
            Save
          </button>
        </div>
      </form>
    </Dialog>
  )
}
