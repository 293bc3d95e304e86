/**
 * The dashboard's chart colours (Tailwind's indigo-700, teal-700, amber-700, slate-600): dark
 * enough to read against white. Kept out of the chart modules: a server component that
 * imported a value from a 'use client' file would get a reference, not the value.
 */
export const COLORS = ['#4338ca', '#0f766e', '#b45309', '#475569'] as const;
