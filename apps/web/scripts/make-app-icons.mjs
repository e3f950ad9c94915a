#!/usr/bin/env node
// Draws the app's PNG icons (public/icons/*.png, committed) from the logo's
// calendar glyph (components/logo.tsx), with the browser Playwright drives.
// Run it again only when the logo changes: node scripts/make-app-icons.mjs
//   icon-<size>.png      rounded square, transparent corners ("any")
//   maskable-<size>.png  full bleed, the glyph inside the 80 % safe circle ("maskable")
//   apple-touch-icon.png 180 px, full bleed (iOS rounds the corners itself)
import { chromium } from "@playwright/test";
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const iconsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "public", "icons");
const BRAND = "#2a55e0";
const GLYPH = `<rect x="3" y="5" width="18" height="16" rx="2"/><path d="M3 10h18M8 3v4M16 3v4"/>`;

/** The glyph (24 units, drawn from 3 to 21) scaled to `glyph` px in the middle of a 512 px square. */
function svg({ cornerRadius, glyph }) {
  const scale = glyph / 18;
  const offset = 256 - 12 * scale;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" width="512" height="512">
<rect width="512" height="512" rx="${cornerRadius}" fill="${BRAND}"/>
<g transform="translate(${offset} ${offset}) scale(${scale})" fill="none" stroke="#fff" stroke-width="2" stroke-linecap="round">${GLYPH}</g></svg>`;
}

const icons = [
  { file: "icon-192.png", size: 192, art: svg({ cornerRadius: 112, glyph: 240 }) },
  { file: "icon-512.png", size: 512, art: svg({ cornerRadius: 112, glyph: 240 }) },
  // The safe zone is a circle of 40 % radius: the glyph's corners stay inside it.
  { file: "maskable-192.png", size: 192, art: svg({ cornerRadius: 0, glyph: 180 }) },
  { file: "maskable-512.png", size: 512, art: svg({ cornerRadius: 0, glyph: 180 }) },
  { file: "apple-touch-icon.png", size: 180, art: svg({ cornerRadius: 0, glyph: 220 }) },
];

const systemChromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const browser = await chromium.launch({ executablePath: existsSync(systemChromium) ? systemChromium : undefined, args: ["--no-sandbox"] });
try {
  for (const { file, size, art } of icons) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    await page.setContent(`<html><body style="margin:0;background:transparent">${art.replace('width="512" height="512"', `width="${size}" height="${size}"`)}</body></html>`);
    writeFileSync(path.join(iconsDir, file), await page.locator("svg").screenshot({ omitBackground: true }));
    await page.close();
    console.log(`public/icons/${file} (${size}×${size})`);
  }
} finally {
  await browser.close();
}
