import 'server-only';
/**
 * Where the product is reached from outside, for links that leave it (e-mails, invitation
 * links): AUTH_URL, which Auth.js needs behind a proxy anyway, else the local default.
 */
export const siteOrigin = () => new URL(process.env.AUTH_URL ?? 'http://localhost:3000').origin;
