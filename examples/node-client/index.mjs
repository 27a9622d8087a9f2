#!/usr/bin/env node
// Polku from Node: the tier 2 services in Porvoo (municipality 638) with their phone numbers, in
// Swedish, then the whole catalogue paged through with `searchAll` and counted per tier.
//   POLKU_API=https://palvelut.example/v1 node index.mjs   (default http://localhost:8080/v1)
import {
  createPolkuClient,
  PolkuApiError,
  PolkuNetworkError,
  PolkuTimeoutError,
  pickText,
} from '@polku/client';

const api = process.env.POLKU_API ?? 'http://localhost:8080/v1';
const language = 'sv';
const porvoo = '638';
const polku = createPolkuClient({ baseUrl: api, language, timeout: 5000, retry: 1 });

/** A display text in Swedish; a text only in another language says which one it is. */
function text(localized) {
  const picked = pickText(localized, language);
  if (!picked) return '';
  return picked.lang === language ? picked.text : `${picked.text} [${picked.lang}]`;
}

/** The phone numbers of a service's phone channels, with the channel's label when it has one. */
function phones(service) {
  return service.channels
    .filter((channel) => channel.type === 'phone' && channel.phone)
    .map((channel) =>
      channel.label ? `${channel.phone} (${text(channel.label)})` : channel.phone,
    );
}

async function main() {
  const [tiers, municipalities] = await Promise.all([
    polku.tiers.list(),
    polku.municipalities.list(),
  ]);
  const tierName = new Map(tiers.contents.map((tier) => [tier.level, text(tier.name)]));
  const town = text(municipalities.contents.find((m) => m.code === porvoo)?.name) || porvoo;

  // 1. Tier 2 in Porvoo: every page, so nothing is cut off at the first 20.
  const tierTwo = [];
  for await (const service of polku.services.searchAll({ tier: [2], municipality: [porvoo] })) {
    tierTwo.push(service);
  }
  console.log(`Nivå 2 (${tierName.get(2)}) i ${town}: ${tierTwo.length} tjänster\n`);
  let withPhone = 0;
  for (const service of tierTwo) {
    const numbers = phones(service);
    if (numbers.length) withPhone += 1;
    console.log(`• ${text(service.name)} (${text(service.organization.name)})`);
    console.log(`  Telefon: ${numbers.length ? numbers.join(', ') : 'inget nummer i katalogen'}`);
  }
  console.log(`${withPhone} av ${tierTwo.length} tjänster har ett telefonnummer i katalogen.`);

  // The help lines are part of every answer: most services list no phone of their own.
  const urgent = await polku.urgentHelp.list();
  console.log('\nBrådskande hjälp och kristelefoner:');
  for (const line of urgent.contents) {
    const hours = line.hours?.always_open ? 'dygnet runt' : text(line.hours?.description);
    console.log(`  ${line.phone.padEnd(13)} ${text(line.name)}${hours ? ` (${hours})` : ''}`);
  }

  // 2. The whole catalogue, page by page (100 a page), counted per tier.
  const onTier = new Map(tiers.contents.map((tier) => [tier.level, 0]));
  const lightest = new Map(tiers.contents.map((tier) => [tier.level, 0]));
  let total = 0;
  for await (const service of polku.services.searchAll()) {
    total += 1;
    for (const level of service.tiers) onTier.set(level, (onTier.get(level) ?? 0) + 1);
    const first = Math.min(...service.tiers);
    lightest.set(first, (lightest.get(first) ?? 0) + 1);
  }
  console.log(`\nHela katalogen: ${total} tjänster`);
  console.log('En tjänst kan höra till flera nivåer; "lättaste nivå" räknar varje tjänst en gång.');
  console.log('Nivå  på nivån  lättaste nivå  namn');
  for (const tier of tiers.contents) {
    console.log(
      `${String(tier.level).padStart(4)}  ${String(onTier.get(tier.level)).padStart(8)}  ${String(lightest.get(tier.level)).padStart(13)}  ${tierName.get(tier.level)}`,
    );
  }
  console.log(`Summa (lättaste nivå): ${[...lightest.values()].reduce((a, b) => a + b, 0)}`);
}

try {
  await main();
} catch (error) {
  if (error instanceof PolkuNetworkError || error instanceof PolkuTimeoutError) {
    // fetch's TypeError carries the system error (ECONNREFUSED, ENOTFOUND) as its own cause.
    const reason = error.cause?.cause?.code ?? error.cause?.message ?? error.message;
    console.error(
      `Kunde inte nå Polku-API:t på ${api} (${reason}).\n` +
        'Starta servern med `npm start` i repositoriets rot, eller ange en annan adress med POLKU_API.',
    );
  } else if (error instanceof PolkuApiError) {
    console.error(`Polku-API:t svarade ${error.status}: ${error.problem.title ?? ''}`);
  } else {
    console.error(error);
  }
  process.exitCode = 1;
}
