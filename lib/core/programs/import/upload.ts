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
 * The largest request body a server action takes (next.config.js, serverActions), in bytes:
 * the largest file plus room for the form's other fields and the multipart framing.
 */
export const SERVER_ACTION_BODY_BYTES = 6 * 1024 * 1024;

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
  /** The digest of the file the preview showed: importing a different one is refused. */
  previewed: z.string().max(128).optional(),
});

export type ImportState =
  | { status: 'idle' }
  | { status: 'error'; message: string }
  | { status: 'preview'; fileName: string; digest: string; preview: ImportPreview }
  | { status: 'refused'; fileName: string; problems: ImportProblem[] }
  | { status: 'applied'; fileName: string; counts: ImportCounts };
