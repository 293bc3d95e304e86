/**
 * The connection rules' numbers. Programs will be able to change them (issue 6); until then
 * these are the product's defaults.
 */
export const CONNECTION_RULES = {
  /** Open requests a protégé may have at once. */
  openRequestCap: 3,
  /** Days without an answer before the receiver is reminded. */
  remindAfterDays: 5,
  /** Days without an answer before a request expires. */
  expireAfterDays: 14,
} as const;

const DAY_MS = 24 * 60 * 60 * 1000;
export const daysAfter = (start: Date, days: number) => new Date(start.getTime() + days * DAY_MS);
