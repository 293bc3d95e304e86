/**
 * One Lighthouse performance audit of one page, as Lighthouse's default (a mid-range phone on
 * a slow 4G network, simulated), in a fresh headless Chromium: Debian's where it is installed,
 * else whichever Chrome chrome-launcher finds. A signed-in page is audited with its session
 * cookie sent on every request.
 */
import { existsSync } from 'node:fs';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';
// Without the background-networking flags Chromium keeps calling home on a closed network.
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface PageFigures {
  /** 0-100, as Lighthouse shows it. */
  performance: number;
  totalBlockingTimeMs: number;
  largestContentfulPaintMs: number;
  timeToInteractiveMs: number;
  /** The URL Lighthouse ended on: a redirect to sign-in would show here. */
  finalUrl: string;
}

/** Lighthouse sometimes fails to record a load's trace (NO_NAVSTART): such a run is retried. */
const ATTEMPTS = 3;

export async function auditPage(url: string, cookie: string | null): Promise<PageFigures> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await auditOnce(url, cookie);
    } catch (error) {
      if (attempt >= ATTEMPTS) throw error;
      console.error(`retrying ${url}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

async function auditOnce(url: string, cookie: string | null): Promise<PageFigures> {
  const chrome = await launch({
    chromePath: existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined,
    chromeFlags: CHROME_FLAGS,
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
      ...(cookie ? { extraHeaders: { Cookie: cookie } } : {}),
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`);
    const figure = (audit: string) => lhr.audits[audit]?.numericValue ?? Number.NaN;
    return {
      performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
      totalBlockingTimeMs: figure('total-blocking-time'),
      largestContentfulPaintMs: figure('largest-contentful-paint'),
      timeToInteractiveMs: figure('interactive'),
      finalUrl: lhr.finalDisplayedUrl,
    };
  } finally {
    chrome.kill();
  }
}
