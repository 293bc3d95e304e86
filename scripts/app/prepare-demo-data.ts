/** Loads the demo people on the first start and says how to sign in as them. */
export async function prepareDemoData(_databaseUrl: string): Promise<string> {
  return 'Demo data: not loaded yet.';
}
