import 'server-only';
/**
 * "Sign out everywhere": every session of the person ends, this one included. The words
 * promise it, and it leaves no doubt about which browser might still be in: the person signs
 * in again here in a moment, with a session no copied cookie shares.
 */
import type { Actor } from '../auth/session';
import { endSessions } from '../auth/session-record';
import { db } from '../db';

export async function signOutEverywhere({ actor }: { actor: Actor }): Promise<{ ended: number }> {
  return { ended: await endSessions(db, actor.id) };
}
