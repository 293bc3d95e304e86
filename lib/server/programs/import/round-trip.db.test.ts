import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { demoPeopleFile } from '@/scripts/bench/demo-people-file';
import { applyImport } from './apply';
import { exportPeople, exportPeopleCsv } from './export';
import { previewImport } from './preview';
import { sampleCohort } from '@/test/programs/sample-cohort';
import { readImportFile } from '@/lib/core/programs/import/read-file';
import { programWithAdmin, withEmails } from '@/scripts/support/cohort';
import type { CohortFile } from '@/lib/core/programs/import/types';
import { peopleFileToCsv } from '@/lib/core/programs/import/write-csv';

/**
 * The same data, whatever order it was written in; goal ids aside, since the program gives a
 * goal its own id (which later exports keep).
 */
function comparable(file: CohortFile) {
  return {
    people: file.people.toSorted((a, b) => a.id.localeCompare(b.id)),
    goals: file.goals
      .map((goal) => ({ ...goal, id: '' }))
      .toSorted((a, b) => a.personId.localeCompare(b.personId) || a.text.localeCompare(b.text)),
  };
}

describe('exporting a program’s people', () => {
  it('gives back the file that was imported, as JSON and as CSV', async () => {
    const { admin, programId } = await programWithAdmin();
    const file = sampleCohort();
    await applyImport({ actor: admin, programId, text: JSON.stringify(file), format: 'json' });

    const exported = await exportPeople({ actor: admin, programId });
    expect(comparable(exported)).toEqual(comparable(file));
    const csv = await exportPeopleCsv({ actor: admin, programId });
    const fromCsv = readImportFile(csv, 'csv');
    expect(fromCsv.problems).toEqual([]);
    expect({
      people: fromCsv.people.map((record) => record.person),
      goals: fromCsv.goals.map((record) => record.goal),
    }).toEqual(exported);
  });

  it('previews an unchanged export as unchanged, and names each field an edit changes', async () => {
    const { admin, programId } = await programWithAdmin();
    await applyImport({
      actor: admin,
      programId,
      text: JSON.stringify(sampleCohort()),
      format: 'json',
    });
    const exported = await exportPeople({ actor: admin, programId });
    const preview = (file: CohortFile) =>
      previewImport({ actor: admin, programId, text: JSON.stringify(file), format: 'json' });

    const same = await preview(exported);
    expect(same).toMatchObject({
      people: { create: 0, update: 0 },
      goals: { create: 0, update: 0 },
      unchanged: { people: 3, goals: 3 },
    });
    expect(same.rows.map((row) => row.action)).toEqual(['unchanged', 'unchanged', 'unchanged']);

    const [first, ...rest] = exported.people;
    const edited = await preview({
      ...exported,
      people: [{ ...first!, title: 'Head of Treasury', level: first!.level + 1 }, ...rest],
    });
    expect(edited.rows[0]).toMatchObject({
      action: 'update',
      changes: [
        { field: 'title', before: first!.title, after: 'Head of Treasury' },
        { field: 'level', before: String(first!.level), after: String(first!.level + 1) },
      ],
    });
    expect(edited).toMatchObject({ people: { update: 1 }, unchanged: { people: 2, goals: 3 } });
  });

  it('imports a CSV as it imports the same data as JSON', async () => {
    const { admin, programId } = await programWithAdmin();
    const file = sampleCohort();
    const json = await applyImport({
      actor: admin,
      programId,
      text: JSON.stringify(file),
      format: 'json',
    });
    const fromJson = await exportPeople({ actor: admin, programId });
    const csv = await applyImport({
      actor: admin,
      programId,
      text: peopleFileToCsv(file),
      format: 'csv',
    });
    // The same people and goals: found again, so updated rather than made twice, and unchanged.
    expect(json).toMatchObject({
      ok: true,
      counts: { people: { create: 3 }, goals: { create: 3 } },
    });
    expect(csv).toMatchObject({
      ok: true,
      counts: { people: { update: 3 }, goals: { update: 3 } },
    });
    const fromCsv = await exportPeople({ actor: admin, programId });
    expect(fromCsv).toEqual(fromJson);
    expect(comparable(fromCsv)).toEqual(comparable(file));
  });

  it('takes 2,000 people from the demo generator in seconds, and gives them back', async () => {
    const { admin, programId } = await programWithAdmin();
    const file = withEmails(demoPeopleFile(2000, 600), `${randomUUID().slice(0, 8)}.example.test`);
    const text = JSON.stringify(file);
    const timed = async () => {
      const started = performance.now();
      const result = await applyImport({ actor: admin, programId, text, format: 'json' });
      return { result, ms: Math.round(performance.now() - started) };
    };
    const first = await timed();
    const second = await timed();
    console.info(`2,000 people: first import ${first.ms} ms, re-import ${second.ms} ms`);
    expect(first.result).toMatchObject({ ok: true, counts: { people: { create: 2000 } } });
    expect(second.result).toMatchObject({
      ok: true,
      counts: { people: { create: 0, update: 2000 }, goals: { create: 0 } },
    });
    expect(first.ms).toBeLessThan(20_000);

    const exported = await exportPeople({ actor: admin, programId });
    // The demo file leaves the kind of help to the triage; the export says what it decided.
    const decided = new Map(exported.goals.map((goal) => [goal.text + goal.personId, goal.kind]));
    const expected = {
      ...file,
      goals: file.goals.map((goal) => ({ ...goal, kind: decided.get(goal.text + goal.personId) })),
    };
    expect(comparable(exported)).toEqual(comparable(expected));
  });
});
