import 'server-only';
/**
 * Where the product is reached from outside, for links that leave it (e-mails, invitation
 * links): AUTH_URL, which Auth.js needs behind a proxy anyway, else the local default
 * (both in env.ts).
 */
import { env } from './env';

export const siteOrigin = () => new URL(env().AUTH_URL).origin;
