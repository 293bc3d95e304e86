// Tests import lib/server modules directly, outside Next's bundler, where the real
// `server-only` package would throw; this empty module stands in for it there.
export {};
