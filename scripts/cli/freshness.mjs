/**
 * Whether a cached command-line bundle still matches its sources. The stamp records every file
 * esbuild read (its metafile inputs) with that file's size and modification time; the bundle is
 * fresh only if the project folder is the same and every one of those files is unchanged. A stat
 * per file is a few milliseconds for a few hundred files, far less than a rebuild, and it means
 * an edited source (or an upgraded package) is never run from a stale bundle.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * @typedef {{ root: string, inputs: Record<string, [number, number]> }} BundleStamp
 * inputs: path relative to root -> [size in bytes, mtime in ms].
 */

/** Size and mtime of a file, or undefined when it is gone. */
function fingerprint(file) {
  try {
    const stat = statSync(file);
    return [stat.size, stat.mtimeMs];
  } catch {
    return undefined;
  }
}

/**
 * @param {readonly string[]} inputs paths relative to root, as esbuild's metafile lists them
 * @param {string} root
 * @returns {BundleStamp}
 */
export function stampFor(inputs, root) {
  /** @type {Record<string, [number, number]>} */
  const fingerprints = {};
  for (const input of inputs) {
    const print = fingerprint(join(root, input));
    if (print) fingerprints[input] = print;
  }
  return { root, inputs: fingerprints };
}

/**
 * @param {BundleStamp | undefined} stamp
 * @param {string} root
 */
export function isFresh(stamp, root) {
  // Paths are baked into the bundle (import.meta.dirname), so a moved project rebuilds.
  if (!stamp || stamp.root !== root) return false;
  const entries = Object.entries(stamp.inputs);
  if (entries.length === 0) return false;
  return entries.every(([input, [size, mtime]]) => {
    const print = fingerprint(join(root, input));
    return print !== undefined && print[0] === size && print[1] === mtime;
  });
}
