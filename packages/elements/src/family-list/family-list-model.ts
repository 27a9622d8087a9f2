// What <polku-family-list> holds: the chosen services in the worker's order with a note each (in
// memory only, never stored), the link for the family, and each service fetched (a @lit/task on
// the element) in the languages the list shows, the worker's and the family's. A change requests
// the element's update; the element renders, announces changes and moves focus.
import { Task } from '@lit/task';
import type { PolkuClient } from '@polku/client';
import type { LanguageCode, Service } from '@polku/contract';
import type { ReactiveElement } from 'lit';
import type { ClientController } from '../internal/client.js';
import {
  buildFamilyListLink,
  FAMILY_LIST_MAX_SERVICES,
  serviceIdPattern,
} from '../internal/family-list-link.js';
import { supportedLanguage } from '../internal/localize.js';

/** One chosen service: its id and the worker's note. Held in memory only. */
export interface FamilyListItem {
  readonly id: string;
  readonly note: string;
}

export class FamilyListModel {
  readonly #host: ReactiveElement;
  #items: FamilyListItem[] = [];
  readonly #services = new Map<string, Service>();
  readonly #notFound = new Set<string>();
  readonly #languages: () => readonly LanguageCode[];

  /** Fetches the services not yet known in a language the list shows. */
  readonly loading: Task<readonly [PolkuClient, string], void>;

  /** `languages`: the languages the list shows its services in (the worker's, the family's). */
  constructor(
    host: ReactiveElement,
    client: ClientController,
    languages: () => readonly LanguageCode[],
  ) {
    this.#host = host;
    this.#languages = languages;
    this.loading = new Task(host, {
      task: async ([reader, key], { signal }) => {
        if (!reader || !key) return;
        // One request per language needed (the worker's and the family's), each asking for that
        // language, so a client with a default `language` still gives both.
        for (const group of key.split(' ')) {
          const [lang, ids = ''] = group.split(':');
          const language = supportedLanguage(lang);
          if (!language || !ids) continue;
          const page = await reader.services.search(
            { id: ids.split(','), per_page: FAMILY_LIST_MAX_SERVICES, lang: language },
            { signal },
          );
          for (const service of page.contents)
            this.#services.set(`${language}:${service.id}`, service);
          for (const id of ids.split(',')) {
            if (!this.#services.has(`${language}:${id}`)) this.#notFound.add(id);
          }
        }
      },
      args: () => [client.value, this.#unloadedKey] as const,
    });
  }

  /** Ids not yet fetched per language (`fi:id,id sv:id`), sorted: reordering never refetches. */
  get #unloadedKey(): string {
    const ids = this.#items.map((item) => item.id).filter((id) => !this.#notFound.has(id));
    return [...new Set(this.#languages())]
      .map((lang) => {
        const missing = ids.filter((id) => !this.#services.has(`${lang}:${id}`)).sort();
        return missing.length ? `${lang}:${missing.join(',')}` : '';
      })
      .filter(Boolean)
      .join(' ');
  }

  /** The chosen services in order (the model's own, not copies). */
  get items(): readonly FamilyListItem[] {
    return this.#items;
  }

  /** The service in `lang`, once fetched. */
  service(id: string, lang: LanguageCode): Service | undefined {
    return this.#services.get(`${lang}:${id}`);
  }

  /** The link that opens `base` with the chosen services in `lang`: no notes. */
  link(base: URL, lang: LanguageCode): string {
    return buildFamilyListLink(
      base,
      this.#items.map((item) => item.id),
      lang,
    );
  }

  /** Adds a service (a UUID) at the end. `false` when it is already there or the list is full. */
  add(id: string): boolean {
    const normalized = id.trim().toLowerCase();
    if (!serviceIdPattern.test(normalized)) return false;
    if (this.#items.length >= FAMILY_LIST_MAX_SERVICES) return false;
    if (this.#items.some((item) => item.id === normalized)) return false;
    this.#items = [...this.#items, { id: normalized, note: '' }];
    this.#host.requestUpdate();
    return true;
  }

  /** Removes a service and its note. */
  remove(id: string): boolean {
    const before = this.#items.length;
    this.#items = this.#items.filter((item) => item.id !== id);
    this.#host.requestUpdate();
    return this.#items.length !== before;
  }

  /** Moves a service by `delta` places (negative: up), clamped to the list. */
  move(id: string, delta: number): boolean {
    const from = this.#items.findIndex((item) => item.id === id);
    if (from < 0) return false;
    const to = Math.min(Math.max(from + Math.trunc(delta), 0), this.#items.length - 1);
    if (to === from) return false;
    const items = [...this.#items];
    const [moved] = items.splice(from, 1);
    if (moved) items.splice(to, 0, moved);
    this.#items = items;
    this.#host.requestUpdate();
    return true;
  }

  setNote(id: string, note: string): void {
    // Re-rendered so the print-only sheet holds the note too.
    this.#items = this.#items.map((item) => (item.id === id ? { ...item, note } : item));
    this.#host.requestUpdate();
  }

  clear(): void {
    this.#items = [];
    this.#host.requestUpdate();
  }
}
