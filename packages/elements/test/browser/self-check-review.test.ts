// What a professional sees of the self-check beside the chain: the questions and answers, which
// answers signal danger and bring which lines, the rules with their reasons, the family's texts,
// the sources and that it is a draft. Against the real API.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { SelfCheck } from '@polku/contract';
import type { PolkuSelfCheckReview } from '../../src/index.js';
import { registerPolkuElements } from '../../src/index.js';
import { professionalMessages } from '../../src/translations/professional/index.js';
import { shadow } from './helpers.js';

registerPolkuElements();

const api = (window as { POLKU_TEST_API?: string }).POLKU_TEST_API ?? '';
const text = (node: Element | ShadowRoot | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('<polku-self-check-review> against the real API', () => {
  let check: SelfCheck;
  before(async () => {
    check = (await (await fetch(`${api}/self-checks/perheen-jaksaminen`)).json()) as SelfCheck;
  });

  for (const lang of ['fi', 'sv'] as const) {
    it(`${lang}: every question and answer, the danger marks, the rules and their reasons`, async () => {
      const t = professionalMessages[lang].selfCheckReview;
      const element = await fixture<PolkuSelfCheckReview>(
        html`<polku-self-check-review api=${api} lang=${lang}></polku-self-check-review>`,
      );
      const root = shadow(element);
      await waitUntil(() => root.querySelector('.check'), 'shown', { timeout: 8000 });
      expect(text(root.querySelector('.status'))).to.contain(t.draft);
      const questions = [...root.querySelectorAll('.question')];
      expect(questions.map((q) => text(q.querySelector('.text')))).to.deep.equal(
        check.questions.map((q) => q.text[lang]),
      );
      const dangers = root.querySelectorAll('.answers .danger');
      expect(dangers.length).to.equal(
        check.questions.flatMap((q) => q.answers).filter((a) => a.danger).length,
      );
      // The violence answer names Nollalinja with its number.
      const fear = questions[check.questions.findIndex((q) => q.id === 'pelko')];
      expect(text(fear)).to.contain('080 005 005');
      const rules = [...root.querySelectorAll('.rule')];
      expect(rules).to.have.length(check.rules.length);
      expect(text(rules[0])).to.contain(check.rules[0]?.reason[lang] ?? '');
      expect(text(rules[2])).to.contain(t.ruleWhen(3, 6));
      expect(text(root)).to.contain(t.rulesIntro(check.default_tier));
      for (const result of check.results) expect(text(root)).to.contain(result.heading[lang] ?? '');
      expect(text(root)).to.contain(check.sources[0]?.title?.[lang] ?? '');
      await expect(element).to.be.accessible();
    });
  }
});
