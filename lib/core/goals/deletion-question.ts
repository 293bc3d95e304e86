/**
 * The question asked before a goal is deleted, in the owner's words: what else ends with it,
 * and that the people on the other side are told.
 */
const KIND = { MENTOR: 'mentoring', COACH: 'coaching' } as const;

export function deletionQuestion(impact: {
  relationships: { kind: 'MENTOR' | 'COACH'; with: string }[];
  openRequests: number;
}): string {
  const ends = impact.relationships.map((r) => `your ${KIND[r.kind]} relationship with ${r.with}`);
  if (impact.openRequests === 1) ends.push('its open request');
  if (impact.openRequests > 1) ends.push(`its ${impact.openRequests} open requests`);
  if (ends.length === 0) return 'Delete this goal? This cannot be undone.';
  const list = ends.length === 1 ? ends[0] : `${ends.slice(0, -1).join(', ')} and ${ends.at(-1)}`;
  return `Delete this goal? This also ends ${list}; the other side is told, and it cannot be undone.`;
}
