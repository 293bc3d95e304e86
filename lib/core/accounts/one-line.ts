/**
 * Names travel into other people's pages and e-mails. A name that holds a line break, a
 * control character or a Unicode line separator could start a paragraph of its own there
 * ("SECURITY NOTICE ... sign in here"), so names are one line of visible text.
 */
// Control characters (C0, DEL, C1) and the Unicode line and paragraph separators.
const BREAKS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

export const isOneLine = (value: string) => !BREAKS.test(value);

/** For names that come from elsewhere (an identity provider): breaks become single spaces. */
export const toOneLine = (value: string) =>
  value.replace(new RegExp(BREAKS.source, 'g'), ' ').replace(/\s+/g, ' ').trim();
