/**
 * Renders the app icons from assets/art/haechi.svg with Debian's Chromium:
 * `node --import tsx assets/art/make-icons.ts`. The maskable icon keeps 해치 inside the 80 % safe zone.
 */
import { readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const svg = readFileSync('assets/art/haechi.svg', 'utf8');
const page = (size: number, inset: number, round: boolean): string => `<!doctype html><html><body style="margin:0">
<div style="width:${size}px;height:${size}px;background:#FFF9EF;display:flex;align-items:center;justify-content:center;${round ? `border-radius:${size * 0.22}px;` : ''}overflow:hidden">
<div style="width:${size * inset}px;height:${size * inset}px">${svg.replace('<svg ', '<svg width="100%" height="100%" ')}</div></div></body></html>`;

const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const ctx = await browser.newContext({ deviceScaleFactor: 1 });
const p = await ctx.newPage();
for (const [name, size, inset, round] of [
  ['icon-192.png', 192, 0.92, false],
  ['icon-512.png', 512, 0.92, false],
  ['icon-maskable-512.png', 512, 0.7, false],
] as const) {
  await p.setViewportSize({ width: size, height: size });
  await p.setContent(page(size, inset, round));
  writeFileSync(`public/icons/${name}`, await p.screenshot({ omitBackground: false }));
  console.log(`public/icons/${name}`);
}
await browser.close();
copyFileSync('assets/art/haechi.svg', 'public/icons/favicon.svg');
