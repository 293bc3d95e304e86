/**
 * The profile's manager field: typed names find people one can already see, chosen with the
 * keyboard like any combobox; an e-mail, or someone without a profile, finds no one.
 */
import { randomUUID } from 'node:crypto';
import { createTestProfile, createTestUser } from '@/scripts/support/people';
import { expectAccessible } from './support/accessibility';
import { expect, test } from './support/fixtures';

test('a person picks their manager by name with the keyboard, and no one else is revealed', async ({
  page,
  signIn,
  prisma,
}) => {
  const tag = randomUUID().slice(0, 6);
  const manager = await createTestUser(prisma, { name: `Ingrid ${tag} Solberg` });
  await createTestProfile(prisma, manager.id, {
    jobTitle: 'Head of Finance',
    organisationName: 'Northwind',
  });
  // Signed up but never wrote a profile: not in the directory, so not findable.
  await createTestUser(prisma, { name: `Ingrid ${tag} Unlisted` });
  const person = await signIn();
  await createTestProfile(prisma, person.id);

  await page.goto('/profile/edit');
  const field = page.getByRole('combobox', { name: 'Your manager (optional)' });
  await field.fill(manager.email);
  await expect(page.getByText('No one by that name. Check the spelling.')).toBeVisible();
  await expect(field).toHaveAttribute('aria-expanded', 'false');

  await field.fill(`ingrid ${tag}`);
  const list = page.getByRole('listbox', { name: 'Your manager (optional)' });
  await expect(list.getByRole('option')).toHaveCount(1);
  await expect(list.getByRole('option')).toHaveText(
    `Ingrid ${tag} SolbergHead of Finance, Northwind`,
  );
  await expect(field).toHaveAttribute('aria-expanded', 'true');
  await expectAccessible(page);

  await field.press('ArrowDown');
  await expect(list.getByRole('option', { selected: true })).toContainText(manager.name);
  await expect(field).toHaveAttribute(
    'aria-activedescendant',
    (await list.getByRole('option').getAttribute('id'))!,
  );
  await field.press('Enter');
  await expect(field).toHaveValue(manager.name);
  await expect(list).toBeHidden();

  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByTestId('profile-summary')).toContainText(manager.name);
  expect((await prisma.profile.findUniqueOrThrow({ where: { userId: person.id } })).managerId).toBe(
    manager.id,
  );

  // Back on the form, the saved manager is shown by name. A name typed but not chosen is
  // refused rather than quietly saved as no one; Escape twice clears the choice.
  await page.goto('/profile/edit');
  await expect(field).toHaveValue(manager.name);
  await field.fill(`Ingrid ${tag}`);
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(field).toHaveAccessibleDescription(
    /Choose your manager from the list as you type\./,
  );
  expect((await prisma.profile.findUniqueOrThrow({ where: { userId: person.id } })).managerId).toBe(
    manager.id,
  );
  await field.press('Escape');
  await field.press('Escape');
  await expect(field).toHaveValue('');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByTestId('profile-summary')).toContainText('Manager—');
});
