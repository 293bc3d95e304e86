import { expect } from '@playwright/test';

const SERVED_404 = /^Failed to load resource: the server responded with a status of 404/;

/**
 * Takes out of `consoleErrors` the 404s a test asked for (the browser logs each one it was
 * served, sometimes a moment after the page shows, so this waits for `count` of them) and
 * checks nothing else was logged. What is left then counts against the page as usual.
 */
export async function takeServed404s(consoleErrors: string[], count: number): Promise<void> {
  await expect
    .poll(() => consoleErrors.filter((error) => SERVED_404.test(error)).length)
    .toBeGreaterThanOrEqual(count);
  expect(consoleErrors.splice(0).filter((error) => !SERVED_404.test(error))).toEqual([]);
}
