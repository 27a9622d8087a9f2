// What the self-check keeps and sends, besides the answer paths (self-check.test.ts): its chunk
// loads only when opened, leaving the page forgets the answers, the copied link carries the
// suggested tier only and opens those suggestions, and at 320 px nothing is cut off.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { PolkuFinder } from '../../src/index.js';
import { registerFinderElements } from '../../src/register-finder.js';
import { messages } from '../../src/translations/index.js';
import { selfCheckMessages } from '../../src/translations/self-check/index.js';
import { deepActive, shadow } from './helpers.js';
import {
  answer,
  buttonNamed,
  nothingKept,
  openFromFinder,
  press,
  radios,
  recordingClient,
  tabTo,
  text,
} from './self-check-helpers.js';

registerFinderElements();

const t = selfCheckMessages.fi;

async function startAndAnswer(opened: Awaited<ReturnType<typeof openFromFinder>>) {
  await tabTo(buttonNamed(t.start), 'Start');
  await press('Enter');
  await opened.selfCheck.updateComplete;
  for (const id of ['voimat-lopussa', 'hyvin', 'on', 'onnistuu', 'ei', 'ei', 'ei'])
    await answer(opened, id);
  await waitUntil(() => opened.root.querySelector('.summary'), 'the suggestions', {
    timeout: 8000,
  });
}

describe('<polku-self-check>: what it keeps and sends', function () {
  this.timeout(60_000);
  const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
  afterEach(() => {
    if (clipboard) Object.defineProperty(navigator, 'clipboard', clipboard);
  });

  it('is not loaded until the person opens it', async () => {
    const finder = await fixture<PolkuFinder>(
      html`<polku-finder .client=${recordingClient().client} lang="fi"></polku-finder>`,
    );
    await finder.updateComplete;
    const loaded = () =>
      performance
        .getEntriesByType('resource')
        .some((entry) => entry.name.includes('/src/self-check/'));
    expect(customElements.get('polku-self-check')).to.equal(undefined);
    expect(loaded(), 'no module of the self-check fetched').to.equal(false);
    await tabTo(buttonNamed(messages.fi.selfCheckOpen), 'the link');
    await press('Enter');
    await waitUntil(() => customElements.get('polku-self-check'), 'defined', { timeout: 10_000 });
    expect(loaded()).to.equal(true);
  });

  it('forgets the answers when the page is left (pagehide, also into the back-forward cache)', async () => {
    const opened = await openFromFinder('fi', messages.fi.selfCheckOpen);
    await tabTo(buttonNamed(t.start), 'Start');
    await press('Enter');
    await opened.selfCheck.updateComplete;
    await answer(opened, 'raskasta');
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
    await opened.selfCheck.updateComplete;
    expect(opened.root.querySelector('.intro'), 'back at the start').to.exist;
    await tabTo(buttonNamed(t.start), 'Start');
    await press('Enter');
    await opened.selfCheck.updateComplete;
    expect(radios(opened.root).some((radio) => radio.checked)).to.equal(false);
  });

  it('copies a link that carries the suggested tier only, never an answer', async () => {
    const href = location.href;
    const historyLength = history.length;
    let copied = '';
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: {
        writeText: async (value: string) => {
          copied = value;
        },
      },
    });
    const opened = await openFromFinder('fi', messages.fi.selfCheckOpen);
    await startAndAnswer(opened);
    await tabTo(buttonNamed(t.copyLink), 'Copy link');
    await press('Enter');
    await waitUntil(() => copied, 'copied');
    const link = new URL(copied);
    expect(link.origin + link.pathname).to.equal(location.origin + location.pathname);
    expect(link.search, 'no query').to.equal('');
    expect(link.hash).to.equal('#polku-suggested-tier=3');
    await waitUntil(() => text(opened.root.querySelector('[role="status"]')) === t.linkCopied);
    await nothingKept(href, historyLength);

    // Without a clipboard the same link stands in a field to copy by hand.
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
    await press('Enter');
    await waitUntil(() => opened.root.querySelector('#manual-link'), 'the field');
    const field = opened.root.querySelector<HTMLInputElement>('#manual-link');
    expect(field?.value).to.equal(copied);
    expect(deepActive()).to.equal(field);
    await expect(opened.finder).to.be.accessible();
    await nothingKept(href, historyLength);
  });

  it('a suggestions link opens the finder at those suggestions, with the way to answer oneself', async () => {
    const href = location.href;
    history.replaceState(history.state, '', '#polku-suggested-tier=2');
    try {
      const { client, requests } = recordingClient();
      const finder = await fixture<PolkuFinder>(
        html`<polku-finder .client=${client} lang="sv"></polku-finder>`,
      );
      await waitUntil(() => shadow(finder).querySelector('polku-self-check')?.shadowRoot, 'open', {
        timeout: 10_000,
      });
      const selfCheck = shadow(finder).querySelector('polku-self-check') as HTMLElement & {
        updateComplete: Promise<unknown>;
      };
      const root = shadow(selfCheck);
      await waitUntil(() => root.querySelector('polku-service-card'), 'services', {
        timeout: 8000,
      });
      const sv = selfCheckMessages.sv;
      expect(text(root.querySelector('.shared'))).to.equal(sv.sharedIntro);
      expect(text(root.querySelector('#summary-heading'))).to.contain('hjälp som man ofta får');
      const byTier = requests
        .map((request) => new URL(request.url))
        .filter((url) => url.pathname === '/v1/services' && url.searchParams.has('chain'));
      expect(byTier.map((url) => url.searchParams.get('tier'))).to.deep.equal(['2,1']);
      const active = deepActive();
      expect(active !== null && root.contains(active), 'a link does not move focus').to.equal(
        false,
      );
      await expect(finder).to.be.accessible();
      await tabTo(buttonNamed(sv.answerYourself), 'Answer yourself');
      await press('Enter');
      await selfCheck.updateComplete;
      expect(root.querySelector('.intro')).to.exist;
    } finally {
      history.replaceState(history.state, '', href);
    }
  });

  it('fits 320 px at every step: nothing wider than the screen', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px"></div>`);
    const { client } = recordingClient();
    const finder = document.createElement('polku-finder') as PolkuFinder;
    finder.client = client;
    finder.lang = 'sv';
    wrapper.append(finder);
    await finder.updateComplete;
    await tabTo(buttonNamed(messages.sv.selfCheckOpen), 'the link');
    await press('Enter');
    await waitUntil(() => deepActive()?.id === 'name', 'opened', { timeout: 10_000 });
    const selfCheck = shadow(finder).querySelector('polku-self-check') as HTMLElement & {
      updateComplete: Promise<unknown>;
    };
    const root = shadow(selfCheck);
    const fits = () => {
      const wide = [...root.querySelectorAll('*')].filter(
        (element) =>
          element.getBoundingClientRect().right > wrapper.getBoundingClientRect().right + 1,
      );
      expect(wide.map((element) => element.outerHTML.slice(0, 80))).to.deep.equal([]);
    };
    fits();
    await tabTo(buttonNamed(selfCheckMessages.sv.start), 'Start');
    await press('Enter');
    await selfCheck.updateComplete;
    const opened = { finder, selfCheck, root, requests: [] };
    for (const id of ['sujuu', 'hyvin', 'on', 'onnistuu']) {
      fits();
      await answer(opened, id);
    }
    await answer(opened, 'kylla');
    fits();
    await expect(finder).to.be.accessible();
    await tabTo((element) => element.localName === 'input', 'the next answers');
    await answer(opened, 'ei');
    await answer(opened, 'ei');
    await waitUntil(() => root.querySelector('polku-service-card'), 'services', { timeout: 8000 });
    fits();
  });
});
