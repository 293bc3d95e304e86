import { describe, expect, it } from 'vitest';
import { MAX_UPLOAD_BYTES, SERVER_ACTION_BODY_BYTES } from './upload';

describe('the cohort upload limit', () => {
  it('is the server’s real limit: a full-size file and the form’s fields fit one action body', async () => {
    // Read as data, not as a module TypeScript checks: next.config.js is plain JavaScript.
    const configPath = new URL('../../../../next.config.js', import.meta.url).href;
    const config = (await import(configPath)).default as {
      experimental: { serverActions: { bodySizeLimit: number } };
    };
    expect(config.experimental.serverActions.bodySizeLimit).toBe(SERVER_ACTION_BODY_BYTES);
    expect(SERVER_ACTION_BODY_BYTES - MAX_UPLOAD_BYTES).toBeGreaterThanOrEqual(64 * 1024);
  });
});
