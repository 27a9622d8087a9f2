import { consume } from '@lit/context';
import { Task } from '@lit/task';
import type { PolkuClient } from '@polku/client';
import type {
  LocalizedText,
  SelfCheck,
  SelfCheckQuestion,
  SelfCheckRule,
  Tier,
  UrgentHelp,
} from '@polku/contract';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { bundledUrgentHelp } from '../generated/urgent-help.js';
import { ClientController } from '../internal/client.js';
import { tiersContext } from '../internal/context.js';
import { formatDate } from '../internal/format.js';
import { LocalizeController } from '../internal/localize.js';
import { safeUrl } from '../internal/safe-url.js';
import { sharedStyles } from '../internal/shared.styles.js';
import { sharedTiers, sharedUrgentHelp } from '../internal/shared-data.js';
import { professionalMessages } from '../translations/professional/index.js';
import { selfCheckReviewStyles } from './self-check-review.styles.js';

/**
 * @tagname polku-self-check-review
 * @summary The catalogue's self-checks as professionals review them, beside the service chain:
 * whether each is a draft, what the family reads first, every question with its answers (those
 * that signal danger, the help lines they bring up, the tiers the rules give them), the rules
 * from answers to a suggested tier with their reasons, the family's texts per tier, and the
 * sources. Read-only: a change is made in the catalogue's `self-checks/` file.
 *
 * @csspart base - one self-check's `<article>`
 * @csspart question - one question
 * @csspart rule - one rule
 *
 * @cssproperty --polku-color-urgent - the danger marks
 * @cssproperty --polku-color-surface - background of a question and a rule
 */
export class PolkuSelfCheckReview extends LitElement {
  static override styles = [sharedStyles, selfCheckReviewStyles];

  readonly #localize = new LocalizeController(this, professionalMessages);
  readonly #client = new ClientController(this);

  readonly #task = new Task(this, {
    task: async ([client, id, knownTiers], { signal }) => {
      const [checks, tiers, lines] = await Promise.all([
        id
          ? client.selfChecks.get(id, { signal }).then((check) => [check])
          : client.selfChecks.list({ signal }).then((page) => page.contents),
        knownTiers ?? sharedTiers(client).catch(() => [] as readonly Tier[]),
        sharedUrgentHelp(client).catch(() => bundledUrgentHelp),
      ]);
      return { checks, tiers, lines };
    },
    args: () => [this.#client.value, this.check, this.tiers] as const,
  });

  /** API base URL (with `/v1`) when no client is provided; default the script's origin + `/v1`. */
  @property() accessor api: string | undefined;
  /** The API client; a `<polku-finder>` around this element provides it. */
  @property({ attribute: false }) accessor client: PolkuClient | undefined;
  /** The tiers (for their names); a `<polku-finder>` provides them, otherwise they are fetched. */
  @consume({ context: tiersContext, subscribe: true })
  @property({ attribute: false })
  accessor tiers: readonly Tier[] | undefined;
  /** One self-check's id; default every self-check of the catalogue. */
  @property() accessor check: string | undefined;
  /** Level of each self-check's name heading (2-4); its sections go below it. */
  @property({ attribute: 'heading-level', type: Number }) accessor headingLevel = 2;

  get #level(): number {
    return Math.min(Math.max(this.headingLevel, 2), 4);
  }

  #text(value: LocalizedText | undefined): TemplateResult | typeof nothing {
    return this.#localize.text(value);
  }

  #heading(level: number, content: unknown): TemplateResult {
    return html`<div class="heading h${level - this.#level}" role="heading" aria-level=${level}>
      ${content}
    </div>`;
  }

  #tierName(level: number, tiers: readonly Tier[]): TemplateResult {
    const t = this.#localize.messages.selfCheckReview;
    const tier = tiers.find((candidate) => candidate.level === level);
    return html`${t.tierLevel(level)}${tier ? html` · ${this.#text(tier.name)}` : nothing}`;
  }

  /** "Question → answer" for a rule's `question-id/answer-id`. */
  #answerLabel(check: SelfCheck, key: string): TemplateResult {
    const [questionId, answerId] = key.split('/');
    const question = check.questions.find((candidate) => candidate.id === questionId);
    const answer = question?.answers.find((candidate) => candidate.id === answerId);
    if (!question || !answer) return html`${key}`;
    return html`${this.#text(question.text)} → <strong>${this.#text(answer.text)}</strong>`;
  }

  #renderQuestion(check: SelfCheck, question: SelfCheckQuestion, lines: readonly UrgentHelp[]) {
    const t = this.#localize.messages.selfCheckReview;
    return html`<li part="question" class="question">
      <p class="theme">${t.themes[question.theme]}</p>
      <p class="text">${this.#text(question.text)}</p>
      ${question.hint ? html`<p class="hint">${t.hint}: ${this.#text(question.hint)}</p>` : nothing}
      <ul class="answers">
        ${question.answers.map((answer) => {
          const key = `${question.id}/${answer.id}`;
          const levels = check.rules
            .filter((rule) => rule.answers.includes(key))
            .map((rule) => t.tierLevel(rule.tier));
          const help = (answer.help ?? [])
            .map((id) => lines.find((line) => line.id === id))
            .filter((line): line is UrgentHelp => line !== undefined)
            .map((line) => `${this.#localize.plain(line.name)} ${line.phone}`);
          return html`<li>
            ${this.#text(answer.text)}
            ${levels.length ? html`<span class="rules-of">${t.suggests([...new Set(levels)].join(', '))}</span>` : nothing}
            ${answer.danger ? html`<span class="danger">${t.danger}</span>` : nothing}
            ${help.length ? html`<span class="help">${t.helpLines(help.join('; '))}</span>` : nothing}
          </li>`;
        })}
      </ul>
    </li>`;
  }

  #renderRule(check: SelfCheck, rule: SelfCheckRule, tiers: readonly Tier[]) {
    const t = this.#localize.messages.selfCheckReview;
    return html`<li part="rule" class="rule">
      ${this.#heading(this.#level + 2, this.#tierName(rule.tier, tiers))}
      <p>${t.ruleWhen(rule.at_least ?? 1, rule.answers.length)}</p>
      <ul>
        ${rule.answers.map((key) => html`<li>${this.#answerLabel(check, key)}</li>`)}
      </ul>
      <p class="reason">${this.#text(rule.reason)}</p>
    </li>`;
  }

  #renderCheck(check: SelfCheck, tiers: readonly Tier[], lines: readonly UrgentHelp[]) {
    const t = this.#localize.messages.selfCheckReview;
    const level = this.#level;
    const updated = formatDate(check.updated_at, this.#localize.language);
    return html`<article part="base" class="check">
      ${this.#heading(level, this.#text(check.name))}
      <p class="status">
        <span class="badge ${check.draft ? 'draft' : ''}">${check.draft ? t.draft : t.approved}</span>
        ${updated ? t.updated(updated) : nothing}
      </p>
      ${check.review_note ? html`<p>${this.#text(check.review_note)}</p>` : nothing}
      <section>
        ${this.#heading(level + 1, t.intro)}
        <p>${this.#text(check.intro)}</p>
        <p><strong>${t.notAssessment}:</strong> ${this.#text(check.not_assessment)}</p>
      </section>
      <section>
        ${this.#heading(level + 1, t.questions)}
        <ol class="questions">
          ${check.questions.map((question) => this.#renderQuestion(check, question, lines))}
        </ol>
      </section>
      <section>
        ${this.#heading(level + 1, t.rules)}
        <p>${t.rulesIntro(check.default_tier)}</p>
        <ol class="rules">${check.rules.map((rule) => this.#renderRule(check, rule, tiers))}</ol>
      </section>
      <section>
        ${this.#heading(level + 1, t.results)}
        ${check.results.map(
          (result) => html`${this.#heading(level + 2, this.#tierName(result.tier, tiers))}
            <p><strong>${this.#text(result.heading)}</strong></p>
            <p>${this.#text(result.text)}</p>`,
        )}
        ${this.#heading(level + 2, t.dangerTexts)}
        <p><strong>${this.#text(check.danger.heading)}</strong></p>
        <p>${this.#text(check.danger.text)}</p>
        ${this.#heading(level + 2, t.talk)}
        <p>${this.#text(check.talk_to_professional)}</p>
      </section>
      <section>
        ${this.#heading(level + 1, t.sources)}
        <ul>
          ${check.sources.map((source) => {
            const href = safeUrl(source.url);
            const name = source.title ? this.#text(source.title) : source.name;
            const checked = source.checked
              ? formatDate(source.checked, this.#localize.language)
              : '';
            return html`<li>${href ? html`<a href=${href}>${name}</a>` : name}${checked ? `, ${checked}` : ''}</li>`;
          })}
        </ul>
      </section>
    </article>`;
  }

  override render() {
    const t = this.#localize.messages.selfCheckReview;
    const lang = this.#localize.language;
    return this.#task.render({
      pending: () => html`<p role="status" lang=${lang}>${t.loading}</p>`,
      error: () => html`<div role="alert" lang=${lang}>
        <p>${t.loadError}</p>
        <button type="button" @click=${() => this.#task.run()}>${t.retry}</button>
      </div>`,
      complete: ({ checks, tiers, lines }) =>
        checks.length
          ? html`<div lang=${lang}>${checks.map((check) => this.#renderCheck(check, tiers, lines))}</div>`
          : html`<p lang=${lang}>${t.none}</p>`,
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'polku-self-check-review': PolkuSelfCheckReview;
  }
}
