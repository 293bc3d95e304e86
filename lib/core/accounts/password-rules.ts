/** Password length rules, shared by the forms (client) and the server. */
export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;
