/** Which tokens already belong to a mention, so later passes never produce overlapping actor mentions. */
import type { ActorDraft } from './actor-draft.js';

export class TokenCover {
  private readonly owner: (ActorDraft | undefined)[];

  constructor(size: number) {
    this.owner = new Array<ActorDraft | undefined>(size).fill(undefined);
  }

  isFree(start: number, end: number): boolean {
    for (let i = start; i < end; i++) if (this.owner[i]) return false;
    return true;
  }

  at(i: number): ActorDraft | undefined {
    return this.owner[i];
  }

  /** The draft that starts exactly at token `i`, if any. */
  startingAt(i: number): ActorDraft | undefined {
    const d = this.owner[i];
    return d && d.tokStart === i ? d : undefined;
  }

  /** The draft that ends exactly at token `end` (exclusive), if any. */
  endingAt(end: number): ActorDraft | undefined {
    const d = end > 0 ? this.owner[end - 1] : undefined;
    return d && d.tokEnd === end ? d : undefined;
  }

  claim(d: ActorDraft): void {
    for (let i = d.tokStart; i < d.tokEnd; i++) this.owner[i] = d;
  }

  release(d: ActorDraft): void {
    for (let i = d.tokStart; i < d.tokEnd; i++) if (this.owner[i] === d) this.owner[i] = undefined;
  }
}
