/** A new key's credentials, as the one-time secret dialog shows them. */
export interface Credentials {
  name: string
  clientId: string
  clientSecret: string
}

/** The credentials file's name: the key's name, kept to characters every file system accepts. */
export const credentialsFileName = (name: string) => `${name.replace(/[^\w.-]+/g, '_')}-credentials.json`

/**
 * Saves a key's credentials (each product names its own fields) as the JSON file `<name>-credentials.json`, built in
 * the browser: the secret never travels again.
 */
export function downloadCredentials(name: string, fields: Readonly<Record<string, string>>) {
  const file = new Blob([JSON.stringify(fields, null, 2)], { type: 'application/json' })
  const url = URL.createObjectURL(file)
  const link = document.createElement('a')
  link.href = url
  link.download = credentialsFileName(name)
  link.click()
  // The browser has started its own copy; drop the object URL so the secret does not outlive the dialog in a blob.
  setTimeout(() => URL.revokeObjectURL(url), 0)
}
