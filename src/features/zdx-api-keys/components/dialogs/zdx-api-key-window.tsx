import type { ReactNode } from 'react'
import { CredentialsDialog } from '../../../../components/one-time-secret-dialog'
import type { ZdxApiKey, ZdxApiKeyWithSecret } from '../../../../contract/zdx-api-key'

interface ZdxApiKeyWindowProps {
  /** The key; its secret once it is here (at once after Create Key, after a request on View). */
  apiKey: ZdxApiKey | ZdxApiKeyWithSecret
  /** In the Key Secret's place while it is on its way, or could not be had. */
  pendingSecret?: ReactNode
  onClose: () => void
  onCloseAutoFocus: (event: Event) => void
}

const secretOf = (apiKey: ZdxApiKey | ZdxApiKeyWithSecret) => ('keySecret' in apiKey ? apiKey.keySecret : undefined)

/**
 * The "API Key" window (seed 003): the API Key ID and the Key Secret, each with its copy button, and "Download" (a
 * JSON file of the key: id, secret, name, role). ZDX shows a secret again (View), so closing it asks nothing.
 */
export function ZdxApiKeyWindow({ apiKey, pendingSecret, onClose, onCloseAutoFocus }: ZdxApiKeyWindowProps) {
  const secret = secretOf(apiKey)
  return (
    <CredentialsDialog
      title="API Key"
      description="Use the API Key ID and the Key Secret to sign token requests to the ZDX API. Keep the secret private: anyone who has it can get tokens with this key's role."
      keyName={apiKey.name}
      fields={[
        { label: 'API Key ID', value: apiKey.id },
        { label: 'Key Secret', value: secret, pending: pendingSecret, secret: true },
      ]}
      file={secret === undefined ? undefined : { id: apiKey.id, secret, name: apiKey.name, role: apiKey.roleName }}
      closeLabel="Close"
      onRequestClose={onClose}
      onCloseAutoFocus={onCloseAutoFocus}
    />
  )
}
