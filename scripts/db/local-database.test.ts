import { describe, expect, it } from 'vitest';
import { isLocalDatabaseUrl } from './local-database';

describe('isLocalDatabaseUrl', () => {
  it('accepts this machine', () => {
    expect(isLocalDatabaseUrl('postgresql://postgres:postgres@localhost:54329/pathfinder')).toBe(
      true,
    );
    expect(isLocalDatabaseUrl('postgres://u:p@127.0.0.1/db')).toBe(true);
    expect(isLocalDatabaseUrl('postgres://u:p@[::1]:5432/db')).toBe(true);
    expect(isLocalDatabaseUrl('postgres:///db?host=/var/run/postgresql')).toBe(true);
  });

  it('refuses anything else, and anything it cannot read', () => {
    expect(isLocalDatabaseUrl('postgres://u:p@db.example.com:5432/prod')).toBe(false);
    expect(isLocalDatabaseUrl('postgres://u:p@10.0.0.5/db')).toBe(false);
    expect(isLocalDatabaseUrl('postgres://u:p@localhost.evil.com/db')).toBe(false);
    expect(isLocalDatabaseUrl('not a url')).toBe(false);
  });
});
