import { Task, TaskStatus } from '@lit/task';
import type { PolkuClient } from '@polku/client';
import { type LanguageCode, languageOrder } from '@polku/contract';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { bundledUrgentHelp } from '../generated/urgent-help.js';
import { ClientController, defaultApi } from '../internal/client.js';
import { copyText } from '../internal/clipboard.js';
import { renderServiceContacts } from '../internal/contacts.js';
import {
  emit,
  FAMILY_LIST_ADD_EVENT,
  FAMILY_LIST_CHANGE_EVENT,
  type FamilyListAddDetail,
} from '../internal/events.js';
import { languageName } from '../internal/format.js';
import {
  LocalizeController,
  localizedText,
  plainText,
  supportedLanguage,
} from '../internal/localize.js';
import { sharedUrgentHelp } from '../internal/shared-data.js';
import { professionalMessages } from '../translations/professional/index.js';
import { familyListStyles } from './family-list.styles.js';
import { type FamilyListItem, FamilyListModel } from './family-list-model.js';
import { renderFamilySheet } from './family-sheet.js';
import { printAlone, printAloneOnBrowserPrint } from './print.js';

type ItemAction = 'up' | 'down' | 'remove';

/**
 * @tagname polku-family-list
 * @summary The family's service list a professional builds during service guidance: pick
 * services, order them, add a note to each, print a clean A4 sheet in the family's language or
 * copy a link that opens the finder with exactly those services. Nothing is stored anywhere: the
 * list lives in this element's memory, and the link carries only service ids and the language.
 *
 * Adds services when any element on the page dispatches `polku-list-add` (see
 * `requestAddToFamilyList`); inside a professional `<polku-finder>` it gets that finder's adds
 * only. "Print" prints the family's sheet alone on A4: the host page, the finder and the list's
 * controls stay off the paper (a print-only constructable stylesheet while the print dialog is
 * open). The browser's own print command (Ctrl+P) prints the same sheet alone while the list has
 * services, else the page.
 *
 * @fires {CustomEvent<{ count: number }>} polku-list-change - the user added, moved or removed a service
 * @csspart base - the on-screen list and its controls
 * @csspart list - the ordered list of chosen services
 * @csspart item - one chosen service
 * @csspart note - a note field
 * @csspart button - every button
 * @csspart sheet - the printed sheet (visible in print media only)
 * @cssproperty --polku-color-accent - accent colour of buttons and links
 * @cssproperty --polku-color-focus - focus ring
 * @cssproperty --polku-radius - corner radius
 * @cssproperty --polku-color-surface - background of a list item
 */
export class PolkuFamilyList extends LitElement {
  static override styles = familyListStyles;
  static readonly noteMaxLength = 500;

  readonly #localize = new LocalizeController(this, professionalMessages);
  readonly #client = new ClientController(this);
  readonly #model = new FamilyListModel(this, this.#client, () => [this.#uiLang, this.#sheetLang]);
  readonly #handledEvents = new WeakSet<Event>();
  #stopBrowserPrint: (() => void) | undefined;
  #focusAfterUpdate: { id: string | undefined; action: ItemAction | 'heading' } | undefined;

  @state() accessor announcement = '';
  @state() accessor manualLink: string | undefined;

  /**
   * API base URL (with `/v1`) when no client is provided, and beside which the family page of the
   * link stands; default the script's origin + `/v1`.
   */
  @property() accessor api: string | undefined;
  /** The API client; a `<polku-finder>` around this element provides it. */
  @property({ attribute: false })
  accessor client: PolkuClient | undefined;
  /** The family's language: of the printed sheet and the link. Defaults to the worker's. */
  @property({ attribute: 'family-lang', reflect: true }) accessor familyLang: string | undefined;
  /**
   * The page the link opens (a finder page); defaults to Polku's own page for families in the
   * family's language (`/fi/`, `/sv/`, `/en/` beside the API).
   */
  @property({ attribute: 'link-base' }) accessor linkBase: string | undefined;
  /** Level of the list's heading (2-5), so it fits the host page's outline. */
  @property({ attribute: 'heading-level', type: Number }) accessor headingLevel = 2;

  readonly #helpTask = new Task(this, {
    // Every language at once, shared with the finder's help lines: one request per page.
    task: ([reader]) => (reader ? sharedUrgentHelp(reader) : bundledUrgentHelp),
    args: () => [this.#client.value] as const,
  });

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener(FAMILY_LIST_ADD_EVENT, this.#onAddRequest);
    this.addEventListener(FAMILY_LIST_ADD_EVENT, this.#onAddRequest);
    // Ctrl+P prints the family's sheet while the list has services, else the page.
    this.#stopBrowserPrint = printAloneOnBrowserPrint(this, () => this.#model.items.length > 0);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener(FAMILY_LIST_ADD_EVENT, this.#onAddRequest);
    this.removeEventListener(FAMILY_LIST_ADD_EVENT, this.#onAddRequest);
    this.#stopBrowserPrint?.();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const target = this.#focusAfterUpdate;
    if (!target) return;
    this.#focusAfterUpdate = undefined;
    const selector =
      target.action === 'heading'
        ? '#list-title'
        : `li[data-id="${target.id}"] button[data-action="${target.action}"]`;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  get #uiLang(): LanguageCode {
    return this.#localize.language;
  }

  get #sheetLang(): LanguageCode {
    return supportedLanguage(this.familyLang) ?? this.#uiLang;
  }

  #name(id: string, lang: LanguageCode = this.#uiLang): string {
    const service = this.#model.service(id, lang) ?? this.#model.service(id, this.#uiLang);
    return service
      ? plainText(service.name, lang)
      : professionalMessages[lang].familyList.serviceFallback;
  }

  #onAddRequest = (event: CustomEvent<FamilyListAddDetail>): void => {
    // The same event reaches both this element and document; handle it once.
    if (this.#handledEvents.has(event)) return;
    this.#handledEvents.add(event);
    const id = event.detail?.id;
    if (typeof id !== 'string') return;
    const strings = this.#localize.messages.familyList;
    if (this.#model.items.some((item) => item.id === id)) {
      this.#announceWhenLoaded(() => strings.announceAlready(this.#name(id)));
      return;
    }
    if (this.addService(id)) {
      this.#announceWhenLoaded(() =>
        strings.announceAdded(this.#name(id), this.#model.items.length),
      );
      this.#fireChange();
    }
  };

  /** Announces once the service's name is known (it may still be loading). */
  async #announceWhenLoaded(message: () => string): Promise<void> {
    await this.updateComplete;
    await this.#model.loading.taskComplete.catch(() => undefined);
    this.#announce(message());
  }

  #announce(message: string): void {
    // A changed text is announced even when the same message repeats.
    this.announcement = this.announcement === message ? `${message}\u00a0` : message;
  }

  #fireChange(): void {
    emit(this, FAMILY_LIST_CHANGE_EVENT, { count: this.#model.items.length });
  }

  #onItemAction(id: string, action: ItemAction): void {
    const strings = this.#localize.messages.familyList;
    const name = this.#name(id);
    const items = this.#model.items;
    const index = items.findIndex((item) => item.id === id);
    if (action === 'remove') {
      const next = items[index + 1] ?? items[index - 1];
      this.removeService(id);
      this.#focusAfterUpdate = next
        ? { id: next.id, action: 'remove' }
        : { id: undefined, action: 'heading' };
      this.#announce(strings.announceRemoved(name, this.#model.items.length));
      this.#fireChange();
      return;
    }
    // At either end the button stays focusable (aria-disabled) so focus is never lost.
    if (!this.moveService(id, action === 'up' ? -1 : 1)) return;
    this.#focusAfterUpdate = { id, action };
    const position = this.#model.items.findIndex((item) => item.id === id) + 1;
    this.#announce(strings.announceMoved(name, position, this.#model.items.length));
    this.#fireChange();
  }

  #onNoteInput(id: string, event: Event): void {
    this.setNote(id, (event.target as HTMLTextAreaElement).value);
  }

  #onFamilyLangChange(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    if (supportedLanguage(value)) this.familyLang = value;
    this.manualLink = undefined;
  }

  async #print(): Promise<void> {
    // The sheet is printed complete: names and help lines in the family's language first.
    await this.updateComplete;
    await printAlone(this, [this.#model.loading.taskComplete, this.#helpTask.taskComplete]);
  }

  async #copyLink(): Promise<void> {
    const strings = this.#localize.messages.familyList;
    const link = this.link;
    if (await copyText(link)) {
      this.manualLink = undefined;
      this.#announce(strings.linkCopied);
      return;
    }
    // No clipboard (permissions, an old browser, an insecure page): show the link to copy.
    this.manualLink = link;
    this.#announce(strings.linkManual);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('#manual-link')?.select();
  }

  /** Moves focus to the list's heading (where "Family's service list (n)" in the finder leads). */
  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLElement>('#list-title')?.focus(options);
  }

  /** The chosen services in order, with notes. A copy: change it through the methods. */
  get items(): readonly FamilyListItem[] {
    return this.#model.items.map((item) => Object.freeze({ ...item }));
  }

  /**
   * The link for the family: Polku's page for families in their language (or `link-base`) with
   * the ids and language, no notes.
   */
  get link(): string {
    const lang = this.#sheetLang;
    const api = new URL(`${(this.api || defaultApi()).replace(/\/+$/, '')}/`, location.href);
    const base = this.linkBase
      ? new URL(this.linkBase, location.href)
      : new URL(`../${lang}/`, api);
    return this.#model.link(base, lang);
  }

  /** Adds a service (a UUID) at the end. `false` when it is already there or the list is full. */
  addService(id: string): boolean {
    return this.#model.add(id);
  }

  /** Removes a service and its note. */
  removeService(id: string): boolean {
    return this.#model.remove(id);
  }

  /** Moves a service by `delta` places (negative: up), clamped to the list. */
  moveService(id: string, delta: number): boolean {
    return this.#model.move(id, delta);
  }

  /** Sets the note of a service (at most 500 characters). */
  setNote(id: string, note: string): void {
    this.#model.setNote(id, note.slice(0, PolkuFamilyList.noteMaxLength));
  }

  /** Empties the list (for example when the meeting with the family ends). */
  clear(): void {
    this.#model.clear();
    this.manualLink = undefined;
  }

  #renderItem(item: FamilyListItem, index: number) {
    const lang = this.#uiLang;
    const strings = this.#localize.messages.familyList;
    const service = this.#model.service(item.id, lang);
    const name = this.#name(item.id);
    const last = index === this.#model.items.length - 1;
    const level = Math.min(Math.max(this.headingLevel, 1), 5) + 1;
    return html`<li part="item" class="item" data-id=${item.id}>
      <div class="name" role="heading" aria-level=${level}>
        ${service ? localizedText(service.name, lang) : name}
      </div>
      ${
        service
          ? html`<p class="provider">${strings.provider}: ${localizedText(service.organization.name, lang)}</p>
              ${renderServiceContacts(service, lang, strings, true)}`
          : nothing
      }
      <label for="note-${item.id}">${strings.note}</label>
      <textarea
        part="note"
        id="note-${item.id}"
        rows="2"
        maxlength=${PolkuFamilyList.noteMaxLength}
        aria-describedby="hint-${item.id}"
        .value=${item.note}
        @input=${(event: Event) => this.#onNoteInput(item.id, event)}
      ></textarea>
      <p class="hint" id="hint-${item.id}">${strings.noteHint(PolkuFamilyList.noteMaxLength)}</p>
      <div class="item-actions">
        <button part="button" type="button" data-action="up" aria-label=${`${strings.moveUp}: ${name}`}
          aria-disabled=${index === 0 ? 'true' : 'false'}
          @click=${() => this.#onItemAction(item.id, 'up')}>${strings.moveUp}</button>
        <button part="button" type="button" data-action="down" aria-label=${`${strings.moveDown}: ${name}`}
          aria-disabled=${last ? 'true' : 'false'}
          @click=${() => this.#onItemAction(item.id, 'down')}>${strings.moveDown}</button>
        <button part="button" type="button" data-action="remove" aria-label=${`${strings.remove}: ${name}`}
          @click=${() => this.#onItemAction(item.id, 'remove')}>${strings.remove}</button>
      </div>
    </li>`;
  }

  override render() {
    const strings = this.#localize.messages.familyList;
    const level = Math.min(Math.max(this.headingLevel, 1), 5);
    const sheetLang = this.#sheetLang;
    // The bundled copy while loading or when the API is down: the sheet never lacks them.
    const helpLines =
      this.#helpTask.status === TaskStatus.COMPLETE
        ? (this.#helpTask.value ?? bundledUrgentHelp)
        : bundledUrgentHelp;
    const empty = this.#model.items.length === 0;
    return html`<section part="base" class="screen" aria-labelledby="list-title">
        <div id="list-title" class="title" role="heading" aria-level=${level} tabindex="-1">
          ${strings.listTitle} <span class="count">(${strings.count(this.#model.items.length)})</span>
        </div>
        ${empty ? html`<p class="empty">${strings.empty}</p>` : nothing}
        ${this.#model.loading.render({
          pending: () => html`<p class="loading">${strings.loading}</p>`,
          error: () => html`<p class="error">${strings.loadError}
            <button part="button" type="button" @click=${() => this.#model.loading.run()}>
              ${strings.retry}</button></p>`,
        })}
        ${
          empty
            ? nothing
            : html`<ol part="list" class="items">
                ${repeat(
                  this.#model.items,
                  (item) => item.id,
                  (item, index) => this.#renderItem(item, index),
                )}
              </ol>`
        }
        <div class="controls">
          <label for="family-lang">${strings.familyLanguage}</label>
          <select id="family-lang" @change=${this.#onFamilyLangChange}>
            ${languageOrder.map(
              (code) =>
                html`<option value=${code} lang=${code} ?selected=${code === sheetLang}>${languageName(code, code)}</option>`,
            )}
          </select>
          <div class="buttons">
            <button part="button" type="button" ?disabled=${empty} @click=${this.#print}>
              ${strings.print}</button>
            <button part="button" type="button" ?disabled=${empty} @click=${this.#copyLink}>
              ${strings.copyLink}</button>
          </div>
          <p class="hint">${strings.linkPrivacy}</p>
          ${
            this.manualLink
              ? html`<label for="manual-link">${strings.linkLabel}</label>
                  <input id="manual-link" type="text" readonly .value=${this.manualLink}
                    @focus=${(event: FocusEvent) => (event.target as HTMLInputElement).select()} />`
              : nothing
          }
        </div>
        <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      </section>
      ${
        // No sheet without services: the page prints without an empty one.
        empty
          ? nothing
          : renderFamilySheet(
              this.#model.items.map((item) => ({
                ...item,
                service: this.#model.service(item.id, sheetLang),
              })),
              helpLines,
              sheetLang,
              new Date(),
            )
      }`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'polku-family-list': PolkuFamilyList;
  }
}
