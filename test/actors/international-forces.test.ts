import { describe, expect, it } from 'vitest';
import { actorsIn } from './make-doc.js';

const ids = (text: string) => actorsIn(text, 'en', '1999-06').map((f) => [f.text, f.actorId]);

describe("an international body's soldiers", () => {
  it('are its force, when the lexicon has one, not the body itself', () => {
    expect(ids('NATO peacekeeping troops arrived in Bosnia.')).toEqual([['NATO peacekeeping troops', 'nato-forces']]);
    expect(ids('U.N. soldiers patrolled the buffer zone.')).toEqual([['U.N. soldiers', 'un-peacekeepers']]);
    expect(ids('African Union troops deployed.')).toEqual([['African Union troops', 'african-union-forces']]);
  });

  it('leave its officials and bodies without a force as they were', () => {
    expect(ids('NATO officials said.')).toEqual([['NATO officials', 'nato']]);
    expect(ids('European Union troops deployed.').map(([, id]) => id)).toEqual(['eu']);
  });
});
