// The built embed (dist/polku-finder.js and its chunk), as a host page meets it: the markup is on
// the page before the script. Each page is an iframe of its own, so nothing is defined before
// the script runs. Build first (npm run build); these tests read nothing from src/.
import { expect, waitUntil } from '@open-wc/testing';

const api = (window as { POLKU_TEST_API?: string }).POLKU_TEST_API ?? '';
const script = '/packages/elements/dist/polku-finder.js';

async function hostPage(body: string): Promise<Window & typeof globalThis> {
  const frame = document.createElement('iframe');
  frame.style.width = '1280px';
  frame.style.height = '900px';
  frame.srcdoc = `<!doctype html><html lang="fi"><head><meta charset="utf-8"></head><body>${body}<script type="module" src="${script}"></script></body></html>`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return frame.contentWindow as Window & typeof globalThis;
}

function chunkRequests(win: Window): string[] {
  return win.performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => /\/polku-finder-professional-[\w-]+\.js$/.test(name));
}

function ladderLength(root: ShadowRoot | null | undefined): number {
  return root?.querySelectorAll('.ladder > li').length ?? 0;
}

describe('the built embed with its lazily loaded chunk', () => {
  it('a family-view finder shows results and never asks for the chunk', async () => {
    const win = await hostPage(`<polku-finder api="${api}"></polku-finder>`);
    const finder = win.document.querySelector('polku-finder') as Element;
    await waitUntil(
      () => (finder.shadowRoot?.querySelectorAll('polku-service-card').length ?? 0) > 0,
      'no results',
      { timeout: 10_000 },
    );
    expect(chunkRequests(win)).to.deep.equal([]);
    expect(win.customElements.get('polku-chain')).to.equal(undefined);
  });

  it('a professional finder and a standalone chain written before the script both work', async () => {
    const win = await hostPage(
      `<polku-finder api="${api}" view="professional" lang="sv"></polku-finder>
       <polku-chain api="${api}" chain="perheiden-jaksaminen"></polku-chain>`,
    );
    const finder = win.document.querySelector('polku-finder') as Element;
    await waitUntil(
      () => ladderLength(finder.shadowRoot?.querySelector('polku-chain')?.shadowRoot) === 4,
      'the finder’s chain did not load',
      { timeout: 10_000 },
    );
    const list = finder.shadowRoot?.querySelector('polku-family-list');
    expect(list?.shadowRoot?.textContent).to.contain('Familjens tjänstelista');
    const standalone = win.document.querySelector('polku-chain') as Element;
    await waitUntil(() => ladderLength(standalone.shadowRoot) === 4, 'the standalone chain', {
      timeout: 10_000,
    });
    // One chunk, fetched from beside the script.
    const requests = chunkRequests(win);
    expect(requests).to.have.length(1);
    expect(new URL(requests[0] as string).pathname.startsWith('/packages/elements/dist/')).to.equal(
      true,
    );
    // Cards speak of the referral in one short line.
    const card = finder.shadowRoot?.querySelector('polku-service-card');
    expect(
      card?.shadowRoot?.querySelector('.referral')?.textContent?.replace(/\s+/g, ' '),
    ).to.match(/Remiss: (behövs|behövs inte)/);
  });
});
