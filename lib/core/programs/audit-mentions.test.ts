import { describe, expect, it } from 'vitest';
import { auditMentions } from './audit-mentions';

describe('auditMentions', () => {
  it('finds the proposals and people a record names, once each', () => {
    expect(
      auditMentions({
        before: { proposalId: 'p1', status: 'PROPOSED' },
        after: { proposalId: 'p1', proposalIds: ['p2', 'p3', 7], userId: 'u1' },
      }),
    ).toEqual({ proposalIds: ['p1', 'p2', 'p3'], userIds: ['u1'] });
  });

  it('reads nothing from records it does not know', () => {
    expect(auditMentions({ before: null, after: ['p1'] })).toEqual({
      proposalIds: [],
      userIds: [],
    });
    expect(auditMentions({ before: 'text', after: { people: 3 } })).toEqual({
      proposalIds: [],
      userIds: [],
    });
  });
});
