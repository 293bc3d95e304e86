/**
 * The People page's upload, as its server action receives it, and what the action answers.
 * Pure (no server-only), so the form can share the size limit and the answer's type.
 */
import { z } from 'zod';
import type { ImportCounts, ImportPreview } from './summary';
import type { ImportProblem } from './types';

export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
export const MAX_UPLOAD_WORDS = '5 MB';
/**
 * Server actions take bodies of up to 1 MB (Next's default), so the form sends the file
 * gzipped: a 5 MB cohort file packs to well under that. The margin is for the other fields.
 */
export const MAX_PACKED_BYTES = 1_000_000 - 50_000;

export const importUploadSchema = z.object({
  programId: z.string().min(1).max(100),
  intent: z.enum(['preview', 'apply']),
  file: z
    .instanceof(File, { error: 'Choose a CSV or JSON file.' })
    .refine((file) => file.size > 0, 'Choose a CSV or JSON file (this one is empty).')
    .refine(
      (file) => file.size <= MAX_UPLOAD_BYTES,
      `The file is larger than ${MAX_UPLOAD_WORDS}. Split the cohort into smaller files.`,
    ),
  /** "gzip" when the browser packed the file (see MAX_PACKED_BYTES). */
  encoding: z.enum(['gzip']).optional(),
  /** The digest of the file the preview showed: importing a different one is refused. */
  previewed: z.string().max(128).optional(),
});

export type ImportState =
  | { status: 'idle' }
  | { status: 'error'; message: string }
  | { status: 'preview'; fileName: string; digest: string; preview: ImportPreview }
  | { status: 'refused'; fileName: string; problems: ImportProblem[] }
  | { status: 'applied'; fileName: string; counts: ImportCounts };
