// The self-check in Chromium, by keyboard only, in Finnish and Swedish, inside a finder against the
// real API: three answer paths end in three different suggested tiers with their services, a
// danger answer shows the help lines first at once, back and start-again work, axe is clean at
// every step, every request is recorded and none carries an answer, and nothing is kept.
import { expect, waitUntil } from '@open-wc/testing';
import type { LanguageCode, SelfCheck, Service, TierLevel } from '@polku/contract';
import type { PolkuServiceCard } from '../../src/index.js';
import { registerFinderElements } from '../../src/register-finder.js';
import { messages } from '../../src/translations/index.js';
import { selfCheckMessages } from '../../src/translations/self-check/index.js';
import { deepActive, shadow } from './helpers.js';
import {
  answer,
  buttonNamed,
  demoData,
  nothingKept,
  type Opened,
  openFromFinder,
  press,
  question,
  type Recorded,
  radios,
  tabTo,
  text,
} from './self-check-helpers.js';

// Only the finder's elements: the self-check must come from its own chunk when opened.
registerFinderElements();

let check: SelfCheck;
let servicesFor: (tier: TierLevel) => Promise<Service[]>;
const answerKeys: string[] = [];

before(async () => {
  ({ check, servicesFor } = await demoData());
  for (const q of check.questions) for (const a of q.answers) answerKeys.push(`${q.id}/${a.id}`);
});

type Path = Record<string, string>;
const calm: Path = {
  arki: 'sujuu',
  parisuhde: 'hyvin',
  verkosto: 'on',
  lapset: 'onnistuu',
  pelko: 'ei',
  vahingoittaminen: 'ei',
  tuki: 'ei',
};

/** The request the check may make and what it may say: the tier order and the chain, no more. */
function checkRequests(requests: readonly Recorded[], tier: TierLevel | undefined): void {
  const allowed: Record<string, string[]> = {
    '/v1': [],
    '/v1/self-checks': [],
    '/v1/urgent-help': [],
    '/v1/services': ['tier', 'chain', 'per_page'],
  };
  expect(requests.length).to.be.greaterThan(0);
  for (const request of requests) {
    const url = new URL(request.url);
    expect(request.method, request.url).to.equal('GET');
    expect(request.body, request.url).to.equal('');
    expect(Object.keys(allowed), request.url).to.include(url.pathname);
    expect([...url.searchParams.keys()], request.url).to.have.members(
      url.pathname === '/v1/services' ? ['tier', 'chain', 'per_page'] : [],
    );
  }
  const services = requests.filter((request) => request.url.includes('/v1/services'));
  if (tier === undefined) {
    expect(services, 'no services before the suggestion').to.have.length(0);
    return;
  }
  expect(services).to.have.length(1);
  const params = new URL(services[0]?.url ?? '').searchParams;
  expect(params.get('tier')).to.equal([4, 3, 2, 1].filter((level) => level <= tier).join(','));
  expect(params.get('chain')).to.equal('perheiden-jaksaminen');
  // Everything the page fetched (scripts too, by Resource Timing) is free of every answer.
  const everything = [
    ...requests.map((request) => request.url),
    ...performance.getEntriesByType('resource').map((entry) => entry.name),
  ];
  for (const url of everything) {
    const decoded = decodeURIComponent(url);
    for (const key of answerKeys) {
      const [q, a] = key.split('/') as [string, string];
      expect(decoded, url).not.to.contain(key);
      expect(decoded, url).not.to.contain(`${q}=${a}`);
    }
    expect(decoded, url).not.to.match(/answer|vastau|svar/i);
  }
}

async function accessible(opened: Opened): Promise<void> {
  await opened.selfCheck.updateComplete;
  await expect(opened.finder).to.be.accessible();
}

/** Answers every question of `path` by keyboard, axe after each, to the suggestions. */
async function walk(opened: Opened, lang: LanguageCode, path: Path): Promise<void> {
  const t = selfCheckMessages[lang];
  await tabTo(buttonNamed(t.start), 'Start');
  await press('Enter');
  await opened.selfCheck.updateComplete;
  for (const [index, q] of check.questions.entries()) {
    expect(question(opened.root)).to.equal(q.text[lang]);
    expect(text(opened.root.querySelector('legend .progress'))).to.equal(
      t.progress(index + 1, check.questions.length),
    );
    expect(opened.root.querySelector('fieldset legend'), 'a fieldset with a legend').to.exist;
    await accessible(opened);
    await answer(opened, path[q.id] ?? '');
  }
  await waitUntil(() => opened.root.querySelector('.summary'), 'the suggestions', {
    timeout: 8000,
  });
}

async function summaryShows(opened: Opened, lang: LanguageCode, tier: TierLevel): Promise<void> {
  const t = selfCheckMessages[lang];
  const { root } = opened;
  const result = check.results.find((candidate) => candidate.tier === tier);
  expect(text(root.querySelector('#summary-heading'))).to.equal(result?.heading[lang]);
  expect(deepActive()?.id, 'focus on the suggestion').to.equal('summary-heading');
  expect(text(root.querySelector('.summary'))).to.contain(check.not_assessment[lang] ?? '');
  await waitUntil(() => root.querySelector('polku-service-card'), 'services', { timeout: 8000 });
  const lists = [...root.querySelectorAll('.cards')];
  const cardsOf = (list: Element | undefined) =>
    [...(list?.querySelectorAll<PolkuServiceCard>('polku-service-card') ?? [])].map(
      (card) => card.service as Service,
    );
  const now = cardsOf(lists[0]);
  const expected = (await servicesFor(tier)).filter((service) => service.tiers.includes(tier));
  expect(now.map((service) => service.id)).to.deep.equal(expected.map((service) => service.id));
  expect(text(root.querySelector('.group-heading'))).to.equal(t.servicesNow);
  if (tier > 1) {
    const lighter = cardsOf(lists[1]);
    expect(lighter.length, 'lighter services after').to.be.greaterThan(0);
    for (const service of lighter) expect(service.tiers).not.to.include(tier);
    expect(text(root.querySelectorAll('.group-heading')[1])).to.equal(t.servicesLighter);
  }
  // A way to a professional, with the county's advice line from the catalogue.
  const talk = root.querySelector('.talk');
  expect(text(talk)).to.contain(t.talkHeading);
  await waitUntil(() => talk?.querySelector('a[href="tel:0195600111"]'), 'the advice line');
  expect(root.querySelector('.self-check')?.getAttribute('lang')).to.equal(lang);
  // Never a grade: the tier's official name is not put on the family.
  for (const name of ['Vahvasti tuettu', 'Laajasti tuettu', 'intensivt stöd', 'omfattande stöd'])
    expect(text(root.querySelector('#summary-heading'))).not.to.contain(name);
  await accessible(opened);
}

const paths: Record<'fi' | 'sv', [Path, TierLevel][]> = {
  fi: [
    [calm, 1],
    [{ ...calm, arki: 'raskasta' }, 2],
    [{ ...calm, arki: 'voimat-lopussa' }, 3],
  ],
  sv: [
    [{ ...calm, parisuhde: 'ero' }, 2],
    [{ ...calm, arki: 'raskasta', verkosto: 'vahan', lapset: 'valilla' }, 3],
    [{ ...calm, tuki: 'lastensuojelu' }, 4],
  ],
};

for (const lang of ['fi', 'sv'] as const) {
  describe(`<polku-self-check> by keyboard, ${lang}`, function () {
    this.timeout(60_000);

    for (const [path, tier] of paths[lang]) {
      it(`answers → tier ${tier}: the suggestion, its services first, the lighter after`, async () => {
        const href = location.href;
        const historyLength = history.length;
        const opened = await openFromFinder(lang, messages[lang].selfCheckOpen);
        await accessible(opened);
        checkRequests(opened.requests, undefined);
        await walk(opened, lang, path);
        await summaryShows(opened, lang, tier);
        checkRequests(opened.requests, tier);
        await nothingKept(href, historyLength);
      });
    }

    it('a danger answer shows 112 and the help lines at once, above everything, before the next question', async () => {
      const t = selfCheckMessages[lang];
      const opened = await openFromFinder(lang, messages[lang].selfCheckOpen);
      const { root } = opened;
      await tabTo(buttonNamed(t.start), 'Start');
      await press('Enter');
      await opened.selfCheck.updateComplete;
      for (const id of ['arki', 'parisuhde', 'verkosto', 'lapset'])
        await answer(opened, calm[id] ?? '');
      const dangerQuestion = lang === 'fi' ? 'pelko' : 'vahingoittaminen';
      if (lang === 'sv') await answer(opened, 'ei');
      expect(root.querySelector('.danger')).to.equal(null);
      // Reaching the answer is enough: the lines are there before Enter.
      await answer(opened, 'kylla', false);
      const danger = root.querySelector('.danger');
      expect(danger, 'help lines at once').to.exist;
      expect(root.querySelector('.self-check')?.firstElementChild).to.equal(danger);
      const phones = [...(danger?.querySelectorAll('a[href^="tel:"]') ?? [])].map((a) => text(a));
      expect(phones[0]).to.equal('112');
      const expected = lang === 'fi' ? ['080 005 005', '019 5600 150'] : ['09 2525 0112'];
      expect(phones).to.include.members(expected);
      expect(text(root.querySelector('[role="status"]'))).to.contain(t.dangerAnnounce);
      await press('Enter');
      await opened.selfCheck.updateComplete;
      expect(deepActive()?.id, 'focus on the help lines').to.equal('danger-heading');
      expect(text(danger?.querySelector('#danger-heading'))).to.equal(check.danger.heading[lang]);
      const next = check.questions.findIndex((q) => q.id === dangerQuestion) + 1;
      expect(question(root)).to.equal(check.questions[next]?.text[lang]);
      const order = [...root.querySelectorAll('.danger, form.question')];
      expect(order[0], 'the lines come before the next question').to.equal(danger);
      await accessible(opened);
      // Tab from the lines reaches the next question's answers.
      await tabTo((element) => element.localName === 'input', 'the next answers');
      for (const q of check.questions.slice(next)) await answer(opened, calm[q.id] ?? '');
      await waitUntil(() => root.querySelector('.summary'), 'the suggestions', { timeout: 8000 });
      expect(root.querySelector('.self-check')?.firstElementChild).to.equal(
        root.querySelector('.danger'),
      );
      expect(text(root.querySelector('#summary-heading'))).to.equal(
        check.results.find((result) => result.tier === 3)?.heading[lang],
      );
      await accessible(opened);
      checkRequests(opened.requests, 3);
    });

    it('back keeps the answers to change, start again forgets them; both by keyboard', async () => {
      const t = selfCheckMessages[lang];
      const opened = await openFromFinder(lang, messages[lang].selfCheckOpen);
      const { root } = opened;
      await tabTo(buttonNamed(t.start), 'Start');
      await press('Enter');
      await opened.selfCheck.updateComplete;
      await answer(opened, 'raskasta');
      await answer(opened, 'riitoja');
      expect(question(root)).to.equal(check.questions[2]?.text[lang]);
      await tabTo(buttonNamed(t.back), 'Back');
      await press('Enter');
      await opened.selfCheck.updateComplete;
      expect(question(root)).to.equal(check.questions[1]?.text[lang]);
      expect((deepActive() as HTMLInputElement).value, 'focus on the answer given').to.equal(
        'riitoja',
      );
      await accessible(opened);
      await answer(opened, 'hyvin');
      for (const q of check.questions.slice(2)) await answer(opened, calm[q.id] ?? '');
      await waitUntil(() => root.querySelector('.summary'), 'the suggestions', { timeout: 8000 });
      expect(text(root.querySelector('#summary-heading'))).to.equal(
        check.results.find((result) => result.tier === 2)?.heading[lang],
      );
      // Back from the suggestions: the last question, its answer kept.
      await tabTo(buttonNamed(t.back), 'Back');
      await press('Enter');
      await opened.selfCheck.updateComplete;
      expect(question(root)).to.equal(check.questions.at(-1)?.text[lang]);
      await tabTo(buttonNamed(t.restart), 'Start again');
      await press('Enter');
      await opened.selfCheck.updateComplete;
      expect(deepActive()?.id).to.equal('name');
      expect(root.querySelector('.intro')).to.exist;
      await accessible(opened);
      await tabTo(buttonNamed(t.start), 'Start');
      await press('Enter');
      await opened.selfCheck.updateComplete;
      expect(
        radios(root).some((radio) => radio.checked),
        'the answers are forgotten',
      ).to.equal(false);
      // Without an answer, Enter stays and says so.
      await press('Enter');
      await opened.selfCheck.updateComplete;
      expect(question(root)).to.equal(check.questions[0]?.text[lang]);
      expect(text(root.querySelector('.missing'))).to.equal(t.chooseAnswer);
      await accessible(opened);
      // Back to the finder: the self-check is gone, focus on its link.
      await tabTo(buttonNamed(t.close), 'Back to the service search');
      await press('Enter');
      await waitUntil(() => !shadow(opened.finder).querySelector('polku-self-check'), 'closed');
      expect(text(deepActive())).to.equal(messages[lang].selfCheckOpen);
    });
  });
}
