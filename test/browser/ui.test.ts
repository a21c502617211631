import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../src/server/app.js';
import { EXAMPLE_ARTICLE, fixturePool } from '../server/fixtures.js';

const CHROMIUM = '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn(`skipping browser tests: ${CHROMIUM} is absent (apt-get install -y chromium)`);

let app: FastifyInstance;
let browser: Browser;
let origin = '';

/** A page that may talk to our loopback server only; anything else is aborted and recorded. */
async function openPage(viewport = { width: 1280, height: 900 }): Promise<{ page: Page; outside: string[]; errors: string[] }> {
  const page = await browser.newPage({ viewport });
  const outside: string[] = [];
  const errors: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('blob:') || url.startsWith('data:')) return route.continue();
    outside.push(url);
    return route.abort();
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto(`${origin}/`);
  await page.waitForSelector('body[data-ready="true"]');
  return { page, outside, errors };
}

async function analyzeText(page: Page, text: string): Promise<void> {
  await page.fill('#text-input', text);
  await page.selectOption('#lang-input', 'en');
  await page.click('#analyze-button');
  await page.waitForSelector('#results:not([hidden])');
  await page.waitForSelector('#status.done');
}

describe.skipIf(!haveChromium)('browser UI', () => {
  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    // allowPrivate: the URL test fetches a page from a loopback server (refusal is tested in test/server/url.test.ts)
    app = await buildServer({ pool: fixturePool(2, 8), rateLimit: false, allowPrivate: true });
    await app.listen({ host: '127.0.0.1', port: 0 });
    origin = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('analyses an example and highlights its spans by category, with definitions on hover', async () => {
    const { page, outside, errors } = await openPage();
    await page.click('#example-button');
    await page.click('#analyze-button');
    await page.waitForSelector('#article mark');
    const marks = page.locator('#article mark');
    expect(await marks.count()).toBeGreaterThanOrEqual(3);
    const name = page.locator('#article mark.cat-attack_on_reputation');
    expect(await name.first().textContent()).toBe('traitors');
    expect(await page.locator('#article mark.cat-justification').first().textContent()).toBe('every true patriot');
    await name.first().hover();
    const tip = page.locator('#tip');
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toMatch(/Name calling.*score 91%.*cues: traitors/s);
    expect(await page.locator('#genre').textContent()).toMatch(/Opinion/);
    expect(await page.locator('#frames').textContent()).toMatch(/Security/);
    expect(await page.locator('#chart svg rect').count()).toBe(6);
    expect(await page.locator('#claims li.claim').count()).toBe(2);
    expect(await page.locator('#claims .sourcing-document .badge').textContent()).toBe('document');
    expect(await page.locator('#entities').textContent()).toMatch(/Mara Lind.*person/s);
    // each entity links its paragraphs as ¶n (a nested list once printed the links' addresses as text)
    expect(await page.locator('#entities a.locate').first().textContent()).toMatch(/^¶\d+$/);
    expect(await page.locator('#entities').textContent()).not.toContain('http');
    // a claim links to its paragraph
    await page.locator('#claims .sourcing-document a.locate').click();
    expect(await page.locator('.paragraph:target').getAttribute('data-paragraph')).toBe('6');
    expect(await page.locator('#download-json').getAttribute('href')).toMatch(/^blob:/);
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('hides a category and a single technique with the filters, and shows them again', async () => {
    const { page } = await openPage();
    await analyzeText(page, EXAMPLE_ARTICLE);
    const attacks = page.locator('#article mark.cat-attack_on_reputation');
    expect(await attacks.count()).toBe(1);
    await page.uncheck('#filters input[data-category="attack_on_reputation"]');
    expect(await attacks.count()).toBe(0);
    expect(await page.locator('#article mark.cat-justification').count()).toBe(1);
    await page.check('#filters input[data-category="attack_on_reputation"]');
    expect(await attacks.count()).toBe(1);
    await page.uncheck('#filters input[data-technique="Flag_Waving"]');
    expect(await page.locator('#article mark.cat-justification').count()).toBe(0);
    expect(await page.locator('#filters input[data-category="justification"]').isChecked()).toBe(false);
    await page.close();
  });

  it('shows markup in an article as text and runs none of it', async () => {
    const { page, outside, errors } = await openPage();
    const hostile = [
      'Headline <img src=x onerror="window.__pwned = 1; alert(1)"> traitors',
      '<script>window.__pwned = 2; alert(2)</script> and a catastrophe follows',
      '"><svg onload="window.__pwned = 3"></svg> <a href="javascript:alert(3)">link</a> &amp; &lt;b&gt;',
      'According to <b>insiders</b> <img src=y onerror="window.__pwned = 4"> the plan failed.',
    ].join('\n');
    await analyzeText(page, hostile);
    const article = page.locator('#article');
    expect(await article.textContent()).toContain('<img src=x onerror="window.__pwned = 1; alert(1)">');
    expect(await article.textContent()).toContain('<script>window.__pwned = 2; alert(2)</script>');
    expect(await article.textContent()).toContain('&amp; &lt;b&gt;');
    expect(await page.locator('#article img, #article script, #article svg, #article a, #article b').count()).toBe(0);
    expect(await page.locator('#claims q').textContent()).toContain('<b>insiders</b> <img src=y');
    expect(await page.locator('#claims b, #claims img').count()).toBe(0);
    // a highlight inside hostile text is still text
    expect(await page.locator('#article mark.cat-attack_on_reputation').textContent()).toBe('traitors');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('sends the chosen minimum score with the analysis', async () => {
    const { page } = await openPage();
    const sent = async (choice: string) => {
      await page.selectOption('#score-input', choice);
      const [request] = await Promise.all([page.waitForRequest((r) => r.method() === 'POST' && r.url() === `${origin}/v1/analyze`), analyzeText(page, EXAMPLE_ARTICLE)]);
      return request.postDataJSON() as Record<string, unknown>;
    };
    expect(await sent('0.2')).toMatchObject({ lang: 'en', minScore: 0.2 });
    expect(await sent('')).not.toHaveProperty('minScore');
    await page.close();
  });

  it('analyses a web address', async () => {
    const site = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<html><head><title>Quay news</title></head><body><article><h1>Quay news</h1><p>The mayor called the protesters traitors at the harbour meeting on Monday evening.</p><p>Fishermen said the new rules would leave their boats idle for most of the winter season.</p></article></body></html>');
    });
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    try {
      const { page, outside } = await openPage();
      await page.fill('#url-input', `http://127.0.0.1:${(site.address() as AddressInfo).port}/quay`);
      await page.click('#analyze-button');
      await page.waitForSelector('#status.done');
      expect(await page.locator('#article').textContent()).toContain('The mayor called the protesters traitors');
      expect(await page.locator('#article mark.cat-attack_on_reputation').textContent()).toBe('traitors');
      // the page itself only ever talked to the spinscope server
      expect(outside).toEqual([]);
      await page.close();
    } finally {
      site.close();
    }
  });

  it('downloads the JSON and the HTML report of the analysis', async () => {
    const { page, outside } = await openPage();
    await analyzeText(page, EXAMPLE_ARTICLE);
    const [json] = await Promise.all([page.waitForEvent('download'), page.click('#download-json')]);
    expect(json.suggestedFilename()).toBe('spinscope-analysis.json');
    const analysis = JSON.parse(readFileSync((await json.path())!, 'utf8'));
    expect(analysis.text).toBe(EXAMPLE_ARTICLE);
    const [report] = await Promise.all([page.waitForEvent('download'), page.click('#download-html')]);
    expect(report.suggestedFilename()).toBe('spinscope-report.html');
    const html = readFileSync((await report.path())!, 'utf8');
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).toContain('traitors');
    expect(outside).toEqual([]);
    await page.close();
  });

  // SPINSCOPE_SCREENSHOT=docs/ui.png: a picture of the UI on the real pipeline (worker threads, trained models)
  it.skipIf(!process.env.SPINSCOPE_SCREENSHOT)('renders a real analysis of an example (screenshot for the docs)', async () => {
    const real = await buildServer({ workers: 1, rateLimit: false });
    await real.listen({ host: '127.0.0.1', port: 0 });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`http://127.0.0.1:${(real.server.address() as AddressInfo).port}/`);
      await page.waitForSelector('body[data-ready="true"]');
      await analyzeText(page, readFileSync(new URL('../../examples/propaganda-en.txt', import.meta.url), 'utf8'));
      await page.locator('#article mark').first().hover();
      await page.screenshot({ path: process.env.SPINSCOPE_SCREENSHOT!, fullPage: true });
      const claims = await page.locator('#claims li.claim').count();
      if (claims > 10) {
        expect(await page.locator('#claims li.claim:visible').count()).toBe(8);
        await page.click('#claims button.more');
        expect(await page.locator('#claims li.claim:visible').count()).toBe(claims);
      }
      expect(errors).toEqual([]);
      await page.close();
    } finally {
      await real.close();
    }
  });

  it('asks for the API key when the server requires one, then uses it', async () => {
    const keyed = await buildServer({ pool: fixturePool(), rateLimit: false, apiKeys: ['s3cret-key'] });
    await keyed.listen({ host: '127.0.0.1', port: 0 });
    try {
      const page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${(keyed.server.address() as AddressInfo).port}/`);
      await page.waitForSelector('body[data-ready="true"]');
      await page.fill('#text-input', EXAMPLE_ARTICLE);
      await page.click('#analyze-button');
      await page.waitForSelector('#status.error');
      expect(await page.locator('#status').textContent()).toMatch(/API key/);
      await page.click('.settings summary');
      await page.fill('#key-input', 's3cret-key');
      await page.locator('#key-input').dispatchEvent('change');
      await page.click('#analyze-button');
      await page.waitForSelector('#status.done');
      expect(await page.locator('#article mark').count()).toBeGreaterThan(0);
      // the taxonomy came with the key: names, not ids
      expect(await page.locator('#legend').textContent()).toContain('Attack on reputation');
      await page.close();
    } finally {
      await keyed.close();
    }
  });

  it('shows the API error message and fits a phone screen', async () => {
    const { page } = await openPage({ width: 375, height: 740 });
    await page.fill('#text-input', 'UNREADABLE text');
    await page.click('#analyze-button');
    await page.waitForSelector('#status.error');
    expect(await page.locator('#status').textContent()).toBe('the text cannot be analysed (fixture refusal)');
    await analyzeText(page, EXAMPLE_ARTICLE);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });
});
