import { Task, TaskStatus } from '@lit/task';
import type { PolkuClient } from '@polku/client';
import type { SelfCheck, TierLevel } from '@polku/contract';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { parseTier, tierOrder } from '../finder/search-state.js';
import { bundledUrgentHelp } from '../generated/urgent-help.js';
import { ClientController } from '../internal/client.js';
import { copyText } from '../internal/clipboard.js';
import { emit, type PolkuSelectDetail } from '../internal/events.js';
import { LocalizeController } from '../internal/localize.js';
import { sharedStyles } from '../internal/shared.styles.js';
import { sharedGuidance, sharedUrgentHelp } from '../internal/shared-data.js';
import type { PolkuServiceDetails } from '../service-details/service-details.js';
import { selfCheckMessages } from '../translations/self-check/index.js';
import { renderDanger } from './danger.js';
import { renderQuestion } from './question.js';
import { dangerAnswers, dangerLines } from './rules.js';
import { selfCheckStyles } from './self-check.styles.js';
import { SelfCheckController } from './self-check-controller.js';
import { readSuggestedTier, suggestionsLink } from './suggestions-link.js';
import { renderSummary } from './summary.js';

/**
 * @tagname polku-self-check
 * @summary A guided self-check, "what kind of support might suit us now?": five to eight plain
 * questions one at a time, then a warm suggestion of a tier with that tier's services first, the
 * lighter ones after, and a way to talk to a professional. Never a diagnosis, a label or a grade.
 *
 * The questions, answers, rules and texts are the catalogue's (`/v1/self-checks`), so the county's
 * professionals change them without code. An answer that signals danger shows 112 and the
 * crisis lines at once, above everything, before any further question.
 *
 * Privacy by construction: the answers stay in this element's memory. No request carries them
 * (the check, the help lines and the service guidance are fetched when it opens, the services by
 * the suggested tier only); nothing is stored, no cookie, nothing in the URL. "Copy a link to
 * these suggestions" makes a link that carries the suggested tier only. Leaving or reloading the
 * page, or removing the element, forgets everything. In the script-tag embed it is a chunk of its
 * own, loaded when the person opens it from `<polku-finder>`.
 *
 * @fires {CustomEvent<Record<string, never>>} polku-self-check-close - the person pressed "Back
 * to the service search" (only with `closable`)
 *
 * @csspart base - the self-check's outer box
 * @csspart danger - the help lines shown after a danger answer
 * @csspart question - the form of one question
 * @csspart summary - the suggestions
 * @csspart talk - the way to talk to a professional
 * @csspart button - every button
 *
 * @cssproperty --polku-color-accent - buttons, the chosen answer's outline
 * @cssproperty --polku-color-urgent - border and heading of the help lines
 * @cssproperty --polku-color-urgent-surface - background of the help lines
 */
export class PolkuSelfCheck extends LitElement {
  static override styles = [sharedStyles, selfCheckStyles];

  readonly #localize = new LocalizeController(this, selfCheckMessages);
  readonly #client = new ClientController(this);
  readonly #state = new SelfCheckController(this);

  // Fetched when the element opens, whatever is answered, so no request depends on an answer.
  readonly #checkTask = new Task(this, {
    task: async ([client, id], { signal }): Promise<SelfCheck | null> =>
      id
        ? client.selfChecks.get(id, { signal })
        : ((await client.selfChecks.list({ signal })).contents[0] ?? null),
    args: () => [this.#client.value, this.check] as const,
  });
  readonly #linesTask = new Task(this, {
    // Without a client (or an API without lines), the copy bundled in the script.
    task: async ([client]) => (client ? sharedUrgentHelp(client) : bundledUrgentHelp),
    args: () => [this.#client.value] as const,
  });
  readonly #guidanceTask = new Task(this, {
    task: ([client]) => sharedGuidance(client),
    args: () => [this.#client.value] as const,
  });
  // The services of the suggested tier and the lighter ones: the tier is all this request says.
  readonly #servicesTask = new Task(this, {
    task: async ([client, tier, chain], { signal }) => {
      if (!tier) return undefined;
      const page = await client.services.search(
        { tier: tierOrder(tier), per_page: 100, ...(chain ? { chain: [chain] } : {}) },
        { signal },
      );
      return page.contents;
    },
    args: () => [this.#client.value, this.#summaryTier, this.#checkTask.value?.chain] as const,
  });

  @state() private accessor manualLink: string | undefined;

  /** API base URL (with `/v1`) when no client is provided; default the script's origin + `/v1`. */
  @property() accessor api: string | undefined;
  /** The API client; a `<polku-finder>` around this element provides it. */
  @property({ attribute: false }) accessor client: PolkuClient | undefined;
  /** The self-check's id; default the catalogue's first. */
  @property() accessor check: string | undefined;
  /** Opens at the suggestions for this tier (1-4), as a shared link does; no answers behind it. */
  @property({ converter: { fromAttribute: (value) => parseTier(value) } })
  accessor tier: TierLevel | undefined;
  /** Takes `tier` from the page's suggestions link (`#polku-suggested-tier=N`), when it has one. */
  @property({ attribute: 'suggestions-link', type: Boolean }) accessor suggestionsLink = false;
  /** Level of the self-check's name heading (2-4); the steps' headings go below it. */
  @property({ attribute: 'heading-level', type: Number }) accessor headingLevel = 2;
  /** The page the suggestions link opens (a finder page); default this page, without its query. */
  @property({ attribute: 'link-base' }) accessor linkBase: string | undefined;
  /**
   * Opened by the person from `<polku-finder>`: shows "Back to the service search", which fires
   * `polku-self-check-close`, and takes focus as soon as it shows (not when a suggestions link
   * opened it with the page).
   */
  @property({ type: Boolean }) accessor closable = false;
  /** Leaves out the help lines at the end (where the page or the finder shows them already). */
  @property({ attribute: 'no-help-now', type: Boolean }) accessor noHelpNow = false;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.closable && !this.suggestionsLink) this.focus();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    const linked = !this.hasUpdated && this.suggestionsLink && !this.tier;
    const tier = linked ? readSuggestedTier(location) : this.tier;
    if (tier && (linked || changed.has('tier'))) this.#state.showShared(tier);
  }

  protected override updated(): void {
    this.#applyFocus();
  }

  /** Focuses what the last step asked for, once the check is there to show it. */
  #applyFocus(): void {
    const target = this.#state.focusTarget;
    if (!target || !this.#checkTask.value) return;
    this.#state.focusTarget = undefined;
    const root = this.renderRoot;
    const radios = [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    const focusable: Record<typeof target, HTMLElement | null | undefined> = {
      intro: root.querySelector<HTMLElement>('#name'),
      question: radios.find((radio) => radio.checked) ?? radios[0],
      missing: radios[0],
      danger: root.querySelector<HTMLElement>('#danger-heading'),
      summary: root.querySelector<HTMLElement>('#summary-heading'),
    };
    focusable[target]?.focus();
  }

  get #summaryTier(): TierLevel | undefined {
    const step = this.#state.step;
    return step.kind === 'summary' ? step.tier : undefined;
  }

  #progress = (index: number): string =>
    this.#localize.messages.progress(index + 1, this.#checkTask.value?.questions.length ?? 0);

  async #copyLink(tier: TierLevel): Promise<void> {
    const t = this.#localize.messages;
    const link = suggestionsLink(
      this.linkBase
        ? new URL(this.linkBase, location.href)
        : new URL(location.pathname, location.href),
      tier,
    );
    if (await copyText(link)) {
      this.manualLink = undefined;
      this.#state.announcement = t.linkCopied;
      this.requestUpdate();
      return;
    }
    this.manualLink = link;
    this.#state.announcement = t.linkManual;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('#manual-link')?.select();
  }

  #onSelect(event: CustomEvent<PolkuSelectDetail>): void {
    // The details open here, over the self-check (the finder shows no results meanwhile).
    const service = this.#servicesTask.value?.find((candidate) => candidate.id === event.detail.id);
    void this.renderRoot
      .querySelector<PolkuServiceDetails>('polku-service-details')
      ?.show(service ?? event.detail.id);
  }

  /** Moves focus to the self-check's name, or to the heading shown, once the check has loaded. */
  override focus(): void {
    this.#state.focusTarget = this.#state.step.kind === 'summary' ? 'summary' : 'intro';
    if (this.hasUpdated) this.#applyFocus();
  }

  #renderIntro(check: SelfCheck): TemplateResult {
    const t = this.#localize.messages;
    return html`<div class="intro">
      <p>${this.#localize.text(check.intro)}</p>
      <p class="note">${this.#localize.text(check.not_assessment)}</p>
      <p class="privacy">${t.privacy}</p>
      ${check.draft ? html`<p class="draft">${t.draftNote}</p>` : nothing}
      <button type="button" part="button" class="primary"
        @click=${() => this.#state.start(this.#progress(0))}>${t.start}</button>
    </div>`;
  }

  #renderStep(check: SelfCheck): TemplateResult {
    const step = this.#state.step;
    const state = this.#state;
    if (step.kind === 'intro') return this.#renderIntro(check);
    if (step.kind === 'question') {
      const t = this.#localize.messages;
      return renderQuestion({
        check,
        index: step.index,
        answers: state.answers,
        missing: state.missing,
        localize: this.#localize,
        onChoose: (question, answer) => {
          if (state.choose(check, question, answer)) state.announcement = t.dangerAnnounce;
        },
        onNext: () =>
          state.next(check, this.#progress, { danger: t.dangerAnnounce, ready: t.summaryReady }),
        onBack: () => state.back(check, this.#progress),
        onRestart: () => state.restart(),
      });
    }
    return renderSummary({
      check,
      tier: step.tier,
      shared: step.shared,
      localize: this.#localize,
      headingLevel: this.#level + 1,
      servicesStatus: this.#servicesTask.status,
      services: this.#servicesTask.value,
      guidance: this.#guidanceTask.value,
      manualLink: this.manualLink,
      onRetryServices: () => this.#servicesTask.run(),
      onCopy: () => this.#copyLink(step.tier),
      onBack: () => state.back(check, this.#progress),
      onRestart: () => state.restart(),
    });
  }

  get #level(): number {
    return Math.min(Math.max(this.headingLevel, 2), 4);
  }

  #renderBody(): TemplateResult {
    const t = this.#localize.messages;
    const check = this.#checkTask.value;
    if (this.#checkTask.status === TaskStatus.ERROR) {
      return html`<div class="message" role="alert">
        <p>${t.loadError}</p>
        <button type="button" part="button" @click=${() => this.#checkTask.run()}>${t.retry}</button>
      </div>`;
    }
    if (check === null) return html`<p class="message">${t.unavailable}</p>`;
    if (!check) return html`<p class="message" role="status">${t.loading}</p>`;
    const lines = this.#linesTask.value ?? bundledUrgentHelp;
    return html`${
      this.#state.danger
        ? renderDanger(
            check,
            dangerLines(dangerAnswers(check, this.#state.answers), lines),
            this.#localize,
            this.#level,
          )
        : nothing
    }
      <div id="name" class="name" role="heading" aria-level=${this.#level} tabindex="-1">
        ${this.#localize.text(check.name)}
      </div>
      ${this.#renderStep(check)}`;
  }

  override render() {
    const t = this.#localize.messages;
    return html`<div
      class="self-check"
      part="base"
      lang=${this.#localize.language}
      @polku-select=${this.#onSelect}
    >
      ${this.#renderBody()}
      <p class="visually-hidden" role="status">${this.#state.announcement}</p>
      ${
        this.closable
          ? html`<p class="close"><button type="button" part="button"
              @click=${() => emit(this, 'polku-self-check-close', {})}>${t.close}</button></p>`
          : nothing
      }
      ${this.noHelpNow ? nothing : html`<polku-help-now heading-level=${this.#level}></polku-help-now>`}
      <polku-service-details></polku-service-details>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'polku-self-check': PolkuSelfCheck;
  }
}
