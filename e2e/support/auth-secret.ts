/** The session secret of the test server; the fixtures sign session cookies with it. */
export const E2E_AUTH_SECRET = 'e2e-only-secret-not-used-anywhere-else-0123456789';
