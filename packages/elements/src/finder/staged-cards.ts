// A finder's first results are drawn in two steps: the cards a first screen can hold, then, once
// that frame is painted, the rest. On the benchmark's phone (4× slower CPU) drawing and laying out
// all twenty cards before the first paint held the first result back (bench/REPORT.md). A
// server-rendered finder has all its cards from the start; a hidden page draws them all at once.
import { isServer, type ReactiveControllerHost } from 'lit';

/** Cards in the first frame: more than a phone's first screen shows, a row of a wide finder. */
export const firstCards = 3;

export class StagedCards {
  readonly #host: ReactiveControllerHost;
  #step: 'first' | 'staged' | 'all' = 'first';
  /** Resolves once every card of the first results has been drawn. */
  drawn: Promise<void> = Promise.resolve();

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
  }

  /** How many of `count` cards to draw now; `allAtOnce` for a finder a server rendered. */
  limit(count: number, allAtOnce: boolean): number {
    if (this.#step === 'first') {
      const stage = !allAtOnce && !isServer && count > firstCards && !document.hidden;
      this.#step = stage ? 'staged' : 'all';
      if (stage) this.drawn = this.#drawRest();
    }
    return this.#step === 'staged' ? firstCards : count;
  }

  #drawRest(): Promise<void> {
    return new Promise((resolve) => {
      // After the next frame is painted (a timeout queued from its animation frame).
      requestAnimationFrame(() =>
        setTimeout(() => {
          this.#step = 'all';
          this.#host.requestUpdate();
          resolve();
        }),
      );
    });
  }
}
