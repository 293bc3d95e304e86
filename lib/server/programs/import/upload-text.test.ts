import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { MAX_UPLOAD_BYTES } from '@/lib/core/programs/import/upload';
import { uploadText } from './upload-text';

const upload = (bytes: Buffer) => new File([new Uint8Array(bytes)], 'cohort.csv');

describe('the text of an upload', () => {
  it('reads a file as sent, or unpacks one the browser gzipped', async () => {
    const text = 'id,email\np1,ana@example.test\n';
    expect(await uploadText(upload(Buffer.from(text)), undefined)).toEqual({ ok: true, text });
    expect(await uploadText(upload(gzipSync(text)), 'gzip')).toEqual({ ok: true, text });
  });

  it('refuses a packed file that unpacks past the limit, and one that is not gzip', async () => {
    const huge = gzipSync(Buffer.alloc(MAX_UPLOAD_BYTES + 1, 'a'));
    expect(huge.length).toBeLessThan(100_000);
    expect(await uploadText(upload(huge), 'gzip')).toEqual({
      ok: false,
      message: 'The file is larger than 5 MB. Split the cohort into smaller files.',
    });
    expect(await uploadText(upload(Buffer.from('plain')), 'gzip')).toMatchObject({ ok: false });
  });
});
