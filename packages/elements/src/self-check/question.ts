// One question of the self-check: a fieldset whose legend is the question (with the progress),
// one radio per answer, and the way on, back and to the start. Native radios: arrow keys choose,
// Enter goes on, Tab reaches the buttons.
import type { SelfCheck } from '@polku/contract';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { LocalizeController } from '../internal/localize.js';
import type { SelfCheckMessages } from '../translations/messages.js';
import type { Answers } from './rules.js';

export interface QuestionView {
  check: SelfCheck;
  index: number;
  answers: Answers;
  /** The question was submitted without an answer. */
  missing: boolean;
  localize: LocalizeController<SelfCheckMessages>;
  onChoose: (questionId: string, answerId: string) => void;
  onNext: () => void;
  onBack: () => void;
  onRestart: () => void;
}

export function renderQuestion(view: QuestionView): TemplateResult {
  const { check, index, localize } = view;
  const t = localize.messages;
  const question = check.questions[index];
  if (!question) return html``;
  const total = check.questions.length;
  const chosen = view.answers.get(question.id);
  const described = [question.hint ? 'hint' : '', view.missing ? 'missing' : '']
    .filter(Boolean)
    .join(' ');
  return html`<form
    class="question"
    part="question"
    autocomplete="off"
    novalidate
    @submit=${(event: SubmitEvent) => {
      event.preventDefault();
      view.onNext();
    }}
  >
    <fieldset aria-describedby=${described || nothing}>
      <legend>
        <span class="progress">${t.progress(index + 1, total)}</span>
        <span class="question-text">${localize.text(question.text)}</span>
      </legend>
      ${question.hint ? html`<p id="hint" class="hint">${localize.text(question.hint)}</p>` : nothing}
      <div class="answers">
        ${question.answers.map(
          (answer) => html`<label class="answer">
            <input
              type="radio"
              name=${`question-${question.id}`}
              value=${answer.id}
              .checked=${live(chosen === answer.id)}
              @change=${() => view.onChoose(question.id, answer.id)}
            />
            <span>${localize.text(answer.text)}</span>
          </label>`,
        )}
      </div>
      ${view.missing ? html`<p id="missing" class="missing">${t.chooseAnswer}</p>` : nothing}
    </fieldset>
    <div class="nav">
      <button type="button" part="button" @click=${view.onBack}>${t.back}</button>
      <button type="submit" part="button" class="primary">
        ${index + 1 === total ? t.finish : t.next}
      </button>
    </div>
    <p class="restart">
      <button type="button" part="button" @click=${view.onRestart}>${t.restart}</button>
    </p>
  </form>`;
}
