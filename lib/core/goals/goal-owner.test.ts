import { describe, expect, it } from 'vitest';
import { CROWD, describeGoalOwner } from './goal-owner';

describe('a goal owner, described without their name', () => {
  const owner = { level: 4, function: 'Finance', organisation: 'Contoso' };

  it('names the organisation only when enough people there share the function', () => {
    expect(describeGoalOwner({ ...owner, peers: CROWD })).toEqual({
      level: 'Senior',
      function: 'Finance',
      organisation: 'Contoso',
    });
    expect(describeGoalOwner({ ...owner, peers: CROWD - 1 }).organisation).toBeNull();
    expect(describeGoalOwner({ ...owner, peers: 1 }).organisation).toBeNull();
  });

  it('never carries a job title', () => {
    const words = describeGoalOwner({ ...owner, peers: 40 });
    expect(Object.keys(words).sort()).toEqual(['function', 'level', 'organisation']);
  });
});
