import 'server-only';
/**
 * The preview of an import: what would be created, what updated (field by field) and what is
 * unchanged, and every problem, with nothing written. The apply step checks everything again: a preview is never trusted.
 */
import type { Actor } from '../../auth/session';
import { db } from '../../db';
import { requireOpenProgram } from './access';
import { planImport } from './plan';
import { storedRecords } from './stored-records';
import { inFileOrder, readImportFile } from '@/lib/core/programs/import/read-file';
import { previewOf, type ImportPreview } from '@/lib/core/programs/import/summary';
import type { ImportFormat } from '@/lib/core/programs/import/types';

export interface ImportInput {
  actor: Actor;
  programId: string;
  text: string;
  format: ImportFormat;
}

export async function previewImport({
  actor,
  programId,
  text,
  format,
}: ImportInput): Promise<ImportPreview> {
  await requireOpenProgram(db, actor, programId);
  const read = readImportFile(text, format);
  const plan = await planImport(db, programId, read);
  const problems = inFileOrder([...read.problems, ...plan.problems]);
  return previewOf(plan, format, problems, await storedRecords(programId, plan));
}
