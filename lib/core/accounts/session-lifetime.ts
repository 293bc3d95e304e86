/**
 * How long a session lasts from its sign-in: the cookie's lifetime and its server-side
 * record's alike. Here, pure, so that the scripts that make sessions for tests agree with it.
 */
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;
