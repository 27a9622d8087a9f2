// Where a person is in the self-check and what they answered, as a reactive controller. The
// answers live in this object only: never in a request, storage, a cookie or the URL. Leaving the
// page (`pagehide`, also into the back-forward cache), removing the element or starting again
// forgets them.
import type { SelfCheck, TierLevel } from '@polku/contract';
import type { ReactiveController, ReactiveElement } from 'lit';
import { type Answers, answerOf, suggestedTier } from './rules.js';

export type Step =
  | { kind: 'intro' }
  | { kind: 'question'; index: number }
  /** `shared`: opened from a suggestions link, with no answers behind it. */
  | { kind: 'summary'; tier: TierLevel; shared: boolean };

/** What should have focus after the next render. */
export type FocusTarget = 'intro' | 'question' | 'danger' | 'summary' | 'missing';

export class SelfCheckController implements ReactiveController {
  readonly #host: ReactiveElement;
  #answers = new Map<string, string>();
  #step: Step = { kind: 'intro' };
  /** Shown since a danger answer was chosen, until the person starts again. */
  #danger = false;
  /** A question submitted without an answer. */
  #missing = false;
  /** Read once by the element after rendering. */
  focusTarget: FocusTarget | undefined;
  /** The live region's text: progress, the help lines, the suggestions. */
  announcement = '';

  readonly #forget = () => this.restart(false);

  constructor(host: ReactiveElement) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('pagehide', this.#forget);
  }

  hostDisconnected(): void {
    window.removeEventListener('pagehide', this.#forget);
    this.restart(false);
  }

  get step(): Step {
    return this.#step;
  }

  get answers(): Answers {
    return this.#answers;
  }

  get danger(): boolean {
    return this.#danger;
  }

  get missing(): boolean {
    return this.#missing;
  }

  #go(step: Step, focus: FocusTarget | undefined, announcement = ''): void {
    this.#step = step;
    this.#missing = false;
    this.focusTarget = focus;
    this.announcement = announcement;
    this.#host.requestUpdate();
  }

  /** From the intro to the first question. */
  start(progress: string): void {
    this.#go({ kind: 'question', index: 0 }, 'question', progress);
  }

  /**
   * Records an answer (in memory). A danger answer shows the help lines at once, whether it was
   * reached by arrow keys or a click; `true` when it shows them for the first time.
   */
  choose(check: SelfCheck, questionId: string, answerId: string): boolean {
    this.#answers.set(questionId, answerId);
    this.#missing = false;
    const question = check.questions.find((candidate) => candidate.id === questionId);
    const first =
      !this.#danger && question !== undefined && answerOf(question, this.#answers)?.danger;
    if (first) this.#danger = true;
    this.#host.requestUpdate();
    return first === true;
  }

  /**
   * To the next question, or the suggestions after the last. Without an answer it stays and says
   * so. After a danger answer focus goes to the help lines, above the next question.
   */
  next(check: SelfCheck, progress: (index: number) => string, messages: NextMessages): void {
    const step = this.#step;
    if (step.kind !== 'question') return;
    const question = check.questions[step.index];
    const answer = question && answerOf(question, this.#answers);
    if (!answer) {
      this.#missing = true;
      this.focusTarget = 'missing';
      this.#host.requestUpdate();
      return;
    }
    const focus = answer.danger ? 'danger' : 'question';
    if (step.index + 1 < check.questions.length) {
      const announcement = answer.danger
        ? `${messages.danger} ${progress(step.index + 1)}`
        : progress(step.index + 1);
      this.#go({ kind: 'question', index: step.index + 1 }, focus, announcement);
    } else {
      const tier = suggestedTier(check, this.#answers);
      this.#go(
        { kind: 'summary', tier, shared: false },
        answer.danger ? 'danger' : 'summary',
        messages.ready,
      );
    }
  }

  /** One step back; the answers stay, so the person can change one. */
  back(check: SelfCheck, progress: (index: number) => string): void {
    const step = this.#step;
    if (step.kind === 'question' && step.index > 0) {
      this.#go({ kind: 'question', index: step.index - 1 }, 'question', progress(step.index - 1));
    } else if (step.kind === 'summary' && !step.shared) {
      const last = check.questions.length - 1;
      this.#go({ kind: 'question', index: last }, 'question', progress(last));
    } else {
      this.#go({ kind: 'intro' }, 'intro');
    }
  }

  /** Forgets every answer and the help lines shown, back to the intro. */
  restart(focus = true): void {
    this.#answers = new Map();
    this.#danger = false;
    this.#go({ kind: 'intro' }, focus ? 'intro' : undefined);
  }

  /** The suggestions of a shared link: a tier, no answers. */
  showShared(tier: TierLevel): void {
    this.#answers = new Map();
    this.#go({ kind: 'summary', tier, shared: true }, undefined);
  }
}

export interface NextMessages {
  /** Said when the help lines appear. */
  danger: string;
  /** Said when the suggestions are shown. */
  ready: string;
}
