import { describe, expect, it } from 'vitest';
import { actorsIn } from './make-doc.js';

const ids = (text: string) => actorsIn(text, 'en', '1995-06').map((f) => f.actorId);

describe("a country's or a capital's name inside an event's name", () => {
  it('is no actor', () => {
    expect(ids('The rebels refused to disarm under the Paris peace accords.')).not.toContain('fra');
    expect(ids('The Iraq war began in March.')).toEqual([]);
    expect(ids('Israel signed the Oslo accords.')).toEqual(['isr']);
  });

  it('leaves the country acting, when a verb follows its name', () => {
    expect(ids('Iraq attacked Kuwait.')).toEqual(['irq-government', 'kwt']);
    // "talks" is no event noun here: it may be the verb ("Iran talks tough").
    expect(ids('Iran talks tough on Israel.')[0]).toBe(ids('Iran warned Israel.')[0]);
    expect(ids('Switzerland hosted the Geneva conference.')).toEqual(['che']);
  });
});
