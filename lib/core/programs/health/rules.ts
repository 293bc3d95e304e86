/** When a relationship needs an admin's look; shared by the query and the words that explain it. */
export const STALE_AFTER_DAYS = 30;
export const LOW_RATING = 2;
/** The page shows this many flagged relationships at most, the most pressing first. */
export const NEEDS_A_LOOK_LIMIT = 500;
