/**
 * Puts text on the clipboard. The async Clipboard API exists only in secure contexts (https, localhost),
 * and demos are often served over plain http from another host, so fall back to a hidden textarea and
 * the legacy copy command there.
 */
export async function copyText(text: string): Promise<void> {
  if (typeof navigator !== 'undefined' && navigator.clipboard?.writeText && window.isSecureContext) {
    try {
      await navigator.clipboard.writeText(text)
      return
    } catch {
      // Permission refused or document not focused: the fallback below still works.
    }
  }
  copyWithTextarea(text)
}

function copyWithTextarea(text: string) {
  const active = document.activeElement instanceof HTMLElement ? document.activeElement : null
  const area = document.createElement('textarea')
  area.value = text
  area.setAttribute('readonly', '')
  area.setAttribute('aria-hidden', 'true')
  Object.assign(area.style, { position: 'fixed', top: '0', left: '0', width: '1px', height: '1px', opacity: '0' })
  // Next to the focused control: inside a dialog's or menu's focus trap, a textarea elsewhere could not keep the selection.
  const host = active?.parentElement ?? document.body
  host.appendChild(area)
  area.select()
  area.setSelectionRange(0, text.length)
  const copied = document.execCommand('copy')
  area.remove()
  active?.focus()
  if (!copied) throw new Error('The browser refused to copy')
}
