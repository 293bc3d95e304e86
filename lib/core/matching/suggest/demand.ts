/**
 * Demand-aware ranking: how many goals of the file put a supporter in their top k, against how
 * much room that supporter has left. A supporter wanted by more goals than they can take keeps
 * their place in the lists of the goals they fit best (as many as they have room for) and loses
 * points in the others, growing with the log of the overload and capped. So the same few
 * popular people do not top every list, yet still lead where they fit best.
 */
import type { FitReason } from '@/lib/core/matching/fit';

/** Most a supporter can lose to demand; a fit lead bigger than this always survives. */
export const MAX_DEMAND_PENALTY = 250;
// Points lost per doubling of the overload: twice as wanted as there is room costs 100.
const PENALTY_PER_DOUBLING = 100;

export interface Demand {
  /** How many lists have the supporter in their top k. */
  wantedBy: number;
  /** The lists (by index) where they keep their place: those they fit best, up to their room. */
  spared: Set<number>;
}

/** `topLists[i]` is list i's top k as (supporter, fit); ties in fit go to the earlier list. */
export function countDemand(
  topLists: readonly (readonly { personId: string; fit: number }[])[],
  roomOf: (personId: string) => number,
  /** Asks a supporter already has waiting from outside these lists (open requests). */
  askedElsewhere: ReadonlyMap<string, number> = new Map(),
): Map<string, Demand> {
  const wanting = new Map<string, { list: number; fit: number }[]>();
  topLists.forEach((list, index) => {
    for (const { personId, fit } of list) {
      const entries = wanting.get(personId) ?? [];
      entries.push({ list: index, fit });
      wanting.set(personId, entries);
    }
  });
  const demand = new Map<string, Demand>();
  for (const [personId, entries] of wanting) {
    entries.sort((a, b) => b.fit - a.fit || a.list - b.list);
    const asked = askedElsewhere.get(personId) ?? 0;
    // Waiting asks come first for the room they have; these lists share what is left.
    const room = Math.max(0, roomOf(personId) - asked);
    demand.set(personId, {
      wantedBy: entries.length + asked,
      spared: new Set(entries.slice(0, room).map((entry) => entry.list)),
    });
  }
  return demand;
}

/**
 * How far demand pushes a supporter down a list, uncapped: among people of one evidence band,
 * the more overloaded come later, however overloaded everyone is.
 */
export function demandPressure(wantedBy: number, freeCapacity: number): number {
  const overload = wantedBy / Math.max(1, freeCapacity);
  return overload <= 1 ? 0 : Math.round(PENALTY_PER_DOUBLING * Math.log2(overload));
}

/** The points a supporter loses to demand, as a reason shows them: capped. */
export function demandPenalty(wantedBy: number, freeCapacity: number): number {
  return Math.min(MAX_DEMAND_PENALTY, demandPressure(wantedBy, freeCapacity));
}

/**
 * The reason a person reads, with the points actually taken (never below a score of 0); a
 * spared supporter gets the same code with 0 points, so the list says why they stayed.
 */
export function demandReason(
  wantedBy: number,
  freeCapacity: number,
  taken: number,
  /** Placed lower even when no points could be taken (already at the bottom of their band). */
  lowered = taken > 0,
): FitReason {
  const room =
    freeCapacity === 1 ? 'room for one more person' : `room for ${freeCapacity} more people`;
  const start = `In demand: ${wantedBy} goals rank them among their best matches and they have ${room}`;
  return lowered
    ? {
        code: 'in-demand',
        text: `${start}, so they are placed lower here, where others fit nearly as well.`,
        about: `${start}, so they are placed lower for this goal.`,
        points: taken > 0 ? -taken : 0,
      }
    : {
        code: 'in-demand',
        text: `${start}; your goal is among those they fit best, so they keep their place.`,
        about: `${start}; this goal is among those they fit best.`,
        points: 0,
      };
}
