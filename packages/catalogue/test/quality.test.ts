import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Service } from '@polku/contract';
import type { Catalogue } from '../src/catalogue.js';
import { demoCatalogueDir } from '../src/demo.js';
import { loadCatalogue } from '../src/load/index.js';
import { isFrontPage, qualityReport } from '../src/quality.js';
import { writeCatalogueFolder } from '../src/write.js';
import { run } from './run-cli.js';

const source = { name: 'Test page', url: 'https://example.org/contact', checked: '2026-12-01' };

/** A copy of the demo catalogue whose first services each have one kind of problem. */
function flawed(demo: Catalogue): { catalogue: Catalogue; ids: Record<string, string> } {
  const services: Service[] = structuredClone(demo.services);
  const at = (index: number) => services[index] as Service;
  const noContact = at(0);
  noContact.channels = [];
  delete noContact.contact_note;
  const frontPage = at(1);
  frontPage.channels = [{ type: 'online', url: 'https://itauusimaa.fi/', source }];
  delete frontPage.contact_note;
  const noSwedish = at(2);
  delete noSwedish.description.sv;
  noSwedish.available_languages = ['fi', 'en'];
  const saysNeeded = at(3);
  saysNeeded.referral = {
    required: false,
    description: { fi: 'Palveluun tarvitaan lähete.', sv: 'Det behövs en remiss.' },
  };
  const saysNotNeeded = at(4);
  saysNotNeeded.referral = {
    required: true,
    description: { fi: 'Lähetettä ei tarvita.', sv: 'Ingen remiss behövs.' },
  };
  const noSource = at(5);
  noSource.channels = [{ type: 'phone', phone: '019 5600 111' }];
  const ids = {
    'no-contact': noContact.id,
    'front-page-link': frontPage.id,
    'missing-language': noSwedish.id,
    'referral-contradiction': saysNeeded.id,
    'referral-contradiction (required)': saysNotNeeded.id,
    'contact-without-source': noSource.id,
  };
  return { catalogue: { ...demo, services }, ids };
}

describe('quality report', () => {
  let demo: Catalogue;
  let dir: string;
  before(async () => {
    demo = (await loadCatalogue(demoCatalogueDir)).catalogue;
    dir = await mkdtemp(join(tmpdir(), 'polku-quality-'));
  });
  after(() => rm(dir, { recursive: true, force: true }));

  test('finds nothing a family would miss in the demo catalogue', () => {
    assert.deepEqual(qualityReport(demo), []);
  });

  test('lists each kind of problem on the service that has it', () => {
    const { catalogue, ids } = flawed(demo);
    const findings = qualityReport(catalogue);
    for (const [label, id] of Object.entries(ids)) {
      const kind = label.split(' ')[0];
      assert.ok(
        findings.some((finding) => finding.service === id && finding.kind === kind),
        `${label} is reported for ${id}: ${JSON.stringify(findings.filter((f) => f.service === id))}`,
      );
    }
    const swedish = findings.find((finding) => finding.kind === 'missing-language');
    assert.equal(swedish?.field, '/description/sv');
    const needed = findings.find((f) => f.service === ids['referral-contradiction']);
    assert.match(needed?.message ?? '', /required is false/);
  });

  test('reads negations as negations: "ei tarvita lähetettä" is no claim that one is needed', () => {
    const { catalogue } = flawed(demo);
    const service = catalogue.services[6] as Service;
    service.referral = {
      required: false,
      description: {
        fi: 'Neuvolaan ei tarvita lähetettä.',
        sv: 'Ingen remiss behövs.',
        en: 'No appointment or referral is needed.',
      },
    };
    assert.deepEqual(
      qualityReport(catalogue).filter((finding) => finding.service === service.id),
      [],
    );
  });

  test('a front page is a URL with nothing after its host', () => {
    assert.equal(isFrontPage('https://mll.fi'), true);
    assert.equal(isFrontPage('https://www.mll.fi/'), true);
    assert.equal(isFrontPage('https://uusiporvoo.mll.fi/in-english/'), false);
    assert.equal(isFrontPage('https://example.org/?page=contact'), false);
  });

  test('check --quality exits 0 on the demo and 1, listing every kind, on the flawed copy', async () => {
    const clean = await run(['check', '--quality', demoCatalogueDir]);
    assert.equal(clean.code, 0, clean.stdout + clean.stderr);
    assert.match(clean.stdout, /Quality OK: nothing a family would miss in 52 services/);

    const { catalogue, ids } = flawed(demo);
    const folder = join(dir, 'flawed');
    await writeCatalogueFolder(catalogue, folder);
    const result = await run(['check', '--quality', folder]);
    assert.equal(result.code, 1, result.stdout + result.stderr);
    for (const [label, id] of Object.entries(ids)) {
      const kind = label.split(' ')[0];
      assert.match(result.stdout, new RegExp(`^${id} \\(.*\\): ${kind}: `, 'm'), label);
    }
    assert.match(result.stdout, /Quality FAILED: \d+ findings in 6 services of 52/);
  });

  test('check --quality on a folder that loads no service does not call it OK', async () => {
    const empty = join(dir, 'empty');
    await writeCatalogueFolder({ ...demo, services: [] }, empty);
    const result = await run(['check', '--quality', empty]);
    assert.equal(result.code, 1, result.stdout + result.stderr);
    assert.doesNotMatch(result.stdout, /Quality OK/);
    assert.match(result.stdout, /Quality: no service loaded/);
  });
});
