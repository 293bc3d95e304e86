/**
 * Password hashing with argon2id (OWASP's first choice), via a maintained native binding.
 * Parameters are the library's defaults, which follow the RFC 9106 recommendations.
 */
import { hash, verify } from '@node-rs/argon2';

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false; // a malformed stored hash must read as "wrong password", never as a crash
  }
}
