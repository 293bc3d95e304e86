import { describe, expect, it } from 'vitest';
import { sampleCohort } from '@/test/programs/sample-cohort';
import { detectFormat, readImportFile } from './read-file';
import { peopleFileToCsv } from './write-csv';

const values = (read: ReturnType<typeof readImportFile>) => ({
  people: read.people.map((record) => record.person),
  goals: read.goals.map((record) => record.goal),
});

const HEADER = 'id,email,name,organization,function,title,level,timezone,bio,goalId,goalText';

describe('reading a cohort file', () => {
  it('refuses a file that names nobody, rather than offering to import 0 people', () => {
    expect(readImportFile(`${HEADER}\n`, 'csv').problems).toEqual([
      {
        line: 1,
        field: '',
        reason: 'the file names no people: add a row (or an item) for each person to enrol',
      },
    ]);
    expect(readImportFile('{"people": [], "goals": []}', 'json').problems).toEqual([
      expect.objectContaining({ field: 'people' }),
    ]);
  });

  it('takes a CSV goal without a goalId, known by its line', () => {
    const row =
      'p1,ana@example.test,Ana,Acme,Finance,Analyst,3,Europe/Paris,,,I want to lead a finance team.';
    const read = readImportFile(`${HEADER}\n${row}\n`, 'csv');
    expect(read.problems).toEqual([]);
    expect(read.goals.map((record) => record.goal)).toEqual([
      expect.objectContaining({ id: 'p1:line-2', text: 'I want to lead a finance team.' }),
    ]);
  });

  it('reads the same people and goals from the JSON file and from its CSV', () => {
    const file = sampleCohort();
    const fromJson = readImportFile(JSON.stringify(file), 'json');
    const fromCsv = readImportFile(peopleFileToCsv(file), 'csv');
    expect(fromJson.problems).toEqual([]);
    expect(fromCsv.problems).toEqual([]);
    expect(values(fromJson)).toEqual(file);
    expect(values(fromCsv)).toEqual(values(fromJson));
  });

  it('lists every bad JSON item by its index and field, people before goals', () => {
    const file = sampleCohort();
    const [ines, tom, ada] = file.people;
    if (!ines || !tom || !ada) throw new Error('fixture');
    const broken = {
      people: [
        { ...ines, email: undefined },
        { ...tom, level: 12, timezone: 'Mars/Olympus' },
        { ...ada, managerId: 'ghost', email: ines.email },
      ],
      goals: [
        { ...file.goals[0], kind: 'guru' },
        file.goals[1],
        { ...file.goals[2], personId: 'nobody' },
      ],
    };
    const read = readImportFile(JSON.stringify(broken), 'json');
    expect(read.problems).toEqual([
      {
        line: null,
        field: 'people[0].email',
        reason: 'an e-mail is needed to find or create the person’s account',
      },
      { line: null, field: 'people[1].level', reason: 'expected a whole number 1-8' },
      {
        line: null,
        field: 'people[1].timezone',
        reason: 'expected an IANA time zone such as Europe/Paris',
      },
      { line: null, field: 'people[2].managerId', reason: 'no person has id "ghost"' },
      {
        line: null,
        field: 'goals[0].kind',
        reason: 'expected "mentor", "coach" or "both"',
      },
      { line: null, field: 'goals[2].personId', reason: 'no person has id "nobody"' },
    ]);
  });

  it('names the line of a bad CSV row, counting lines inside quoted cells', () => {
    const csv = [
      HEADER,
      'p1,p1@example.test,Ana,Acme,Sales,Rep,3,Europe/Paris,"two',
      'lines",g1,Grow',
      'p2,not-an-email,Ben,Acme,Sales,Rep,9,Europe/Paris,,,',
      '',
      'p3,p3@example.test,Cy,,Sales,Rep,3,Europe/Paris,,,',
      'p1,,,,,,,,,g2,',
      'p1,,Anna,,,,,,,,',
    ].join('\n');
    expect(readImportFile(csv, 'csv').problems).toEqual([
      { line: 4, field: 'email', reason: 'expected an e-mail address' },
      { line: 4, field: 'level', reason: 'expected a whole number 1-8' },
      { line: 6, field: 'organization', reason: 'an organisation is needed for the profile' },
      { line: 7, field: 'goalText', reason: 'the goal is needed in the person’s words' },
      {
        line: 8,
        field: 'name',
        reason: "differs from line 2: leave a person's details empty on their further rows",
      },
    ]);
  });

  it('refuses a CSV without the columns it needs, naming them', () => {
    const read = readImportFile('id,email,name,colour\np1,a@example.test,Ana,red', 'csv');
    expect(read.problems).toEqual(
      expect.arrayContaining([
        { line: 1, field: 'colour', reason: 'not a column of the import layout' },
        { line: 1, field: 'level', reason: 'this column is required' },
      ]),
    );
    expect(read.people).toEqual([]);
  });

  it('catches references across rows: e-mails and goal words used twice, unknown managers', () => {
    const csv = [
      `${HEADER},managerId`,
      'p1,same@example.test,Ana,Acme,Sales,Rep,3,Europe/Paris,,g1,Grow,',
      'p2,SAME@example.test,Ben,Acme,Sales,Rep,3,Europe/Paris,,g2,Lead,p9',
      'p2,,,,,,,,,g3,Lead,',
    ].join('\r\n');
    expect(readImportFile(csv, 'csv').problems).toEqual([
      { line: 3, field: 'email', reason: 'this e-mail is used twice (also line 2)' },
      { line: 3, field: 'managerId', reason: 'no person has id "p9"' },
      { line: 4, field: 'goalText', reason: 'this person has the same goal twice (also line 3)' },
    ]);
  });

  it('tells JSON from CSV by the name, else by the first character', () => {
    expect(detectFormat('cohort.JSON', 'id,email')).toBe('json');
    expect(detectFormat('cohort.csv', '{')).toBe('csv');
    expect(detectFormat('upload', '\uFEFF {"people": []}')).toBe('json');
    expect(detectFormat('upload', 'id,email')).toBe('csv');
  });
});
