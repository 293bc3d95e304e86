/**
 * Every page carries the security headers, and the pages still work under them: the script
 * policy admits only scripts with the request's nonce, so a hydrated, interactive page with no
 * console errors (the fixture fails on any) shows Next.js's own scripts carry it.
 */
import { formsWith } from '@/scripts/load/forms';
import { expect, test } from './support/fixtures';

test('pages carry a nonce-based CSP without eval, deny framing, and still hydrate', async ({
  page,
  signIn,
}) => {
  // Hydrated under the policy: the browser-side check answers on leaving the field, without
  // asking the server (it could not if the policy had blocked the page's scripts).
  await page.goto('/sign-up');
  await page.getByLabel('Work e-mail').fill('not-an-email');
  await page.getByLabel('Work e-mail').blur();
  await expect(
    page.getByText('Enter a valid e-mail address, like name@example.com.'),
  ).toBeVisible();

  const person = await signIn();
  const first = await page.goto('/goals');
  const second = await page.request.get('/goals');
  const headers = first!.headers();
  const policy = headers['content-security-policy'] ?? '';
  expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(policy).not.toContain('unsafe-eval');
  expect(policy).toContain(`frame-ancestors 'none'`);
  // A fresh nonce for every response.
  expect(second.headers()['content-security-policy']).not.toBe(policy);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['referrer-policy']).toBe('same-origin');
  // Served over http here: HSTS only when AUTH_URL is https (test/security covers that case).
  expect(headers['strict-transport-security']).toBeUndefined();

  // A route handler through actorRoute in the real server: the session reaches its handle.
  const exported = await page.request.get('/account/export.json');
  expect(exported.status()).toBe(200);
  expect(await exported.json()).toMatchObject({ account: { email: person.email } });
});

test('a server action posted from another origin is refused and changes nothing', async ({
  page,
  signIn,
  prisma,
}) => {
  const person = await signIn();
  const html = await (await page.request.get('/goals/new')).text();
  const [form] = formsWith(html, 'name="$ACTION_KEY"');
  expect(form).toBeDefined();
  const statement = 'A goal a foreign site tried to write for me, in my name.';
  const forged = await page.request.post('/goals/new', {
    headers: { origin: 'https://evil.example' },
    multipart: { ...form, statement },
    maxRedirects: 0,
  });
  expect(forged.status()).toBeGreaterThanOrEqual(400);
  expect(await prisma.goal.count({ where: { userId: person.id, statement } })).toBe(0);

  // The same post from the app's own origin goes through, so the refusal was the origin's.
  const own = await page.request.post('/goals/new', {
    multipart: { ...form, statement },
    maxRedirects: 0,
  });
  expect(own.status()).toBe(303);
  expect(await prisma.goal.count({ where: { userId: person.id, statement } })).toBe(1);
});
