import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeGoal, makePerson, makeSupporter } from '@/test/matching/fit-factories';

const root = join(import.meta.dirname, '..');

/** Runs the command exactly as callers do, on a problem written to its own temp file. */
function runMatch(args: string[], fileContent?: string) {
  const dir = mkdtempSync(join(tmpdir(), 'match-test-'));
  const file = join(dir, 'problem.json');
  if (fileContent !== undefined) writeFileSync(file, fileContent);
  const result = spawnSync(
    'npm',
    ['run', '--silent', 'match', '--', ...args.map((a) => (a === 'FILE' ? file : a))],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run match', { timeout: 30_000 }, () => {
  it('solve prints the certified optimum: most pairs first, then the highest total', () => {
    const problem = {
      proteges: 3,
      supporters: 2,
      capacity: [2, 0],
      edges: [
        [0, 0, 1_000_000],
        [1, 0, 7],
        [2, 0, 9],
        [2, 1, 500],
      ],
    };
    const { status, stdout, stderr } = runMatch(['solve', 'FILE'], JSON.stringify(problem));
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const answer = JSON.parse(stdout) as Record<string, unknown>;
    expect(Object.keys(answer)).toEqual(['matched', 'total', 'assignment', 'optimal', 'solveMs']);
    expect(answer).toMatchObject({
      matched: 2,
      total: 1_000_009,
      assignment: [
        [0, 0],
        [2, 0],
      ],
      optimal: true,
    });
    expect(typeof answer.solveMs).toBe('number');
  });

  it.each([
    [
      '{"proteges": 1, "supporters": 1, "capacity": [1], "edges": [[0, 1, 5]]}',
      'edges[0][1]: supporter index',
    ],
    [
      '{"proteges": 1, "supporters": 1, "capacity": [-1], "edges": []}',
      'capacity[0]: must be an integer >= 0',
    ],
    [
      '{"proteges": 1, "supporters": 1, "capacity": [1], "edges": [[0, 0, 2.5]]}',
      'edges[0][2]: score must be an integer in 0..1000000',
    ],
    [
      '{"proteges": 2, "supporters": 1, "capacity": [1], "edges": [[1, 0, 1], [1, 0, 2]]}',
      'edges[1]: duplicate of edges[0]',
    ],
    [
      '{"proteges": "2", "supporters": 1, "capacity": [1], "edges": []}',
      'proteges: must be an integer',
    ],
    [
      '{"proteges": 1, "supporters": 2, "capacity": [1], "edges": []}',
      'capacity: must list 2 entries',
    ],
    ['{"proteges": 1,', 'not valid JSON'],
  ])('solve rejects %s with exit 2 and names the field', (content, message) => {
    const { status, stdout, stderr } = runMatch(['solve', 'FILE'], content);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
  });

  it('suggest prints the top people for each goal and kind', () => {
    const file = {
      people: [makePerson(), makeSupporter()],
      goals: [] as ReturnType<typeof makeGoal>[],
    };
    file.goals.push(makeGoal(file.people[0]!.id, { kind: 'mentor' }));
    const { status, stdout, stderr } = runMatch(
      ['suggest', 'FILE', '--top', '3'],
      JSON.stringify(file),
    );
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const output = JSON.parse(stdout);
    expect(output.suggestions).toHaveLength(1);
    expect(output.suggestions[0]).toMatchObject({ goalId: file.goals[0]!.id, kind: 'mentor' });
    expect(output.suggestions[0].candidates[0].personId).toBe(file.people[1]!.id);
  });

  it('suggest names the first bad field of a malformed file, or a bad --top, with exit 2', () => {
    const bad = runMatch(
      ['suggest', 'FILE'],
      JSON.stringify({ people: [makePerson({ level: 0 })], goals: [] }),
    );
    expect(bad).toMatchObject({ status: 2, stdout: '' });
    expect(bad.stderr).toContain('people[0].level: expected a whole number 1-8');
    const top = runMatch(
      ['suggest', 'FILE', '--top', 'zero'],
      JSON.stringify({ people: [], goals: [] }),
    );
    expect(top).toMatchObject({ status: 2, stdout: '' });
    expect(top.stderr).toContain('--top');
  });

  it('assign prints the certified optimal pairs with reasons, and the goals left unmatched', () => {
    const mentor = makeSupporter({
      offers: { mentoring: true, coaching: false, capacity: 1, coachingAreas: [] },
    });
    const first = makePerson();
    const second = makePerson();
    const goals = [makeGoal(first.id, { kind: 'mentor' }), makeGoal(second.id, { kind: 'mentor' })];
    const { status, stdout, stderr } = runMatch(
      ['assign', 'FILE'],
      JSON.stringify({ people: [mentor, first, second], goals }),
    );
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const output = JSON.parse(stdout);
    expect(Object.keys(output)).toEqual(['assignments', 'unmatched', 'optimal']);
    expect(output.optimal).toBe(true);
    expect(output.assignments).toHaveLength(1);
    const [pair] = output.assignments;
    expect(Object.keys(pair)).toEqual(['goalId', 'personId', 'kind', 'score', 'reasons']);
    expect(pair).toMatchObject({ personId: mentor.id, kind: 'mentor' });
    expect(pair.reasons.reduce((sum: number, r: { points: number }) => sum + r.points, 0)).toBe(
      pair.score,
    );
    // Two equal goals and one place: whichever is left out is reported, once.
    const other = goals.find((goal) => goal.id !== pair.goalId);
    expect(output.unmatched).toEqual([other?.id]);
  });

  it('assign names the first bad field of a malformed file with exit 2', () => {
    const bad = runMatch(
      ['assign', 'FILE'],
      JSON.stringify({ people: [makePerson({ timezone: 'Mars/Olympus' })], goals: [] }),
    );
    expect(bad).toMatchObject({ status: 2, stdout: '' });
    expect(bad.stderr).toContain('people[0].timezone');
    expect(runMatch(['assign'])).toMatchObject({
      status: 2,
      stderr: 'usage: match assign FILE [--threads N]\n',
    });
  });

  it('assign takes --threads N, the same answer on any number, and refuses a bad count', () => {
    const file = JSON.stringify({
      people: [makeSupporter(), makePerson(), makePerson()],
      goals: [],
    });
    const one = runMatch(['assign', 'FILE', '--threads', '1'], file);
    expect(one).toMatchObject({ status: 0, stderr: '' });
    expect(runMatch(['assign', 'FILE', '--threads', '3'], file).stdout).toBe(one.stdout);
    const none = runMatch(['assign', 'FILE', '--threads', '0'], file);
    expect(none).toMatchObject({
      status: 2,
      stdout: '',
      stderr: '--threads: expected a whole number of at least 1\n',
    });
  });

  it('an unknown subcommand gets the usage and exit 2', () => {
    const { status, stderr } = runMatch(['solve-all']);
    expect(status).toBe(2);
    expect(stderr).toContain('usage: match');
  });
});
