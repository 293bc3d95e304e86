/**
 * Which proposals and people an audit entry's records mention, by id, so that the log can
 * name them ("Cleo Mentor for Ana Protégé") instead of showing ids. The records are free-form
 * snapshots (audit.ts), so this reads only the keys the product writes, and ignores the rest.
 */
export interface Mentions {
  proposalIds: string[];
  userIds: string[];
}

const strings = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : Array.isArray(value)
      ? value.filter((item): item is string => typeof item === 'string')
      : [];

function fromRecord(record: unknown, into: Mentions) {
  if (!record || typeof record !== 'object' || Array.isArray(record)) return;
  const fields = record as Record<string, unknown>;
  into.proposalIds.push(...strings(fields.proposalId), ...strings(fields.proposalIds));
  into.userIds.push(...strings(fields.userId));
}

export function auditMentions(entry: { before: unknown; after: unknown }): Mentions {
  const found: Mentions = { proposalIds: [], userIds: [] };
  fromRecord(entry.before, found);
  fromRecord(entry.after, found);
  return {
    proposalIds: [...new Set(found.proposalIds)],
    userIds: [...new Set(found.userIds)],
  };
}
