import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/render/html.js';
import { hostileAnalysis, opinionAnalysis } from '../fixtures/analyses.js';

// The HTML report in a real browser: Debian chromium through playwright-core (never a downloaded browser).
const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available) console.log(`test/browser: skipped, ${CHROMIUM} is not installed (apt-get install chromium)`);

const work = mkdtempSync(join(tmpdir(), 'spinscope-report-'));
let browser: Browser;

beforeAll(async () => {
  if (!available) return;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
});
afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

/** Opens a report with every non-file request recorded and refused. */
async function open(name: string, html: string): Promise<{ page: Page; requests: string[]; dialogs: string[] }> {
  const path = join(work, name);
  writeFileSync(path, html);
  const page = await browser.newPage();
  const requests: string[] = [];
  const dialogs: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    requests.push(url);
    return route.abort();
  });
  page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
  await page.goto(pathToFileURL(path).href);
  return { page, requests, dialogs };
}

const background = (page: Page, selector: string) => page.$eval(selector, (el) => getComputedStyle(el).backgroundColor);

describe.skipIf(!available)('HTML report in headless Chromium', () => {
  it('highlights the spans, and a category filter hides that category only', async () => {
    const { page, requests } = await open('opinion.html', renderHtml(opinionAnalysis));
    expect(await page.locator('#article .seg.hl').count()).toBeGreaterThanOrEqual(9);
    const reckless = page.locator('#article .seg', { hasText: 'reckless 🚧 plan' });
    expect(await reckless.getAttribute('class')).toBe('seg hl cat-manipulative_wording');
    expect(await background(page, '#article .cat-manipulative_wording')).not.toBe('rgba(0, 0, 0, 0)');
    expect(await reckless.getAttribute('title')).toMatch(/^Loaded language \(Manipulative wording\) 91%: \S/);

    await page.locator('input[data-filter="category"][value="manipulative_wording"]').uncheck();
    expect(await reckless.getAttribute('class')).toBe('seg');
    expect(await reckless.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
    expect(await page.locator('#article .cat-manipulative_wording').count()).toBe(0);
    // "ruin … forever" is also Appeal to fear (justification): it stays highlighted, now in that colour
    expect(await page.locator('#article .seg', { hasText: 'ruin our beautiful town forever' }).getAttribute('class')).toBe('seg hl cat-justification');
    expect(await page.locator('#article .cat-call').count()).toBe(1);
    expect(await page.locator('sup.mark[data-span="0"]').isHidden()).toBe(true);
    expect(await page.locator('.spans li[data-span="0"]').isHidden()).toBe(true);

    await page.locator('input[data-filter="technique"][value="Slogans"]').uncheck();
    expect(await page.locator('#article .cat-call').count()).toBe(0);
    await page.locator('input[data-filter="category"][value="manipulative_wording"]').check();
    expect(await reckless.getAttribute('class')).toBe('seg hl cat-manipulative_wording');
    expect(requests).toEqual([]);
    await page.close();
  });

  it('shows markup from the article as text and runs none of it', async () => {
    const { page, requests, dialogs } = await open('hostile.html', renderHtml(hostileAnalysis));
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await page.locator('#article img, #article script, #article b').count()).toBe(0);
    expect(await page.locator('#p2').innerText()).toContain('<script>window.__pwned = true</script>');
    expect(await page.locator('#p3').innerText()).toContain('<img src=x onerror="window.__pwned = \'img\'">');
    expect(await page.title()).toContain('<script>');
    expect(dialogs).toEqual([]);
    expect(requests).toEqual([]);
    // the report's own script did run: the filters work
    await page.locator('input[data-filter="category"][value="attack_on_reputation"]').uncheck();
    expect(await page.locator('#article .cat-attack_on_reputation').count()).toBe(0);
    await page.close();
  });
});
