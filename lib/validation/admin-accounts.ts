/** Input schemas of a platform admin's work on accounts, shared by the page, forms and server. */
import { z } from 'zod';

/** The search box of /admin/accounts: part of a name or an e-mail; empty lists everyone. */
export const findAccountsSchema = z.object({
  query: z.string().trim().max(254, 'Use at most 254 characters.').default(''),
});

/** Disabling or re-enabling one account; `query` is the search to return to afterwards. */
export const accountIdSchema = z.object({
  userId: z.string({ error: 'Choose an account.' }).min(1).max(64),
  query: findAccountsSchema.shape.query,
});
