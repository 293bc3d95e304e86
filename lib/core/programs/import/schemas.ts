/**
 * The file format's own record schemas (lib/core/matching/people-file.ts), each checked on its
 * own so that every bad record is reported, plus what an import needs on top: an e-mail, and
 * the names a profile cannot do without.
 */
import { z } from 'zod';
import { peopleFileSchema } from '@/lib/core/matching/people-file';

const filePerson = peopleFileSchema.shape.people.element;
/** A goal, which an import needs in words: the triage reads them, and re-imports match on them. */
export const goalSchema = peopleFileSchema.shape.goals.element.extend({
  text: z
    .string({ error: 'expected text' })
    .trim()
    .min(1, 'the goal is needed in the person’s words')
    .max(5000, 'expected at most 5000 characters'),
});
export const stepSchema = filePerson.shape.experiences.element;

const named = (what: string) =>
  z
    .string({ error: 'expected text' })
    .trim()
    .min(1, `${what} is needed for the profile`)
    .max(200, 'expected at most 200 characters');

const importFields = {
  email: z
    .email({
      error: (issue) =>
        issue.input === undefined || issue.input === ''
          ? 'an e-mail is needed to find or create the person’s account'
          : 'expected an e-mail address',
    })
    .max(254, 'expected at most 254 characters')
    // Accounts store e-mails lower-cased (see the User model).
    .transform((email) => email.toLowerCase()),
  name: named('a name'),
  organization: named('an organisation'),
  function: named('a function'),
  title: named('a job title'),
};

/** A whole person of a JSON file, steps included. */
export const importPersonSchema = filePerson.extend(importFields);

/** A person from one CSV row: their steps come from their own rows and are checked there. */
export const csvPersonSchema = filePerson.omit({ experiences: true }).extend(importFields);
