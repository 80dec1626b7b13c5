import { chromium } from '@playwright/test'
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] })
const p = await b.newPage({ viewport: { width: 390, height: 844 } })
await p.goto('http://127.0.0.1:4610/'); await p.waitForTimeout(1000)
console.log(await p.evaluate(() => { const s = document.querySelector('.skip-link'); const r = s.getBoundingClientRect(); return [document.activeElement?.className, r.top, r.height, getComputedStyle(s).position, getComputedStyle(s).top, s.parentElement.className] }))
await b.close()
