import { describe, expect, it } from 'vitest';
import { normaliseRole } from './normalise-role';

describe('normaliseRole', () => {
  it('reads the three ways of writing a department head as one role', () => {
    const readings = ['Head of Engineering', 'Engineering Director', 'director of engineering'].map(
      (title) => normaliseRole(title),
    );
    for (const reading of readings) {
      expect(reading).toEqual({
        title: 'Director of Engineering',
        level: 6,
        function: 'Engineering',
      });
    }
  });

  it('reads nursing synonyms for the ward manager as one role at level 5', () => {
    for (const title of ['Ward Manager', 'Nurse Unit Manager', 'ward sister']) {
      expect(normaliseRole(title)).toEqual({
        title: 'Ward Manager',
        level: 5,
        function: 'Nursing',
      });
    }
  });

  it('spells out abbreviations', () => {
    expect(normaliseRole('EM')).toEqual({
      title: 'Engineering Manager',
      level: 5,
      function: 'Engineering',
    });
    expect(normaliseRole('VP Eng').title).toBe('VP of Engineering');
    expect(normaliseRole('Sr. Eng Mgr')).toMatchObject({
      title: 'Senior Engineering Manager',
      level: 6,
    });
    expect(normaliseRole('CFO')).toEqual({
      title: 'Chief Financial Officer',
      level: 8,
      function: 'Finance',
    });
  });

  it('places seniority words on the ladder', () => {
    expect(normaliseRole('Junior Data Analyst').level).toBe(2);
    expect(normaliseRole('Data Analyst').level).toBe(3);
    expect(normaliseRole('Senior Data Analyst').level).toBe(4);
    expect(normaliseRole('Lead Data Analyst').level).toBe(4);
    expect(normaliseRole('Staff Data Scientist').level).toBe(5);
    expect(normaliseRole('Principal Consultant').level).toBe(5);
    expect(normaliseRole('Graduate Trainee Surveyor').level).toBe(1);
    expect(normaliseRole('Marketing Manager').level).toBe(5);
    expect(normaliseRole('Senior Marketing Manager').level).toBe(6);
    expect(normaliseRole('VP Marketing').level).toBe(7);
    expect(normaliseRole('Chief Marketing Officer').level).toBe(8);
  });

  it('keeps product, project and account managers at the individual level', () => {
    expect(normaliseRole('Project Manager').level).toBe(3);
    expect(normaliseRole('Key Account Manager')).toMatchObject({ level: 3, function: 'Sales' });
    expect(normaliseRole('Senior Product Manager')).toMatchObject({
      level: 4,
      function: 'Product',
    });
  });

  it('reads a head of a region as a larger unit than a head of a department', () => {
    expect(normaliseRole('Head of Marketing').level).toBe(6);
    expect(normaliseRole('Head of Marketing, APAC')).toEqual({
      title: 'Director of Marketing, APAC',
      level: 7,
      function: 'Marketing',
    });
  });

  it('reads craft directors, multi-site managers and partners by the README ladder', () => {
    expect(normaliseRole('Creative Director').level).toBe(5);
    expect(normaliseRole('Area Manager').level).toBe(6);
    expect(normaliseRole('Partner').level).toBe(7);
    expect(normaliseRole('HR Business Partner')).toMatchObject({ level: 4, function: 'People' });
    expect(normaliseRole('Managing Partner').level).toBe(8);
  });

  it('gives founders and chiefs of staff no place on the ladder', () => {
    expect(normaliseRole('Founder').level).toBeNull();
    expect(normaliseRole('Co-founder (technical)')).toEqual({
      title: 'Technical Co-Founder',
      level: null,
      function: 'Engineering',
    });
    expect(normaliseRole('Chief of Staff').level).toBeNull();
  });

  it('names the department of a bare rank from the hint', () => {
    expect(normaliseRole('VP', { function: 'Engineering' })).toEqual({
      title: 'VP of Engineering',
      level: 7,
      function: 'Engineering',
    });
    expect(normaliseRole('Director', { function: 'HR' }).title).toBe('Director of People');
    expect(normaliseRole('Team Lead', { function: 'Finance' }).function).toBe('Finance');
  });

  it('prefers the hinted function only when the title allows it', () => {
    expect(normaliseRole('Finance Operations Lead', { function: 'Finance' }).function).toBe(
      'Finance',
    );
    expect(normaliseRole('Solutions Engineer', { function: 'Engineering' }).function).toBe('Sales');
  });

  it('uses the known level when the title states none', () => {
    expect(normaliseRole('Physiotherapist', { level: 4 }).level).toBe(4);
    expect(normaliseRole('Senior Physiotherapist', { level: 2 }).level).toBe(4);
  });

  it('writes developer titles as engineers, so both read alike', () => {
    expect(normaliseRole('Software Developer').title).toBe('Software Engineer');
    expect(normaliseRole('senior dev').title).toBe('Senior Software Engineer');
    expect(normaliseRole('Front-end Developer').title).toBe('Frontend Engineer');
  });

  it('drops a career break in brackets and mends slips', () => {
    expect(normaliseRole('Pharmacist (career break)').title).toBe('Pharmacist');
    expect(normaliseRole('Senoir Enginer').title).toBe('Senior Engineer');
  });

  it('reads a title joined with another as its higher role', () => {
    expect(normaliseRole('Founder & CEO')).toMatchObject({
      level: 8,
      function: 'General Management',
    });
  });

  it('returns nulls for an empty title', () => {
    expect(normaliseRole('  ')).toEqual({ title: null, level: null, function: null });
  });
});
