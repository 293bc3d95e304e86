/**
 * What a person types is shown as text, everywhere: markup in a goal is stored as typed and
 * rendered literally, and none of it runs (the page's own policy would also refuse an inline
 * handler, but this shows the text never becomes markup in the first place).
 */
import { expect, test } from './support/fixtures';

const MARKUP = `I want to lead <img src=x onerror="window.__typed=1"> and <script>window.__typed=2</script> teams.`;

test('markup typed into a goal is saved and shown as text, and never runs', async ({
  page,
  signIn,
}) => {
  await signIn();
  await page.goto('/goals/new');
  await page.getByLabel('Your goal, in your own words').fill(MARKUP);
  await page.getByRole('button', { name: 'Add goal' }).click();
  await expect(page.getByTestId('goal-statement')).toHaveText(MARKUP);
  await expect(page.locator('main img[src="x"]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __typed?: number }).__typed)).toBeUndefined();
  await page.goto('/goals');
  await expect(page.getByText(MARKUP)).toBeVisible();
  expect(await page.evaluate(() => (window as { __typed?: number }).__typed)).toBeUndefined();
});
