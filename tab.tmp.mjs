import { chromium } from '@playwright/test'
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] })
const p = await b.newPage({ viewport: { width: 1280, height: 800 } })
await p.goto('http://127.0.0.1:4610/'); await p.waitForTimeout(1500)
await p.getByRole('button', { name: 'Add API Key' }).focus()
for (let i = 1; i <= 30; i++) { await p.keyboard.press('Tab'); const n = await p.evaluate(() => { const e = document.activeElement; return e.tagName + ' ' + (e.getAttribute('aria-label') || e.textContent || '').trim().slice(0, 40) }); console.log(i, n); if (n.startsWith('BUTTON Edit')) break }
await b.close()
