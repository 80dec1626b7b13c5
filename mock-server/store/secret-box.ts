/**
 * Secrets the server must be able to show again (ZDX's "View"): encrypted with AES-256-GCM under a key of the
 * mock's own, never hashed and never in clear on disk. The key is a fresh random one per data folder, kept beside the
 * journal in KEY_FILE (mode 0600); in memory mode it lives only in memory. Each sealed secret is bound to what it is
 * the secret of (its `context`, e.g. customer and key id), so a sealed value copied onto another key does not open.
 */
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto'
import { constants } from 'node:fs'
import { open, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { DataFolderError } from './data-folder'
import { syncDirectory } from './journal'
import { generateClientSecret } from './secrets'

export const KEY_FILE = 'secrets.key'
const KEY_BYTES = 32
const IV_BYTES = 12

/** An encrypted secret, as the journal keeps it (base64 parts). */
export type SealedSecret = { iv: string; data: string; tag: string }

export class SecretBox {
  readonly #key: Buffer

  constructor(key: Buffer = randomBytes(KEY_BYTES)) {
    if (key.length !== KEY_BYTES) throw new Error(`a secret box key has ${KEY_BYTES} bytes`)
    this.#key = key
  }

  /** The box of a data folder: its KEY_FILE, made (0600, synced) the first time. The folder must be locked by the caller. */
  static async inFolder(dir: string): Promise<SecretBox> {
    const path = join(dir, KEY_FILE)
    try {
      const handle = await open(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600)
      const key = randomBytes(KEY_BYTES)
      try {
        await handle.writeFile(key)
        await handle.sync()
      } finally {
        await handle.close()
      }
      await syncDirectory(dir)
      return new SecretBox(key)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
    const key = await readFile(path)
    if (key.length !== KEY_BYTES) {
      throw new DataFolderError(`${path} is damaged (${key.length} bytes, not ${KEY_BYTES}); the secrets it encrypts cannot be read`)
    }
    return new SecretBox(key)
  }

  seal(secret: string, context: string): SealedSecret {
    const iv = randomBytes(IV_BYTES)
    const cipher = createCipheriv('aes-256-gcm', this.#key, iv).setAAD(Buffer.from(context))
    const data = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()])
    return { iv: iv.toString('base64'), data: data.toString('base64'), tag: cipher.getAuthTag().toString('base64') }
  }

  /** The secret; throws if the sealed value was not made by this box for this context (or was altered). */
  open(sealed: SealedSecret, context: string): string {
    const decipher = createDecipheriv('aes-256-gcm', this.#key, Buffer.from(sealed.iv, 'base64'))
      .setAAD(Buffer.from(context))
      .setAuthTag(Buffer.from(sealed.tag, 'base64'))
    return Buffer.concat([decipher.update(Buffer.from(sealed.data, 'base64')), decipher.final()]).toString('utf8')
  }

  /**
   * A client secret derived from this box's key and `label`: the same for the same folder and label, unknowable
   * without the key. Seeded keys get theirs so, so a reset or a restart gives them back the same secret.
   */
  derivedSecret(label: string): string {
    let counter = 0
    return generateClientSecret(() => createHmac('sha512', this.#key).update(`${label}:${counter++}`).digest())
  }
}

