// Regenerates docs/terminal.png and docs/report.png from a real run of the pipeline over
// examples/propaganda-en.txt:  npx tsx docs/make-screenshots.ts   (needs /usr/bin/chromium)
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { createAnalyzer } from '../src/pipeline/analyze.js';
import { renderHtml } from '../src/render/html.js';
import { renderText } from '../src/render/text.js';
import { escapeHtml } from '../src/render/svg.js';

const ROOT = join(import.meta.dirname, '..');
const input = join(ROOT, 'examples/propaganda-en.txt');
const analyzer = await createAnalyzer();
const analysis = analyzer.analyze(readFileSync(input, 'utf8'), { id: 'examples/propaganda-en.txt', source: { file: 'examples/propaganda-en.txt' } });

/** ANSI SGR (the subset renderText emits) to HTML spans, for a terminal-like screenshot. */
function ansiToHtml(ansi: string): string {
  const colors: Record<number, string> = { 31: '#ff6b6b', 32: '#69db7c', 33: '#ffd43b', 34: '#74a7ff', 35: '#da77f2', 36: '#3bc9db' };
  let open = false;
  return ansi.split(/(\x1b\[[\d;]*m)/).map((part) => {
    const m = /^\x1b\[([\d;]*)m$/.exec(part);
    if (!m) return escapeHtml(part);
    const close = open ? '</span>' : '';
    const codes = m[1]!.split(';').map(Number);
    if (codes.includes(0) || m[1] === '') { open = false; return close; }
    const css = codes.map((c) => (c === 1 ? 'font-weight:bold' : c === 2 ? 'opacity:.6' : c === 4 ? 'text-decoration:underline' : colors[c] ? `color:${colors[c]}` : '')).filter(Boolean).join(';');
    open = true;
    return `${close}<span style="${css}">`;
  }).join('') + (open ? '</span>' : '');
}

const work = mkdtempSync(join(tmpdir(), 'spinscope-shots-'));
const terminal = `<!doctype html><meta charset="utf-8"><body style="margin:0;background:#1e1e1e"><pre style="margin:0;padding:16px;color:#ddd;font:14px/1.4 'DejaVu Sans Mono',monospace">$ npx spinscope analyze examples/propaganda-en.txt --width 96\n${ansiToHtml(renderText(analysis, { color: true, width: 96 }))}</pre>`;
writeFileSync(join(work, 'terminal.html'), terminal);
writeFileSync(join(work, 'report.html'), renderHtml(analysis));

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const page = await browser.newPage({ viewport: { width: 900, height: 600 } });
await page.goto(pathToFileURL(join(work, 'terminal.html')).href);
await page.screenshot({ path: join(ROOT, 'docs/terminal.png'), fullPage: true });
await page.setViewportSize({ width: 1280, height: 900 });
await page.goto(pathToFileURL(join(work, 'report.html')).href);
await page.screenshot({ path: join(ROOT, 'docs/report.png'), fullPage: true });
await browser.close();
console.log(`${analysis.techniques.length} technique spans; wrote docs/terminal.png and docs/report.png`);
