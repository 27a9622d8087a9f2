// What <polku-finder> shows from the professional chunk (load-professional.ts), as a reactive
// controller: the chunk loaded only when needed, the family list and the compact chain beside
// the results in the professional view (the list's ids provided to the cards), and the shared
// list of a family-list link. professional-view.ts renders them.
import { ContextProvider } from '@lit/context';
import { Task, TaskStatus } from '@lit/task';
import type { PolkuClient } from '@polku/client';
import type { ReactiveController, ReactiveElement } from 'lit';
import type { PolkuFamilyList } from '../family-list/family-list.js';
import type { ClientController } from '../internal/client.js';
import { type FinderView, familyListContext } from '../internal/context.js';
import { FAMILY_LIST_ADD_EVENT, type FamilyListAddDetail } from '../internal/events.js';
import { sharedFirstChainId } from '../internal/shared-data.js';
import { loadProfessional } from '../load-professional.js';
import type { PolkuSharedList } from '../shared-list/shared-list.js';
import { splitList } from './search-state.js';

/** What the controller needs of its element: the view and the `chain` attribute. */
export interface ProfessionalHost extends ReactiveElement {
  view: FinderView;
  chain: string;
}

export class ProfessionalController implements ReactiveController {
  readonly #host: ProfessionalHost;
  readonly #familyListProvider: ContextProvider<typeof familyListContext, ProfessionalHost>;
  /** Ids from a family-list link in the page's URL: the finder shows just these. */
  #sharedIds: readonly string[] | undefined;
  /** Ids on the family list (professional view), for the cards' "On the family list". */
  #familyIds: readonly string[] = [];
  /** The link's list has shown its services (or could not): the finder may come below it. */
  #sharedSettled = false;
  #sharedWaiting = false;

  /** The chunk's elements, loaded only when they are shown. */
  readonly chunk: Task<readonly [boolean], boolean>;
  /** Professional view: the chain to show, the `chain` attribute's first or the catalogue's first. */
  readonly #chainTask: Task<readonly [PolkuClient, string, FinderView], string | undefined>;

  constructor(host: ProfessionalHost, client: ClientController) {
    this.#host = host;
    host.addController(this);
    this.#familyListProvider = new ContextProvider(host, { context: familyListContext });
    this.chunk = new Task(host, {
      task: async ([needed]) => {
        if (needed) await loadProfessional();
        return needed;
      },
      args: () => [host.view === 'professional' || this.#sharedIds !== undefined] as const,
    });
    this.#chainTask = new Task(host, {
      task: async ([client, chain, view]) => {
        if (view !== 'professional') return undefined;
        const [named] = splitList(chain);
        return named ?? sharedFirstChainId(client);
      },
      args: () => [client.value, host.chain, host.view] as const,
    });
  }

  hostUpdate(): void {
    this.#familyListProvider.setValue(this.#familyIds);
  }

  hostUpdated(): void {
    if (this.#sharedIds === undefined || this.#sharedSettled || this.#sharedWaiting) return;
    const list = this.#host.renderRoot.querySelector<PolkuSharedList>('polku-shared-list');
    if (this.chunk.status === TaskStatus.ERROR) this.#settleShared();
    else if (list?.loaded) {
      this.#sharedWaiting = true;
      void list.loaded.then(() => this.#settleShared());
    }
  }

  #settleShared(): void {
    this.#sharedSettled = true;
    this.#host.requestUpdate();
  }

  /**
   * Whether the finder below a family-list link's list may be drawn: only once the list stands,
   * so that nothing the family already sees moves down under their eyes.
   */
  get sharedSettled(): boolean {
    return this.#sharedIds === undefined || this.#sharedSettled;
  }

  /** The chain the side column shows. */
  get chain(): string | undefined {
    return this.#chainTask.value;
  }

  get familyIds(): readonly string[] {
    return this.#familyIds;
  }

  /** The link's list is already shown (server-rendered): the finder stands below it at once. */
  sharedShown(): void {
    this.#sharedSettled = true;
  }

  get sharedIds(): readonly string[] | undefined {
    return this.#sharedIds;
  }

  /** Shows the services of a family-list link (`undefined`: the whole finder again). */
  set sharedIds(ids: readonly string[] | undefined) {
    this.#sharedIds = ids;
    this.#host.requestUpdate();
  }

  get #familyList(): PolkuFamilyList | null {
    return this.#host.renderRoot.querySelector('polku-family-list');
  }

  /**
   * Adds from this finder's cards, details and chain go to this finder's own list only; an add
   * made while the list is still loading reaches it once it is there.
   */
  async onListAdd(event: CustomEvent<FamilyListAddDetail>): Promise<void> {
    if (this.#host.view !== 'professional') return;
    event.stopPropagation();
    const ready = await this.chunk.taskComplete.then(
      () => true,
      () => false,
    );
    if (!ready) return;
    await this.#host.updateComplete;
    this.#familyList?.dispatchEvent(
      new CustomEvent(FAMILY_LIST_ADD_EVENT, { detail: event.detail }),
    );
  }

  onListChange(event: Event): void {
    this.#familyIds = (event.target as PolkuFamilyList).items.map((item) => item.id);
    this.#host.requestUpdate();
  }

  /** Narrow finder: from the results heading to the family list below them. */
  jumpToList(): void {
    const list = this.#familyList;
    list?.scrollIntoView({ block: 'start' });
    list?.focus();
  }
}
