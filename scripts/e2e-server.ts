/**
 * The app as the browser tests see it: a production build served by scripts/app/web-server.ts
 * and one background worker (matching runs, reminders, e-mail), on the database that
 * scripts/with-database.ts provides, delivering its e-mail to a real SMTP server whose mail
 * the tests read, and the test company's OpenID provider on the next port, which company
 * sign-in is configured to use. Builds only when sources changed.
 */
import { needsBuild } from './app/needs-build';
import { buildNext, startNext } from './app/next-process';
import { startTestOidcProvider } from './app/test-oidc-provider';
import { startWorkerProcess } from './app/worker-process';
import { PROJECT_DIR } from './db/provide-database';
import { E2E_AUTH_SECRET } from '../e2e/support/auth-secret';
import { mailDropFile, mailPort } from '../e2e/support/mail-drop';
import { companyIssuer, companySettings } from '../e2e/support/company-people';
import { startTestMailServer } from './app/test-mail-server';

const port = process.argv[2] ?? '3100';
// The app's mail server listens on the app's port + 2; the OpenID provider takes + 1.
const smtpPort = mailPort(Number(port));
await startTestMailServer(smtpPort, mailDropFile(Number(port)));
const appUrl = `http://localhost:${port}`;
const env = {
  ...process.env,
  SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
  AUTH_SECRET: E2E_AUTH_SECRET,
  AUTH_URL: appUrl,
  NEXT_TELEMETRY_DISABLED: '1',
  ...companySettings(Number(port)),
};
if (needsBuild(PROJECT_DIR) && !(await buildNext(env))) process.exit(1);
startTestOidcProvider({ issuer: companyIssuer(Number(port)), appUrl });
// Playwright stops its web server by killing the whole process group, Next included.
const server = startNext('start', port, env, { ownGroup: false });
startWorkerProcess(env, { ownGroup: false });
server.on('exit', (code) => process.exit(code ?? 0));
