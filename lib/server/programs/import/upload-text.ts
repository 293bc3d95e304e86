import 'server-only';
/** The text of an uploaded cohort file, unpacked when the browser gzipped it, never past the limit. */
import { gunzipSync } from 'node:zlib';
import { MAX_UPLOAD_BYTES, MAX_UPLOAD_WORDS } from '@/lib/core/programs/import/upload';

export type UploadText = { ok: true; text: string } | { ok: false; message: string };

export async function uploadText(file: File, encoding: 'gzip' | undefined): Promise<UploadText> {
  const bytes = Buffer.from(await file.arrayBuffer());
  if (!encoding) return { ok: true, text: bytes.toString('utf8') };
  try {
    // The cap also stops a small upload that unpacks to gigabytes.
    return {
      ok: true,
      text: gunzipSync(bytes, { maxOutputLength: MAX_UPLOAD_BYTES }).toString('utf8'),
    };
  } catch (error) {
    return {
      ok: false,
      message:
        error instanceof RangeError
          ? `The file is larger than ${MAX_UPLOAD_WORDS}. Split the cohort into smaller files.`
          : 'The upload could not be read. Please choose the file again.',
    };
  }
}
