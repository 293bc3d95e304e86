/**
 * Everyone above each person in the reporting line, at any depth, worked out once per file so
 * that "are these two in one reporting line?" is two set lookups per pair. A manager loop in
 * the data (A manages B manages A) ends the walk instead of spinning forever.
 */
export function ancestorsOf(
  managerOf: ReadonlyMap<string, string | null>,
): Map<string, Set<string>> {
  const ancestors = new Map<string, Set<string>>();
  for (const id of managerOf.keys()) {
    if (ancestors.has(id)) continue;
    // Walk up until a person whose line is known (or the top), then fill in on the way down.
    const chain: string[] = [];
    const onChain = new Set<string>();
    let current: string | null | undefined = id;
    while (current != null && !ancestors.has(current) && !onChain.has(current)) {
      chain.push(current);
      onChain.add(current);
      current = managerOf.get(current);
    }
    let above = current != null ? ancestors.get(current) : undefined;
    let top = current != null && above !== undefined ? current : null;
    for (let index = chain.length - 1; index >= 0; index--) {
      const person = chain[index] as string;
      const line = new Set<string>(above ?? []);
      if (top !== null) line.add(top);
      line.delete(person);
      ancestors.set(person, line);
      above = line;
      top = person;
    }
  }
  return ancestors;
}

/** True when one of the two manages the other, directly or through any number of levels. */
export function inReportingLine(
  a: string,
  b: string,
  ancestors: ReadonlyMap<string, ReadonlySet<string>>,
): boolean {
  return (ancestors.get(a)?.has(b) ?? false) || (ancestors.get(b)?.has(a) ?? false);
}
