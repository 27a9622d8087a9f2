// The importer on the REAL PTV documents in ../shared/ptv-samples (issue 16's "done means"). They are
// read where they lie, never copied into the repository; where they are absent the suite skips.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Catalogue } from '../src/catalogue.js';
import { readPtvInputs } from '../src/cli/ptv-inputs.js';
import { loadDemoCatalogue } from '../src/demo.js';
import { importPtvInputs, type PtvImportResult } from '../src/ptv/index.js';

const samples = fileURLToPath(new URL('../../../../shared/ptv-samples', import.meta.url));
const absent = existsSync(samples)
  ? false
  : `the real PTV samples are not at ${samples} (../shared/ptv-samples beside the repository)`;
if (absent) console.log(`# skipped: ${absent}`);

type Json = Record<string, unknown>;
const otaviaId = 'df0c2f24-d2bd-4ba7-bdcd-fcfc9f0d65a7';
const otaviaChannel = '961f1a02-0eb7-4b5d-9721-6b9f2d14ec6f';
const nettilukio = '3668d250-cd80-45c4-abcc-9b2d3a2b3e42';
const liperiService = '6c00d407-d3fd-4c7e-a373-57be9f3b2cff';

/** A v11 organization written here: the samples hold no real Otavia (or Liperi) organization record. */
function organization(id: string, name: string, code: string): Json {
  return {
    id,
    organizationType: 'Municipality',
    organizationNames: [{ type: 'Name', language: 'fi', value: name }],
    areaType: 'LimitedType',
    areas: [{ type: 'Municipality', municipalities: [{ code }] }],
    publishingStatus: 'Published',
  };
}

let base: Catalogue;
before(async () => {
  const demo = (await loadDemoCatalogue()).catalogue;
  // The demo county's municipalities plus those the samples serve.
  base = {
    ...demo,
    municipalities: [
      ...demo.municipalities,
      { code: '491', name: { fi: 'Mikkeli', sv: 'S:t Michel' }, bilingual: false },
      { code: '426', name: { fi: 'Liperi', sv: 'Liperi' }, bilingual: false },
      { code: '529', name: { fi: 'Naantali', sv: 'Nådendal' }, bilingual: false },
      { code: '905', name: { fi: 'Vaasa', sv: 'Vasa' }, bilingual: true },
    ],
  };
});

async function importFolder(folder: string, extra: Json[] = []): Promise<PtvImportResult> {
  const read = await readPtvInputs([join(samples, folder)]);
  assert.deepEqual(read.problems, [], 'every sample file parses');
  const inputs = [...read.inputs, { file: 'organizations-written-in-the-test', json: extra }];
  return importPtvInputs(inputs, { base, importedOn: '2026-12-01' });
}

const digits = (phone: string): string => phone.replace(/\D/g, '');

describe('PTV import of the real samples', { skip: absent }, () => {
  it('v11 Otavia (single records, an object keyed by id): 7 emails, 4 web pages, phones with whose number it is', async () => {
    const result = await importFolder('v11-auroraai-real', [
      organization(otaviaId, 'Mikkelin kaupungin liikelaitos Otavia', '491'),
      organization('a6e72986-0d23-4d4b-8619-b49fa0c5baa3', 'Liperin kunta', '426'),
    ]);
    assert.deepEqual(result.problems, []);
    const ids = result.catalogue.services.map((service) => service.id).sort();
    assert.deepEqual(ids, [nettilukio, liperiService]);

    const raw = JSON.parse(
      await readFile(
        join(
          samples,
          'v11-auroraai-real/servicechannel-961f1a02-servicelocation-otavan-opisto.v11.json',
        ),
        'utf8',
      ),
    ) as { emails: { value: string }[]; webPages: { url: string }[] };
    const service = result.catalogue.services.find((candidate) => candidate.id === nettilukio);
    const channels = service?.channels ?? [];
    const emails = channels.flatMap((channel) => (channel.type === 'email' ? [channel.email] : []));
    assert.equal(emails.length, 7);
    assert.deepEqual(
      emails,
      raw.emails.map((email) => email.value),
    );
    const pages = channels.flatMap((channel) => (channel.type === 'online' ? [channel.url] : []));
    assert.equal(pages.length, 4);
    assert.deepEqual(pages.sort(), raw.webPages.map((page) => page.url).sort());
    const phones = channels.flatMap((channel) =>
      channel.type === 'phone' ? [[digits(channel.phone), channel.label?.fi]] : [],
    );
    assert.deepEqual(phones, [
      ['358447943552', 'Otavan Opisto / Otavia: Opintoasiainvastaava'],
      ['358447943565', 'Otavan Opisto / Otavia'],
    ]);
    assert.ok(channels.some((channel) => channel.type === 'in_person'));
    // The two connections whose channels are not among the samples are named, not dropped.
    assert.equal(
      result.omissions.filter(
        (omission) => omission.record === nettilukio && /is not in the file/.test(omission.message),
      ).length,
      2,
    );
    assert.ok(
      !result.omissions.some(
        (omission) =>
          omission.record === otaviaChannel && /email|webPage/i.test(omission.field ?? ''),
      ),
    );
  });

  it('v11: fi-only services are present, their missing Swedish reported; a null charge type is not "not free"', async () => {
    const result = await importFolder('v11-auroraai-real', [
      organization(otaviaId, 'Mikkelin kaupungin liikelaitos Otavia', '491'),
      organization('a6e72986-0d23-4d4b-8619-b49fa0c5baa3', 'Liperin kunta', '426'),
    ]);
    for (const service of result.catalogue.services) {
      assert.deepEqual(service.available_languages, ['fi'], service.id);
    }
    assert.deepEqual(
      result.missingLanguages.map((missing) => [missing.record, missing.message]).sort(),
      [
        [nettilukio, 'no Swedish name, summary, description'],
        [liperiService, 'no Swedish name, summary, description'],
      ].sort(),
    );
    const liperi = result.catalogue.services.find((service) => service.id === liperiService);
    assert.equal(liperi?.cost.free, undefined, 'serviceChargeType null: neither free nor charged');
    const otavia = result.catalogue.services.find((service) => service.id === nettilukio);
    assert.equal(otavia?.cost.free, true, 'FreeOfCharge');
  });

  it('v8/v9 Vaasa, Naantali, VRK (a folder of single records): 30 of 30 services, 20 fi-only reported, phones keep whose number it is', async () => {
    const folder = 'v8v9-kunta-api-server-real';
    const result = await importFolder(folder);
    assert.deepEqual(result.problems, []);
    assert.equal(result.catalogue.services.length, 30);
    assert.equal(result.catalogue.organizations.length, 3);
    const fiOnly = result.catalogue.services.filter(
      (service) => !service.available_languages.includes('sv'),
    );
    assert.equal(fiOnly.length, 20);
    assert.deepEqual(
      result.missingLanguages.map((missing) => missing.record).sort(),
      fiOnly.map((service) => service.id).sort(),
    );
    // Null charge types stay unset: none of them is shown as not free.
    const raw = await readPtvInputs([join(samples, folder, 'services')]);
    const nullCharge = raw.inputs
      .map((input) => input.json as Json)
      .filter(
        (record) => record.serviceChargeType === null || record.serviceChargeType === undefined,
      )
      .map((record) => record.id);
    assert.ok(nullCharge.length > 0);
    for (const id of nullCharge) {
      const service = result.catalogue.services.find((candidate) => candidate.id === id);
      assert.equal(service?.cost.free, undefined, `${id}: no charge type, so not "not free"`);
    }
    // Every phone number of a location or phone channel that says whose it is keeps that note.
    const channels = (await readPtvInputs([join(samples, folder, 'servicechannels')])).inputs.map(
      (input) => input.json as Json,
    );
    const imported = result.catalogue.services.flatMap((service) => service.channels);
    let noted = 0;
    for (const channel of channels) {
      if (!['ServiceLocation', 'Phone'].includes(channel.serviceChannelType as string)) continue;
      const linked = result.catalogue.services.some((service) =>
        (channel.services as { service: { id: string } }[]).some(
          (link) => link.service.id === service.id,
        ),
      );
      for (const phone of (channel.phoneNumbers ?? []) as Json[]) {
        const note = phone.additionalInformation as string | null;
        if (!linked || !note || phone.type !== 'Phone') continue;
        const language = phone.language as 'fi' | 'sv' | 'en';
        const kept = imported.some(
          (candidate) =>
            candidate.type === 'phone' &&
            digits(candidate.phone).endsWith(digits(phone.number as string)) &&
            candidate.label?.[language]?.includes(note),
        );
        assert.ok(kept, `${channel.id}: ${phone.number} "${note}" (${language})`);
        noted += 1;
      }
    }
    assert.equal(noted, 16);
  });

  it('v11 list envelopes (Helsinki’s anonymized pages) are read as envelopes, record by record', async () => {
    const result = await importFolder('v11-smbackend-anonymized');
    const services = [
      '0008afc0-182c-4580-ba73-7472287f4d63',
      '00094685-ccc8-44a7-8345-07e36afde1b6',
    ];
    // The authors trimmed `organizations` and set the municipality code to "1": each service is
    // reported for exactly that, which shows its record was found inside the envelope.
    for (const id of services) {
      const messages = result.problems
        .filter((problem) => problem.record === id)
        .map((problem) => problem.message);
      assert.deepEqual(messages, [
        'names no Responsible organization',
        "serves none of the catalogue's municipalities",
      ]);
    }
    assert.ok(
      !result.problems.some((problem) =>
        /holds no PTV records|neither a PTV/.test(problem.message),
      ),
    );
  });
});
