/**
 * Roles and functions on the shared ladder: the canonical function a name or title belongs
 * to, a written title as a role reading, and when two readings are the same role.
 */
export { canonicalFunction, functionKey, sameFunction } from './canonical-function';
export { FUNCTION_CATALOGUE, type FunctionEntry } from './function-catalogue';
export { normaliseRole, type RoleHint } from './normalise-role';
export { roleInWords, sameRole } from './same-role';
export { titleWords } from './title-words';
