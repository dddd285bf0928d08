import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';
import { expect, type TestContext } from 'vitest';

/** Debian's chromium (apt-get install chromium fonts-wqy-microhei), or CHROMIUM_PATH. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const SCREENSHOT_DIR = join(process.cwd(), 'test-output', 'screenshots');

/**
 * Why the browser tests cannot run here, or undefined when they can. Outside CI a missing Chromium skips them
 * with a loud warning; with CI=true the test file fails instead (the caller throws).
 */
export function browserMissing(): string | undefined {
  if (existsSync(CHROMIUM_PATH)) return undefined;
  return `Chromium not found at ${CHROMIUM_PATH}: install it (apt-get install chromium fonts-wqy-microhei) or set CHROMIUM_PATH`;
}

export function warnLoudly(reason: string): void {
  const bar = '!'.repeat(100);
  process.stderr.write(`\n${bar}\n!! BROWSER TESTS SKIPPED: ${reason}\n!! The web console was NOT tested. (With CI=true this fails the run.)\n${bar}\n\n`);
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export const VIEWPORTS = {
  desktop: { width: 1280, height: 860 },
  phone: { width: 390, height: 844 },
} as const;
export type ViewportName = keyof typeof VIEWPORTS;
export type Lang = 'en' | 'zh';

/** Switches the console's language with its own control (aria-pressed tells which is on). */
export async function setLanguage(page: Page, lang: Lang): Promise<void> {
  const name = lang === 'en' ? 'English' : '中文';
  await page.getByRole('button', { name, exact: true }).first().click();
  await page.waitForFunction(`document.documentElement.lang === '${lang === 'zh' ? 'zh-CN' : 'en'}'`);
}

/** How far the page, or any table, card or figure in it, is wider than its box (a table scrolling sideways counts). */
const WIDEST_OVERFLOW = `Math.max(
  document.documentElement.scrollWidth - window.innerWidth,
  ...[...document.querySelectorAll('.table-wrap, .card, .kpi, .page-header, .topbar')].map((e) => e.scrollWidth - e.clientWidth),
)`;

/**
 * Screenshots of what the page shows now, in both languages and at both widths:
 * test-output/screenshots/<name>.<lang>.<viewport>.png. Leaves the page in English at desktop width.
 * Returns the widest horizontal overflow seen (0 when nothing sticks out of the viewport).
 */
export async function shootAll(page: Page, name: string): Promise<{ overflow: Record<string, number> }> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const overflow: Record<string, number> = {};
  for (const viewport of ['desktop', 'phone'] as const) {
    await page.setViewportSize(VIEWPORTS[viewport]);
    for (const lang of ['en', 'zh'] as const) {
      await setLanguage(page, lang);
      await page.waitForLoadState('networkidle');
      await page.evaluate('document.fonts.ready.then(() => true)');
      overflow[`${lang}.${viewport}`] = Number(await page.evaluate(WIDEST_OVERFLOW));
      await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.${lang}.${viewport}.png`), fullPage: true });
    }
  }
  await page.setViewportSize(VIEWPORTS.desktop);
  await setLanguage(page, 'en');
  return { overflow };
}

/** The text a person sees in the element (rendered text, hidden parts left out). */
export const textOf = async (locator: Locator): Promise<string> => (await locator.allInnerTexts()).join('\n');

/**
 * A fresh tab (own sessionStorage) at desktop width, in English, at `url`. Any error in the browser console fails
 * the test when it finishes, except HTTP statuses the test provokes on purpose (401 and 404 always; `allowStatus`
 * adds others, e.g. a form's refused 400).
 */
export async function openConsolePage(
  browser: Browser,
  ctx: TestContext,
  url: string,
  options: { readonly allowStatus?: readonly number[]; readonly acceptDownloads?: boolean } = {},
): Promise<Page> {
  const allowed = new Set([401, 404, ...(options.allowStatus ?? [])]);
  const context = await browser.newContext({
    viewport: VIEWPORTS.desktop,
    locale: 'en-GB',
    deviceScaleFactor: 1,
    ...(options.acceptDownloads && { acceptDownloads: true }),
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    const status = /status of (\d{3})/.exec(message.text())?.[1];
    if (message.type() === 'error' && !(status && allowed.has(Number(status)))) errors.push(message.text());
  });
  ctx.onTestFinished(async () => {
    await context.close();
    expect(errors, 'errors in the browser console').toEqual([]);
  });
  await page.goto(url);
  return page;
}

/** Signs in on the console's sign-in page with an API key and waits for the navigation. */
export async function signInWithKey(page: Page, apiKey: string): Promise<void> {
  await page.getByLabel('API key').fill(apiKey);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
}
