/** The sign-in page's forms: each also carries where the person was going (`next`). */
import { z } from 'zod';
import { returnPath } from '@/lib/core/auth/return-path';
import { emailField, signInSchema } from './accounts';

/** A return path from a form or a query; anything that is not a local path is dropped. */
export const nextField = z
  .string()
  .optional()
  .transform((value) => returnPath(value));

export const passwordSignInSchema = signInSchema.extend({ next: nextField });

export const linkRequestSchema = z.object({ email: emailField, next: nextField });

/** The company sign-in button: nothing but where to go afterwards. */
export const companySignInSchema = z.object({ next: nextField });

/** Signing out to sign in again as someone else, then back to `next` (an invitation's page). */
export const signInAgainSchema = z.object({ next: nextField });
