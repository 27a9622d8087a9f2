// Where <polku-finder> places <polku-understood> (defined by the chunk loaded after the first
// screen; until then the tag waits, and upgrades with the answer already set).
import { html } from 'lit';
import type { ResultsOptions } from './results.js';

export function renderUnderstood(options: ResultsOptions, section: 'help' | 'zero') {
  const { search } = options;
  return html`<polku-understood
    section=${section}
    view=${options.view}
    .answer=${search.task.value?.page}
    .onSearch=${(text: string) => {
      search.type(text);
      search.submit();
    }}
    exportparts="help-first, help-lines, nearest, card, details-button, add-button"
  ></polku-understood>`;
}
