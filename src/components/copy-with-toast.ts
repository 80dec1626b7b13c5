import { copyText } from '../lib/clipboard'
import { toast } from './toaster'

/** Copies and confirms with a toast naming what was copied (never the value: it may be a secret). */
export async function copyWithToast(text: string, what: string): Promise<boolean> {
  try {
    await copyText(text)
    toast.success(`${what} copied to the clipboard`)
    return true
  } catch {
    toast.error(`${what} could not be copied. Select it and copy it by hand.`)
    return false
  }
}
