/**
 * The matching command: `match <subcommand> ...`. Each subcommand lives in its own file under
 * scripts/match/ and is loaded only when asked for; to add one, add its entry to SUBCOMMANDS.
 * Exit status 2 means the request itself was wrong (unknown subcommand, malformed file).
 */
type Subcommand = (args: readonly string[]) => Promise<number>;

const SUBCOMMANDS: Record<string, Subcommand> = {
  solve: async (args) => (await import('./match/solve')).runSolve(args),
  suggest: async (args) => (await import('./match/suggest-command')).runSuggestCommand(args),
  assign: async (args) => (await import('./match/assign')).runAssignCommand(args),
};

async function main(): Promise<number> {
  const [name, ...args] = process.argv.slice(2);
  const run = name === undefined ? undefined : SUBCOMMANDS[name];
  if (run === undefined) {
    process.stderr.write(`usage: match <${Object.keys(SUBCOMMANDS).join(' | ')}> ...\n`);
    return 2;
  }
  return run(args);
}

main().then((code) => {
  process.exitCode = code;
});
