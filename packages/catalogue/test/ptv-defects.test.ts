// One test per defect found by running the importer on real PTV documents (issue 16), on records
// written here in the shapes PTV really returns (the real ones stay in ../shared/ptv-samples).
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Catalogue } from '../src/catalogue.js';
import { loadDemoCatalogue } from '../src/demo.js';
import { importPtv, importPtvInputs } from '../src/ptv/index.js';

type Json = Record<string, unknown>;
const organizationId = '00000000-0000-4000-8000-0000000aa001';
const serviceId = '00000000-0000-4000-8000-0000000bb001';
const channelId = '00000000-0000-4000-8000-0000000cc001';
const text = (type: string, language: string, value: string | null) => ({ type, language, value });

function organization(): Json {
  return {
    id: organizationId,
    organizationType: 'Municipality',
    organizationNames: [text('Name', 'fi', 'Porvoon kaupunki'), text('Name', 'sv', 'Borgå stad')],
    areaType: 'LimitedType',
    areas: [{ type: 'Municipality', municipalities: [{ code: '638' }] }],
    emails: [{ language: 'fi', value: 'kirjaamo@porvoo.example' }],
    publishingStatus: 'Published',
  };
}

/** A service as GET /api/v11/Service/{id} returns it: with serviceChannels and organizations. */
function service(overrides: Json = {}): Json {
  return {
    id: serviceId,
    type: 'Service',
    serviceNames: [text('Name', 'fi', 'Perusopetus')],
    serviceDescriptions: [
      text('Summary', 'fi', 'Koulu lapsille.'),
      text('Description', 'fi', 'Perusopetus on maksutonta.'),
      text('UserInstruction', 'fi', null),
      text('ChargeTypeAdditionalInfo', 'fi', null),
    ],
    serviceChargeType: null,
    areaType: 'LimitedType',
    areas: [{ type: 'Municipality', municipalities: [{ code: '638' }] }],
    languages: ['fi'],
    organizations: [{ roleType: 'Responsible', organization: { id: organizationId } }],
    serviceChannels: [
      { serviceChannel: { id: channelId }, serviceHours: [], contactDetails: null },
    ],
    publishingStatus: 'Published',
    ...overrides,
  };
}

function location(overrides: Json = {}): Json {
  return {
    id: channelId,
    serviceChannelType: 'ServiceLocation',
    serviceChannelNames: [text('Name', 'fi', 'Koulu'), text('Name', 'sv', 'Skolan')],
    languages: ['fi'],
    phoneNumbers: [
      {
        type: 'Phone',
        additionalInformation: 'Rehtori',
        prefixNumber: '+358',
        isFinnishServiceNumber: false,
        number: '401234567',
        serviceChargeType: 'Chargeable',
        chargeDescription: null,
        language: 'fi',
      },
      {
        type: 'Phone',
        additionalInformation: 'Kanslia',
        prefixNumber: '+358',
        number: '401234568',
        language: 'fi',
      },
    ],
    emails: [
      { value: 'rehtori@koulu.example', language: 'fi' },
      { value: 'kanslia@koulu.example', language: 'fi' },
    ],
    webPages: [
      { url: 'https://koulu.example/', value: 'Koulun sivut', language: 'fi' },
      { url: 'https://koulu.example/sv', value: 'Skolans sidor', language: 'sv' },
    ],
    addresses: [],
    services: [{ service: { id: serviceId } }],
    publishingStatus: 'Published',
    ...overrides,
  };
}

let base: Catalogue;
before(async () => {
  base = (await loadDemoCatalogue()).catalogue;
});
const run = (records: unknown) =>
  importPtv(records, { base, file: 'x.json', importedOn: '2026-11-01' });

describe('PTV import: the defects found on real data', () => {
  it('1: a single record with serviceChannels/organizations keys is a record, not a wrapper', () => {
    const inputs = [
      { file: 'organization.json', json: organization() },
      { file: 'service.json', json: service() },
      { file: 'channel.json', json: location() },
    ];
    const result = importPtvInputs(inputs, { base, importedOn: '2026-11-01' });
    assert.deepEqual(result.problems, []);
    assert.deepEqual(
      result.catalogue.services.map((imported) => imported.id),
      [serviceId],
    );
  });

  it('2: a ServiceLocation’s emails (JSON name `emails`) are kept', () => {
    const { catalogue } = run([organization(), service(), location()]);
    const emails = catalogue.services[0]?.channels.filter((channel) => channel.type === 'email');
    assert.deepEqual(
      emails?.map((channel) => channel.type === 'email' && channel.email),
      ['rehtori@koulu.example', 'kanslia@koulu.example'],
    );
  });

  it('3: web pages of locations, whose number is whose, and connection contacts are kept', () => {
    const connection = {
      serviceChannel: { id: channelId },
      contactDetails: {
        emails: [{ value: 'opo@koulu.example', language: 'fi' }],
        phoneNumbers: [],
        webPages: [],
        addresses: [],
      },
    };
    const { catalogue } = run([
      organization(),
      service({ serviceChannels: [connection] }),
      location(),
    ]);
    const channels = catalogue.services[0]?.channels ?? [];
    const online = channels.filter((channel) => channel.type === 'online');
    assert.deepEqual(
      online.map((channel) => channel.type === 'online' && [channel.url, channel.languages]),
      [
        ['https://koulu.example/', ['fi']],
        ['https://koulu.example/sv', ['sv']],
      ],
    );
    const phones = channels.filter((channel) => channel.type === 'phone');
    assert.deepEqual(
      phones.map((channel) => channel.label?.fi),
      ['Koulu: Rehtori', 'Koulu: Kanslia'],
    );
    assert.ok(
      channels.some((channel) => channel.type === 'email' && channel.email === 'opo@koulu.example'),
    );
  });

  it('3: an organization’s own contacts are reported by name, not dropped silently', () => {
    const { omissions } = run([organization(), service(), location()]);
    assert.ok(
      omissions.some(
        (omission) => omission.record === organizationId && omission.field === '/emails',
      ),
      JSON.stringify(omissions),
    );
  });

  it('4: a null charge type is not "not free"', () => {
    const { catalogue } = run([organization(), service(), location()]);
    assert.equal(catalogue.services[0]?.cost.free, undefined);
    const free = run([organization(), service({ serviceChargeType: 'FreeOfCharge' }), location()]);
    assert.equal(free.catalogue.services[0]?.cost.free, true);
  });

  it('5: one EChannel with fi and sv urls gives one online channel per url, each with its language', () => {
    const echannel = {
      id: channelId,
      serviceChannelType: 'EChannel',
      serviceChannelNames: [
        text('Name', 'fi', 'Sähköinen hakemus'),
        text('Name', 'sv', 'E-ansökan'),
      ],
      languages: ['fi', 'sv'],
      webPages: [
        { url: 'https://e.example/fi', value: 'Hakemus', language: 'fi' },
        { url: 'https://e.example/sv', value: 'Ansökan', language: 'sv' },
      ],
      publishingStatus: 'Published',
    };
    const { catalogue } = run([organization(), service(), echannel]);
    const online =
      catalogue.services[0]?.channels.filter((channel) => channel.type === 'online') ?? [];
    assert.deepEqual(
      online.map((channel) => channel.type === 'online' && [channel.url, channel.languages]),
      [
        ['https://e.example/fi', ['fi']],
        ['https://e.example/sv', ['sv']],
      ],
    );
  });

  it('6: description types whose value is null are not reported as left out', () => {
    const { omissions } = run([organization(), service(), location()]);
    assert.ok(!omissions.some((omission) => /UserInstruction/.test(omission.message)));
  });

  it('7: the problems count records, not lines', () => {
    const broken = service({ serviceNames: [], languages: [], areas: [], areaType: undefined });
    const result = run([organization(), broken, location()]);
    assert.ok(result.problems.length >= 3, JSON.stringify(result.problems));
    assert.equal(new Set(result.problems.map((problem) => problem.record)).size, 1);
  });

  it('8: a Finnish-only service is imported, its missing Swedish listed', () => {
    const { catalogue, missingLanguages } = run([organization(), service(), location()]);
    assert.deepEqual(catalogue.services[0]?.available_languages, ['fi']);
    assert.equal(missingLanguages.length, 1);
    assert.match(missingLanguages[0]?.message ?? '', /no Swedish name, summary, description/);
  });
});
