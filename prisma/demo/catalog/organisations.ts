/**
 * The four invented organisations: each has its own e-mail domain, a share of the
 * headcount and the countries it mostly employs people in (the weights are relative).
 */

export interface OrganisationSpec {
  name: string;
  domain: string;
  share: number;
  countries: readonly (readonly [string, number])[];
}

export const ORGANISATIONS: readonly OrganisationSpec[] = [
  {
    name: 'Halcyon Health',
    domain: 'halcyonhealth.test',
    share: 0.35,
    countries: [
      ['GB', 50],
      ['IE', 10],
      ['NL', 8],
      ['DE', 8],
      ['IN', 14],
      ['US', 10],
    ],
  },
  {
    name: 'Meridian Freight',
    domain: 'meridianfreight.test',
    share: 0.28,
    countries: [
      ['DE', 30],
      ['NL', 18],
      ['PL', 18],
      ['SE', 10],
      ['FR', 12],
      ['ES', 8],
      ['IT', 4],
    ],
  },
  {
    name: 'Lumen Bank',
    domain: 'lumenbank.test',
    share: 0.22,
    countries: [
      ['US', 45],
      ['CA', 15],
      ['MX', 12],
      ['BR', 14],
      ['GB', 8],
      ['PT', 6],
    ],
  },
  {
    name: 'Tallgrass Software',
    domain: 'tallgrass.test',
    share: 0.15,
    countries: [
      ['US', 25],
      ['AU', 20],
      ['SG', 15],
      ['IN', 15],
      ['ZA', 10],
      ['NG', 8],
      ['GB', 7],
    ],
  },
];
