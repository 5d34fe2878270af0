/**
 * Draws the app's PNG icons from its SVG icons in Chromium, into public/ (committed; run again
 * after changing an SVG):
 *
 *   npm run icons
 *
 * favicon.svg (rounded, transparent corners) gives the "any" icons; icon-maskable.svg (full
 * bleed, the mark inside the central 80 % circle that every launcher mask keeps) the maskable one.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const ICONS = [
  { from: 'favicon.svg', to: 'icon-192.png', size: 192 },
  { from: 'favicon.svg', to: 'icon-512.png', size: 512 },
  { from: 'icon-maskable.svg', to: 'icon-maskable-512.png', size: 512 },
] as const;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
try {
  const page = await browser.newPage();
  for (const icon of ICONS) {
    const svg = readFileSync(`public/${icon.from}`, 'utf8');
    await page.setViewportSize({ width: icon.size, height: icon.size });
    await page.setContent(
      `<style>html,body{margin:0}svg{display:block;width:100vw;height:100vh}</style>${svg}`,
    );
    writeFileSync(`public/${icon.to}`, await page.screenshot({ omitBackground: true }));
    console.log(`public/${icon.to}: ${icon.size}×${icon.size} from ${icon.from}`);
  }
} finally {
  await browser.close();
}
