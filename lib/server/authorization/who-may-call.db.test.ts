/**
 * The authorisation walk: every server action and route handler in WHO_MAY_CALL, called by
 * every kind of caller. The allowed ones succeed; everyone else is refused as "not found" (or
 * an empty answer) and changes nothing. The table must list every action and route the app
 * has: a new one without an entry fails here.
 *
 * Actions are called through the data-layer operation they consist of: an action only parses
 * its input and reads the session, and the session needs a request, which a test has not. The
 * anonymous caller is covered where it can be: every action but the public ones is built with
 * `userAction` (or checks `getActor()` itself), which refuses a missing session before
 * anything else, and that is checked on the source below.
 *
 * Route handlers are called for real: each route.ts is `actorRoute(handle)` (checked on the
 * source), so the walk calls that handle as every caller and as someone signed out, and reads
 * the Response: 200 for those it serves, 404 for everyone else.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { db } from '../db';
import { AppError } from '../errors';
import { CALLS, PREPARE, ROUTES } from '@/test/authorization/calls';
import { WHO_MAY_CALL, type Caller, type Endpoint } from './who-may-call';
import { buildWorld, ROLES, type Role, type World } from '@/test/authorization/world';

const ROLE_OF: Record<Exclude<Caller, 'anyone' | 'self' | 'member'>, Role> = {
  owner: 'owner',
  supporter: 'supporter',
  invitee: 'guest',
  'program-admin': 'programAdmin',
  'platform-admin': 'platformAdmin',
};
function allowedRoles(callers: readonly Caller[]): Role[] {
  if (callers.includes('anyone') || callers.includes('self')) return ROLES;
  // A guest invited from outside is the one signed-in person who is not a member.
  if (callers.includes('member')) return ROLES.filter((role) => role !== 'guest');
  return callers.map((caller) => ROLE_OF[caller as keyof typeof ROLE_OF]);
}

/**
 * Refused means "not found" (a 404 from a route) or an empty answer; any other failure is a bug
 * and is thrown.
 */
async function outcome(call: () => Promise<unknown>): Promise<'allowed' | 'refused'> {
  try {
    const answer = await call();
    if (answer instanceof Response) {
      if (answer.status === 404) return 'refused';
      // Served: the content itself, or a redirect to it (opening a notification).
      if (answer.status === 200 || answer.status === 303) return 'allowed';
      throw new Error(`A route answered ${answer.status}`);
    }
    return answer === null || (Array.isArray(answer) && answer.length === 0)
      ? 'refused'
      : 'allowed';
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') return 'refused';
    throw error;
  }
}

/** What a refused call must leave as it was: the rows the world's calls could touch. */
async function snapshot(world: World) {
  const [requests, relationships, goals, proposals, runs, program, experiences, helper, outside] =
    await Promise.all([
      db.connectionRequest.findMany({ where: { protegeId: world.actors.owner.id } }),
      db.relationship.findMany({ where: { protegeId: world.actors.owner.id } }),
      db.goal.findMany({ where: { userId: world.actors.owner.id } }),
      db.proposal.findMany({ where: { runId: world.run.id } }),
      db.matchingRun.findMany({ where: { programId: world.program.id } }),
      db.program.findUniqueOrThrow({ where: { id: world.program.id } }),
      db.experience.findMany({ where: { userId: world.actors.owner.id } }),
      // Whether the account admins disable in the walk is disabled, and its sessions.
      db.user.findUniqueOrThrow({
        where: { id: world.helper.id },
        select: { disabledAt: true, sessions: true },
      }),
      db.outsideInvitation.findMany({ where: { protegeId: world.actors.owner.id } }),
    ]);
  return { requests, relationships, goals, proposals, runs, program, experiences, helper, outside };
}

/** Likewise, what the two people of the world's relationship said and arranged. */
function conversation(world: World) {
  return Promise.all([
    db.message.findMany({ where: { relationshipId: world.relationshipId } }),
    db.meeting.findMany({
      where: { relationshipId: world.relationshipId },
      include: { notes: true },
    }),
  ]);
}

describe('who may call what', () => {
  it('lists every server action and route handler the app has', () => {
    const root = path.resolve(import.meta.dirname, '../../..');
    const files = readdirSync(path.join(root, 'app'), { recursive: true, encoding: 'utf8' })
      .filter((file) => /(^|\/)(actions\.ts|route\.ts)$/.test(file))
      .map((file) => `app/${file.split(path.sep).join('/')}`);
    const found: string[] = [];
    for (const file of files) {
      const source = readFileSync(path.join(root, file), 'utf8');
      if (file.endsWith('route.ts')) {
        found.push(file);
        // The signed-out caller reaches the same handle the walk calls (see ROUTES).
        const routeCallers: readonly Caller[] = WHO_MAY_CALL[file as Endpoint] ?? [];
        if (!routeCallers.includes('anyone')) {
          const methods = [...source.matchAll(/export (?:const|async function|function) (\w+)/g)];
          expect(
            methods.length > 0 &&
              methods.every(([line]) => /^export const [A-Z]+$/.test(line)) &&
              methods.every(([, name]) => new RegExp(`${name} = actorRoute\\(`).test(source)),
            `${file} must be built with actorRoute(handle)`,
          ).toBe(true);
          expect(ROUTES[file as Endpoint], `${file} needs its handle in ROUTES`).toBeDefined();
        }
        continue;
      }
      for (const [, name] of source.matchAll(/export (?:const|async function) (\w+)/g)) {
        const entry = `${file}#${name}`;
        found.push(entry);
        // The anonymous caller: refused before anything else unless the table says anyone.
        const callers: readonly Caller[] = WHO_MAY_CALL[entry as Endpoint] ?? [];
        if (!callers.includes('anyone'))
          expect(
            new RegExp(
              `${name} = userAction\\(|function ${name}\\([^)]*\\)[^{]*\\{[^]*?getActor\\(\\)`,
            ).test(source),
            `${entry} must refuse a caller without a session`,
          ).toBe(true);
      }
    }
    expect(found.toSorted()).toEqual(Object.keys(WHO_MAY_CALL).toSorted());
  });

  for (const [endpoint, callers] of Object.entries(WHO_MAY_CALL) as [
    Endpoint,
    readonly Caller[],
  ][]) {
    const call = CALLS[endpoint];
    if (!call) continue;
    const allowed = allowedRoles(callers);
    it(`${endpoint}: ${callers.join(', ')}`, async () => {
      // Everyone else first, on one world: each is refused and nothing changes.
      const world = await buildWorld();
      await PREPARE[endpoint]?.(world);
      const before = await snapshot(world);
      const said = await conversation(world);
      for (const role of ROLES.filter((role) => !allowed.includes(role)))
        expect(await outcome(() => call(world, world.actors[role])), role).toBe('refused');
      // A route handler as someone signed out: refused unless the table says anyone.
      const route = ROUTES[endpoint];
      if (route && !callers.includes('anyone'))
        expect(await outcome(() => route(world, null)), 'signed out').toBe('refused');
      expect(await snapshot(world)).toEqual(before);
      expect(await conversation(world)).toEqual(said);
      // Then each allowed caller, on a world of its own.
      for (const role of allowed) {
        const own = await buildWorld();
        await PREPARE[endpoint]?.(own);
        expect(await outcome(() => call(own, own.actors[role])), role).toBe('allowed');
      }
    });
  }
});
