/**
 * The fixed demo accounts that the README and browser tests rely on. Every demo account
 * shares one password, hashed once by the loader.
 */

export const DEMO_PASSWORD = 'demo-password-2026';
export const DEMO_EMPLOYEE_EMAIL = 'demo@pathfinder.test';
export const DEMO_ADMIN_EMAIL = 'admin@pathfinder.test';
export const DEMO_PROGRAM_NAME = 'Pathfinder pilot';
