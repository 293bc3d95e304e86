import 'server-only';
/**
 * The secret in an invitation's address (/invitations/TOKEN). Only its hash is stored, so a
 * copy of the database cannot open anyone's invitation; the page also needs the invited
 * address to be the one signed in.
 */
import { createHash, randomBytes } from 'node:crypto';

export const newInvitationToken = () => randomBytes(32).toString('base64url');

export const hashInvitationToken = (token: string) =>
  createHash('sha256').update(token).digest('hex');

export const invitationPath = (token: string) => `/invitations/${token}`;
