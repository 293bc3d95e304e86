/**
 * Compile-time proof that two types are the same, for lists kept outside the layer that owns
 * them (the database's enums, mirrored where the UI may import them). `Same` compares both
 * ways, so a value missing on either side is caught; `Assert` fails to compile unless given
 * `true`.
 */
export type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

export type Assert<Proof extends true> = Proof;
