import { describe, expect, it } from 'vitest';
import { MESSAGE_MAX_LENGTH, sendMessageSchema } from './messages';

describe('a message', () => {
  it('have a length limit, and text is kept as typed', () => {
    const relationshipId = 'r1';
    expect(sendMessageSchema.safeParse({ relationshipId, text: '   ' }).success).toBe(false);
    expect(
      sendMessageSchema.safeParse({ relationshipId, text: 'x'.repeat(MESSAGE_MAX_LENGTH + 1) })
        .success,
    ).toBe(false);
    const markup = '<b>bold</b> <script>alert(1)</script> שלום';
    expect(sendMessageSchema.parse({ relationshipId, text: ` ${markup} ` }).text).toBe(markup);
  });
});
