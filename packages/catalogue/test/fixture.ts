// A small catalogue folder written into a temp dir, valid unless a test breaks it.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after } from 'node:test';
import { stringify } from 'yaml';

export const organizationA = '6f0b6f7e-8f5c-4f0e-9a57-3f3c1d0a1b01';
export const organizationB = '6f0b6f7e-8f5c-4f0e-9a57-3f3c1d0a1b02';
export const chainId = 'perheiden-jaksaminen';

/** A valid service as written in data (organization as an id, defaults left out). */
export function writtenService(
  id: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    id,
    name: { fi: 'Perhekahvila', sv: 'Familjecafé', en: 'Family café' },
    summary: { fi: 'Kahvia ja seuraa.', sv: 'Kaffe och sällskap.', en: 'Coffee and company.' },
    description: { fi: 'Avoin kaikille.', sv: 'Öppet för alla.', en: 'Open to all.' },
    tiers: [1],
    organization: organizationA,
    municipalities: ['638'],
    delivery_languages: ['fi', 'sv'],
    channels: [{ type: 'phone', phone: '019 5600 150' }],
    cost: { free: true },
    referral: { required: false },
    audience: { groups: ['parents'], child_age_min: 0, child_age_max: 6 },
    keywords: { fi: ['väsynyt'], sv: ['trött'] },
    chains: [chainId],
    ...overrides,
  };
}

export function tierRecord(level: number): Record<string, unknown> {
  return {
    level,
    name: { fi: `Taso ${level}`, sv: `Nivå ${level}`, en: `Tier ${level}` },
    label: { fi: 'Nimi', sv: 'Namn', en: 'Name' },
    description: { fi: 'Kuvaus', sv: 'Beskrivning', en: 'Description' },
  };
}

export function chainRecord(levels: number[]): Record<string, unknown> {
  const text = { fi: 'Teksti', sv: 'Text', en: 'Text' };
  return {
    id: chainId,
    name: { fi: 'Perheiden jaksaminen', sv: 'Familjers ork', en: 'Families coping' },
    phenomenon: text,
    target_group: text,
    goals: [text],
    grounds: [text],
    main_goal: text,
    guiding_principles: [text],
    tiers: levels.map((level) => ({
      level,
      goal: text,
      key_measures: [text],
      risks: [text],
      indicators: [text],
      effectiveness_measures: [text],
    })),
    organization: organizationA,
  };
}

/** The files of a clean folder, by relative path; values are YAML-stringified unless strings. */
export function cleanFiles(): Record<string, unknown> {
  return {
    'catalogue.yaml': {
      id: 'test',
      name: { fi: 'Testi', sv: 'Test' },
      defaults: {
        updated_at: '2026-11-01T00:00:00Z',
        source: { name: 'Test fixture' },
        example_data: true,
      },
    },
    'municipalities.yaml': [
      {
        code: '638',
        name: { fi: 'Porvoo', sv: 'Borgå' },
        bilingual: true,
        majority_language: 'fi',
      },
      {
        code: '434',
        name: { fi: 'Loviisa', sv: 'Lovisa' },
        bilingual: true,
        majority_language: 'fi',
      },
    ],
    'tiers.yaml': [tierRecord(2), tierRecord(1), tierRecord(3)],
    'urgent-help.yaml': [
      {
        id: 'hatanumero-112',
        name: { fi: 'Hätänumero 112', sv: 'Nödnumret 112' },
        description: { fi: 'Hätä', sv: 'Nöd' },
        phone: '112',
        hours: { always_open: true },
        languages: ['fi', 'sv'],
        source: { name: 'Hätäkeskuslaitos' },
      },
    ],
    'organizations.yaml': [
      {
        id: organizationA,
        name: { fi: 'Hyvinvointialue', sv: 'Välfärdsområde' },
        type: 'public',
        municipalities: ['638', '434'],
      },
    ],
    [`chains/${chainId}.yaml`]: chainRecord([1, 2]),
    'services/tier-1.yaml': [
      writtenService('0d7c4a59-5f0e-4a43-9a1e-2a5b8d1c3e01'),
      writtenService('0d7c4a59-5f0e-4a43-9a1e-2a5b8d1c3e02', {
        name: { fi: 'Avoin kohtaamispaikka', sv: 'Öppen mötesplats', en: 'Open meeting place' },
        tiers: [1, 2],
      }),
    ],
  };
}

export async function writeFolder(files: Record<string, unknown>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'polku-catalogue-'));
  for (const [file, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, file)), { recursive: true });
    const text =
      typeof content === 'string'
        ? content
        : file.endsWith('.json')
          ? JSON.stringify(content)
          : stringify(content);
    await writeFile(join(dir, file), text);
  }
  return dir;
}

/**
 * A `writeFolder` whose folders are removed after the calling test file's tests; call it once at
 * the top of the file.
 */
export function tempFolders(): (files: Record<string, unknown>) => Promise<string> {
  const folders: string[] = [];
  after(async () => {
    for (const dir of folders) await rm(dir, { recursive: true, force: true });
  });
  return async (files) => {
    const dir = await writeFolder(files);
    folders.push(dir);
    return dir;
  };
}
