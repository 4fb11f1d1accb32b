/**
 * the page in a real browser: Debian's Chromium (never a downloaded one) driven by playwright-core,
 * against the example's server on a free port. Skipped, with the reason, when no Chromium is found.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { schemaValidator } from '@unmask/schema';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import type { Unmask } from 'unmask';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleClient } from '../test-support';
import { restaurantBooking, type SampleForm, shippingAddress } from './samples';
import { createFormServer, type FormServer } from './server';

const CHROMIUM_CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
const chromiumPath = CHROMIUM_CANDIDATES.find((path): path is string => !!path && existsSync(path));
const skipReason = chromiumPath
  ? ''
  : ' (skipped: no Chromium at /usr/bin/chromium or $CHROMIUM_PATH; install it with apt-get install -y chromium)';
if (!chromiumPath) console.warn(`form-filling-web page test${skipReason}`);

const screenshots = join(import.meta.dirname, 'screenshots');

/** run in the page (as text: this project's types have no DOM): what the form goes through while it fills. */
const WATCH_FORM = `{
  const seen = (window.seen = { masked: 0, frames: 0 });
  const form = document.getElementById('form');
  new MutationObserver(() => {
    seen.masked = Math.max(seen.masked, form.querySelectorAll('.field[data-state="masked"]').length);
  }).observe(form, { attributes: true, subtree: true, attributeFilter: ['data-state'] });
  new MutationObserver(() => seen.frames++).observe(document.getElementById('canvas-text'), {
    childList: true, characterData: true, subtree: true,
  });
}`;

describe.skipIf(!chromiumPath)(`example: form-filling-web in Chromium${skipReason}`, () => {
  let unmask: Unmask;
  let app: FormServer;
  let url: string;
  let profile: string;
  let browser: BrowserContext;

  beforeAll(async () => {
    unmask = exampleClient();
    app = createFormServer({ unmask });
    url = (await app.listen(0)).url;
    profile = await mkdtemp(join(tmpdir(), 'unmask-chromium-'));
    await mkdir(screenshots, { recursive: true });
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath!,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
      viewport: { width: 1280, height: 900 },
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await unmask?.dispose();
    if (profile) await rm(profile, { recursive: true, force: true });
  });

  async function open(width: number, height: number): Promise<Page> {
    const page = await browser.newPage();
    await page.setViewportSize({ width, height });
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(String(error)));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    // nothing but this server: a request anywhere else fails the test
    page.on('request', (request) => {
      if (!request.url().startsWith(url)) problems.push(`request outside the server: ${request.url()}`);
    });
    (page as Page & { problems: string[] }).problems = problems;
    await page.goto(url);
    await page.waitForSelector('body[data-state="ready"]');
    return page;
  }
  const problemsOf = (page: Page) => (page as Page & { problems: string[] }).problems;

  /** fill, wait for the result, and check it against the schema; the value and the fields' sources. */
  async function fillAndCheck(page: Page, sample: SampleForm, start = () => page.click('#fill')) {
    // what the form went through while it filled: the most fields masked at once, frames drawn
    await page.evaluate(WATCH_FORM);
    const unknown = await page.locator('.field:not([data-state="known"])').count();
    await start();
    await page.waitForSelector('body[data-state="done"], body[data-state="error"]', { timeout: 90_000 });
    const seen = (await page.evaluate('window.seen')) as { masked: number; frames: number };
    // every field not typed was masked before the first step, and the steps were drawn
    expect(seen.masked).toBe(unknown);
    expect(seen.frames).toBeGreaterThan(0);
    expect(await page.locator('#error').isHidden(), String(await page.locator('#error').textContent())).toBe(
      true,
    );
    const value = JSON.parse(String(await page.locator('#result-json').textContent()));
    expect(schemaValidator(sample.schema)(value)).toEqual([]);
    expect(await page.locator('.field[data-state="masked"], .field[data-state="filling"]').count()).toBe(0);
    expect(await page.locator('#stats').textContent()).toMatch(/Forward passes\s*\d+/);
    return value as Record<string, unknown>;
  }

  /** the whole page, from its top (the focused field keeps its highlight), as a PNG in screenshots/. */
  async function shoot(page: Page, name: string) {
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: join(screenshots, name), fullPage: true, animations: 'disabled' });
  }

  /** focusing a field read from the message marks its span there. */
  async function checkSpan(page: Page, sample: SampleForm) {
    const field = page.locator('.field[data-source="prompt"]').first();
    expect(await field.count(), 'a field read from the message').toBe(1);
    const start = Number(await field.getAttribute('data-start'));
    const end = Number(await field.getAttribute('data-end'));
    await field.locator('input, select, textarea').first().focus();
    await expect
      .poll(() => page.locator('#message-view mark').textContent())
      .toBe(sample.message.slice(start, end));
    expect(await field.getAttribute('class')).toContain('pointed');
  }

  it('wide: the shipping form fills itself from the message', async () => {
    const page = await open(1280, 900);
    expect(await page.locator('#form-picker').inputValue()).toBe('shipping');
    const value = await fillAndCheck(page, shippingAddress);
    expect(shippingAddress.message).toContain(value.email);
    // a value re-noised on the way says so
    if (/Re-noise rounds\s*[1-9]/.test(String(await page.locator('#stats').textContent())))
      expect(await page.locator('.provenance', { hasText: 're-noised' }).count()).toBeGreaterThan(0);
    await checkSpan(page, shippingAddress);
    await shoot(page, 'wide-1280.png');
    expect(problemsOf(page)).toEqual([]);
    await page.close();
  }, 120_000);

  it('narrow: the booking form with a name typed first, run from the keyboard', async () => {
    const page = await open(390, 844);
    await page.selectOption('#form-picker', 'booking');
    await page.locator('#message').waitFor();
    expect(await page.locator('#message').inputValue()).toBe(restaurantBooking.message);
    await page.fill('[data-pointer="/name"] input', 'Chidi O.');
    expect(await page.locator('[data-pointer="/name"]').getAttribute('data-state')).toBe('known');
    const value = await fillAndCheck(page, restaurantBooking, async () => {
      await page.focus('#fill');
      await page.keyboard.press('Enter');
    });
    expect(value.name).toBe('Chidi O.');
    expect(await page.locator('[data-pointer="/name"]').getAttribute('data-source')).toBe('known');
    await checkSpan(page, restaurantBooking);
    await shoot(page, 'narrow-390.png');
    expect(problemsOf(page)).toEqual([]);
    await page.close();
  }, 120_000);

  it('errors are shown in the page: bad schema, message too long, server down', async () => {
    const page = await open(1280, 900);
    const errorCode = async () => {
      await page.locator('#error').waitFor({ state: 'visible' });
      return page.locator('#error').getAttribute('data-code');
    };
    // a schema that is not JSON
    await page.selectOption('#form-picker', 'custom');
    await page.fill('#schema-text', '{ "type": "object", ');
    await page.click('#use-schema');
    expect(await errorCode()).toBe('schema-json');
    // JSON, but not a schema unmask takes
    await page.fill('#schema-text', '{ "type": "object", "properties": { "a": { "type": "text" } } }');
    await page.click('#use-schema');
    await page.fill('#message', 'a message');
    await page.click('#fill');
    await page.waitForSelector('body[data-state="error"]');
    expect(await errorCode()).toBe('invalid-schema');
    // a message past the model's window
    await page.selectOption('#form-picker', 'shipping');
    await page.fill('#message', `${shippingAddress.message} `.repeat(12));
    await page.click('#fill');
    await page.waitForSelector('body[data-state="error"]');
    expect(await errorCode()).toBe('canvas-too-long');
    expect(await page.locator('#error').textContent()).toMatch(/Shorten the message/);
    // the server gone
    await page.fill('#message', shippingAddress.message);
    await page.route('**/api/fill', (route) => route.abort('connectionrefused'));
    await page.click('#fill');
    await page.waitForSelector('body[data-state="error"]');
    expect(await errorCode()).toBe('network');
    // and the form is usable again
    expect(await page.locator('#fill').isEnabled()).toBe(true);
    expect(await page.locator('[data-pointer="/fullName"] input').isEditable()).toBe(true);
    await page.close();
  }, 120_000);
});
