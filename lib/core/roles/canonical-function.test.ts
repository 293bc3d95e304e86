import { describe, expect, it } from 'vitest';
import { canonicalFunction, functionKey, sameFunction } from './canonical-function';
import { FUNCTION_CATALOGUE } from './function-catalogue';

describe('canonicalFunction', () => {
  it('has the product demo functions and those of the intent README', () => {
    const names = FUNCTION_CATALOGUE.map((entry) => entry.name);
    for (const name of [
      'Engineering',
      'Product',
      'Design',
      'Data',
      'Finance',
      'Sales',
      'Marketing',
      'People',
      'Legal',
      'Operations',
      'Logistics',
      'Nursing',
      'Medicine',
      'Education',
      'Research',
      'Public Policy',
      'Hospitality',
      'Retail',
      'Construction',
      'Trades',
      'General Management',
    ]) {
      expect(names).toContain(name);
    }
  });

  it('reads the names of People as one function', () => {
    for (const name of ['HR', 'Human Resources', 'People Ops', 'people', 'Talent', 'Recruiting']) {
      expect(canonicalFunction(name)).toBe('People');
    }
  });

  it('reads a function from a title', () => {
    expect(canonicalFunction('software engineer')).toBe('Engineering');
    expect(canonicalFunction('ward manager')).toBe('Nursing');
    expect(canonicalFunction('nurse')).toBe('Nursing');
    expect(canonicalFunction('accountant')).toBe('Finance');
    expect(canonicalFunction('financial controller')).toBe('Finance');
    expect(canonicalFunction('recruiter')).toBe('People');
    expect(canonicalFunction('product manager')).toBe('Product');
    expect(canonicalFunction('data scientist')).toBe('Data');
    expect(canonicalFunction('account executive')).toBe('Sales');
    expect(canonicalFunction('UX researcher')).toBe('Design');
    expect(canonicalFunction('Head of Legal')).toBe('Legal');
  });

  it('knows no function for a rank alone or a sector', () => {
    expect(canonicalFunction('Team Lead')).toBeNull();
    expect(canonicalFunction('tech')).toBeNull();
    expect(canonicalFunction('')).toBeNull();
  });

  it('keeps an unknown department name as its own key', () => {
    expect(functionKey('HR')).toBe('People');
    expect(functionKey('Beekeeping')).toBe('Beekeeping');
    expect(sameFunction('beekeeping', 'Beekeeping')).toBe(true);
    expect(sameFunction('Human Resources', 'People')).toBe(true);
    expect(sameFunction('Sales', 'Marketing')).toBe(false);
    expect(sameFunction(null, null)).toBe(false);
  });
});
