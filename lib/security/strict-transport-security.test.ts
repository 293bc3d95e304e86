import { describe, expect, it } from 'vitest';
import { STRICT_TRANSPORT_SECURITY, strictTransportSecurity } from './strict-transport-security';

describe('the Strict-Transport-Security header', () => {
  it('is sent when the app’s address is https, for two years and its subdomains', () => {
    expect(strictTransportSecurity('https://mentoring.example.com')).toBe(
      STRICT_TRANSPORT_SECURITY,
    );
    expect(STRICT_TRANSPORT_SECURITY).toBe('max-age=63072000; includeSubDomains');
  });

  it('is not sent over http, without an address, or for one that is not a URL', () => {
    expect(strictTransportSecurity('http://localhost:3000')).toBeNull();
    expect(strictTransportSecurity(undefined)).toBeNull();
    expect(strictTransportSecurity('')).toBeNull();
    expect(strictTransportSecurity('mentoring.example.com')).toBeNull();
  });
});
