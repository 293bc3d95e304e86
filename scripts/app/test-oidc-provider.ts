/**
 * A real OpenID provider for the browser tests: panva's certified `oidc-provider`, with one
 * client (the app), the test company's people in memory, and sign-in and consent pages of our
 * own (plain HTML forms, which the tests fill in like a person would). The library's built-in
 * development pages would do, but they load a web font from the internet, which these machines
 * cannot reach, and take any password.
 */
import { generateKeyPairSync } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import Provider from 'oidc-provider';
import { COMPANY, COMPANY_PEOPLE, type CompanyPerson } from '../../e2e/support/company-people';

const PEOPLE: CompanyPerson[] = Object.values(COMPANY_PEOPLE);

export function startTestOidcProvider(options: { issuer: string; appUrl: string }): Server {
  const provider = new Provider(options.issuer, {
    clients: [
      {
        client_id: COMPANY.clientId,
        client_secret: COMPANY.clientSecret,
        redirect_uris: [`${options.appUrl}/api/auth/callback/company`],
        response_types: ['code'],
        grant_types: ['authorization_code'],
      },
    ],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    // Put the person's claims in the ID token itself, as company providers do: the app reads
    // them there, not from the userinfo endpoint.
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: false } },
    jwks: { keys: [signingKey()] },
    cookies: { keys: ['e2e-only-cookie-key-not-used-anywhere-else'] },
    // Lifetimes in seconds, set so the library does not warn about its defaults; a run is short.
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600 },
    async findAccount(_ctx, sub) {
      const person = PEOPLE.find((candidate) => candidate.sub === sub);
      if (!person) return undefined;
      return {
        accountId: sub,
        claims: () => ({
          sub,
          name: person.name,
          email: person.email,
          email_verified: person.emailVerified,
        }),
      };
    },
  });
  const callback = provider.callback();
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', options.issuer);
    if (!url.pathname.startsWith('/interaction/')) return callback(request, response);
    interaction(provider, request, response).catch((error: unknown) => {
      console.error('test identity provider:', error);
      if (!response.headersSent) response.writeHead(500).end('The test identity provider failed.');
    });
  });
  server.listen(Number(new URL(options.issuer).port));
  return server;
}

/** One step of signing in: the login form, then the consent form, each shown and answered. */
async function interaction(provider: Provider, request: IncomingMessage, response: ServerResponse) {
  const details = await provider.interactionDetails(request, response);
  const form = request.method === 'POST' ? await readForm(request) : null;
  if (details.prompt.name === 'login') {
    if (!form) return page(response, 'Sign in to Fabrikam', loginForm());
    const person = PEOPLE.find(
      (candidate) =>
        candidate.email === form.get('email') && candidate.password === form.get('password'),
    );
    if (!person)
      return page(response, 'Sign in to Fabrikam', loginForm('Wrong e-mail or password.'));
    return provider.interactionFinished(
      request,
      response,
      { login: { accountId: person.sub } },
      { mergeWithLastSubmission: false },
    );
  }
  if (!form) return page(response, 'Share your details', consentForm());
  const grant = new provider.Grant({
    accountId: details.session!.accountId,
    clientId: String(details.params.client_id),
  });
  const missing = details.prompt.details as {
    missingOIDCScope?: string[];
    missingOIDCClaims?: string[];
  };
  if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
  if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
  const grantId = await grant.save();
  return provider.interactionFinished(
    request,
    response,
    { consent: { grantId } },
    { mergeWithLastSubmission: true },
  );
}

function loginForm(problem?: string): string {
  return `${problem ? `<p role="alert">${problem}</p>` : ''}
<form method="post">
  <label>E-mail <input name="email" type="email" required></label>
  <label>Password <input name="password" type="password" required></label>
  <button type="submit">Sign in</button>
</form>`;
}

function consentForm(): string {
  return `<p>Pathfinder asks for your name and e-mail address.</p>
<form method="post"><input type="hidden" name="consent" value="yes"><button type="submit">Allow</button></form>`;
}

function page(response: ServerResponse, title: string, body: string) {
  response.writeHead(200, {
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  response.end(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>` +
      `<link rel="icon" href="data:,"></head><body><h1>${title}</h1>${body}</body></html>`,
  );
}

async function readForm(request: IncomingMessage): Promise<URLSearchParams> {
  let body = '';
  for await (const chunk of request) body += String(chunk);
  return new URLSearchParams(body);
}

/** A fresh key per run: the ID tokens only need to verify against this run's JWKS. */
function signingKey() {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { ...privateKey.export({ format: 'jwk' }), use: 'sig', alg: 'RS256', kid: 'e2e' };
}
