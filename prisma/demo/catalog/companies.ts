/**
 * Invented employers for earlier career steps (the Experience organisation is free text),
 * and names for the start-ups that founders ran before joining.
 */

export const PAST_EMPLOYERS = [
  'Brightwater Consulting',
  'Kestrel Systems',
  'Orchard Retail Group',
  'Bluefin Analytics',
  'Copperleaf Insurance',
  'Northgate Media',
  'Saltmarsh Energy',
  'Pioneer Telecom',
  'Greyhound Labs',
  'Silverline Travel',
  'Atlas Manufacturing',
  'Quarry Lane Bank',
  'Harbour & Finch',
  'Redwood Public Sector',
  'Mosaic Games',
  'Tidewater Logistics',
  'Cobalt Pharma',
  'Juniper Schools Trust',
  'Helix Biotech',
  'Stonebridge Partners',
  'Wavelength Studio',
  'Crescent Hotels',
  'Ironbark Mining',
  'Palisade Security',
] as const;

export const STARTUP_NAMES = [
  'Loopwise',
  'Fieldnote',
  'Parcelpal',
  'Brightsprout',
  'Ledgerly',
  'Quaystack',
  'Tinkerbox',
  'Mendable',
  'Ferryhop',
  'Rotaro',
  'Hearthly',
  'Cadence Kitchen',
] as const;

/** Why people took a career break, in the words they would use. */
export const BREAK_REASONS = [
  'caring for a parent',
  'parental leave with my second child',
  'a year travelling in South America',
  'a master’s degree',
  'recovering from a long illness',
  'a sabbatical volunteering with a charity',
  'relocating with my partner',
  'raising my children',
] as const;
