import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

/** Runs the command exactly as callers do, with real stdin and stdout. */
function runTriage(stdin: string) {
  const result = spawnSync('npm', ['run', '--silent', 'triage'], {
    cwd: root,
    input: stdin,
    encoding: 'utf8',
  });
  const lines = result.stdout.split('\n').filter((line) => line !== '');
  return {
    status: result.status,
    outputs: lines.map((line) => JSON.parse(line) as Record<string, unknown>),
    stderr: result.stderr,
  };
}

describe('npm run triage', { timeout: 30_000 }, () => {
  it('answers every valid line in order and exits 0', () => {
    const goals = [
      { goal: 'I want to become a CFO and hear how others got there' },
      { goal: 'I need to get better at presenting', clarity: 'clear' },
      { goal: 'Become a partner', needs: ['presentation'] },
    ];
    const { status, outputs, stderr } = runTriage(
      `${goals.map((goal) => JSON.stringify(goal)).join('\n')}\n`,
    );
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(outputs.map((output) => output.kind)).toEqual(['mentor', 'coach', 'both']);
    for (const output of outputs) {
      expect(Object.keys(output).sort()).toEqual(['confidence', 'kind', 'reasons']);
      expect(output.confidence).toBeGreaterThan(0);
      expect(output.confidence).toBeLessThanOrEqual(1);
      expect(Array.isArray(output.reasons) && output.reasons.length > 0).toBe(true);
    }
  });

  it('reports each invalid line, carries on, keeps order and exits 2', () => {
    const input = [
      '{"goal":"Aiming for VP"}',
      'not json',
      '{"goal":""}',
      '{"goal":"x","needs":["juggling"]}',
      '{"goal":"x","clarity":"sure"}',
      '{"goal":42}',
      '',
      '{"goal":"I keep clashing with my manager"}',
    ].join('\n');
    const { status, outputs } = runTriage(`${input}\n\n\n`);
    expect(status).toBe(2);
    expect(outputs).toHaveLength(8);
    expect(outputs[0]?.kind).toBe('mentor');
    expect(outputs[1]?.error).toMatch(/^line 2: not valid JSON/);
    expect(outputs[2]?.error).toBe('line 3: goal: must not be empty');
    expect(outputs[3]?.error).toMatch(/^line 4: needs\[0\]: unknown need/);
    expect(outputs[4]?.error).toMatch(/^line 5: clarity: must be one of/);
    expect(outputs[5]?.error).toBe('line 6: goal: is required and must be a string');
    expect(outputs[6]?.error).toBe('line 7: empty line');
    expect(outputs[7]?.kind).toBe('coach');
  });

  it('accepts input without a final newline, and empty input', () => {
    expect(runTriage('{"goal":"Not sure what is next"}')).toMatchObject({
      status: 0,
      outputs: [{ kind: 'coach' }],
    });
    expect(runTriage('')).toMatchObject({ status: 0, outputs: [] });
  });
});
