/**
 * Imported first by benchmarks that use the data layer: it checks its configuration when it
 * loads, and a benchmark signs nobody in, so any secret of the right length will do.
 */
process.env.AUTH_SECRET ??= 'benchmark-only-secret-0123456789abcdefghij';
