import { describe, expect, it } from 'vitest';
import { AVATAR_TONES, avatarTone, initialsOf } from './initials';

describe('initials', () => {
  it('take the first letters of the first and last word', () => {
    expect(initialsOf('Ana María de la Cruz')).toBe('AC');
    expect(initialsOf('  priya   shah ')).toBe('PS');
    expect(initialsOf('Madonna')).toBe('M');
  });

  it('skip punctuation and keep whole characters of any script', () => {
    expect(initialsOf("(o'Brien) Siobhán")).toBe('OS');
    expect(initialsOf('李 小龙')).toBe('李小');
    expect(initialsOf('Émile Zola')).toBe('ÉZ');
  });

  it('say "?" for a name with no letters', () => {
    expect(initialsOf('')).toBe('?');
    expect(initialsOf('--- 123')).toBe('?');
  });
});

describe('avatar tones', () => {
  it('are the same for the same key and spread over the palette', () => {
    expect(avatarTone('user-1')).toBe(avatarTone('user-1'));
    const tones = new Set(Array.from({ length: 200 }, (_, i) => avatarTone(`user-${i}`)));
    expect(tones.size).toBe(AVATAR_TONES.length);
  });
});
