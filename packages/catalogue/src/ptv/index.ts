// Imports services from Suomi.fi Palvelutietovaranto (PTV, the Finnish Service Catalogue) Open API
// v11 JSON: services (V11VmOpenApiService), their service channels (V11VmOpenApi*Channel) and
// organizations (V11VmOpenApiOrganization), as saved from GET /api/v11/Service/list,
// /api/v11/ServiceChannel/list and /api/v11/Organization/list. No network: it reads what it is given.
//
// Accepted input: a list of PTV records (services, channels and organizations mixed, told apart by
// `serviceNames`, `serviceChannelType` and `organizationNames`/`organizationType`); an object with
// `services`, `serviceChannels` and `organizations` lists; or a PTV paging envelope (`itemList`).
//
// Mapping (PTV → Polku):
// - id → id (PTV ids are UUIDs); serviceNames type Name → name; serviceDescriptions Summary →
//   summary, Description → description (the summary when PTV has none), ChargeTypeAdditionalInfo →
//   cost.description; serviceChargeType FreeOfCharge → cost.free (anything else: false);
//   requirements → referral.description. Only fi, sv and en texts are read.
// - PTV has no tier: every service gets `options.tier` (default 1). PTV has no referral flag:
//   referral.required is false. Audience groups come from target groups KR1.2 (families) and KR1.3
//   (young people), else families. Review both after an import.
// - organizations[roleType Responsible] (else mainOrganization) → organization, which must be in the
//   file; organizationType → provider type (Municipality, State, RegionalOrganization, Region,
//   SotePublic → public; Company, SotePrivate → private; Organization → ngo). PTV has no parish type.
// - areaType Nationwide* → every municipality of the base catalogue; otherwise areas (Municipality
//   codes, and the municipalities of other area types) and municipalities, kept when the base
//   catalogue has them.
// - Channels: Phone → phone channels (phoneNumbers and supportPhones of type Phone, prefix joined);
//   EChannel → online channels (their web pages); ServiceLocation → in-person channels (visiting
//   street addresses; TM35FIN coordinates converted to WGS84) plus its phones; supportEmails → email
//   channels; WebPage → the service's url. serviceHours (the connection's when it has any, else the
//   channel's) → hours: DaysOfTheWeek hours valid for now, and isAlwaysOpen.
// - Whatever cannot be carried over is reported: a record that cannot be imported at all as a
//   problem, a part left out of an imported record (a fax number, holiday hours, a Sámi text) as an
//   omission. Nothing is dropped silently.
import type { Municipality, Tier, UrgentHelp } from '@polku/contract';
import { fillChainServices, sortCatalogue } from '../assemble.js';
import type { Catalogue, CatalogueProblem } from '../catalogue.js';
import { createContext, type PtvImportOptions } from './context.js';
import { findRecords, type PtvInput } from './find.js';
import { importOrganizations } from './organization.js';
import { applyOverlay, type Overlay, type OverlayReport } from './overlay.js';
import { importServices, serviceDefaults } from './service.js';
import { channelsById } from './service-channels.js';

export type { PtvImportOptions } from './context.js';
export type { PtvInput } from './find.js';
export { type Overlay, type OverlayEntry, overlayFile, parseOverlay } from './overlay.js';

export interface PtvImportResult {
  /** The imported records as a catalogue: the base's municipalities, tiers and help lines. */
  catalogue: Catalogue;
  /** PTV records that could not be imported at all, and why. */
  problems: CatalogueProblem[];
  /** Parts of imported records that Polku cannot represent and left out, and why. */
  omissions: CatalogueProblem[];
  /** Imported records whose texts lack Finnish or Swedish, and which. */
  missingLanguages: CatalogueProblem[];
  /** The overlay as it should be written back: new services added with their suggested tier. */
  overlay: Overlay;
  /** Services new in PTV, gone from PTV, and hidden by the overlay. */
  overlayReport: OverlayReport;
  /** The defaults the import applied to every service, to say in its output. */
  defaults: string[];
}

/** Imports PTV v11 JSON (already parsed). Never throws for bad data; throws for bad options. */
export function importPtv(json: unknown, options: PtvImportOptions): PtvImportResult {
  return importPtvInputs([{ file: options.file ?? 'ptv.json', json }], options);
}

/** Imports several parsed PTV files at once (records may refer to records in other files). */
export function importPtvInputs(
  inputs: readonly PtvInput[],
  options: PtvImportOptions,
): PtvImportResult {
  const context = createContext(options);
  const found = findRecords(context, inputs);
  const organizations = importOrganizations(context, found);
  const channels = channelsById(context, found);
  const imported = importServices(context, found, organizations, channels);
  const records = new Map(found.map((entry) => [entry.record.id as string, entry.record]));
  const merged = applyOverlay(imported, records, options.overlay ?? {}, {
    fallbackTier: context.tier,
    fixedTier: options.tier !== undefined,
    ...(options.previousIds ? { previousIds: options.previousIds } : {}),
  });
  const services = merged.services;
  const { base } = context;
  // The county's chains come along when their organization came from PTV too.
  const chains = structuredClone(base.chains ?? []).filter((chain) =>
    organizations.refs.has(chain.organization.id),
  );
  const catalogue: Catalogue = {
    id: base.id,
    name: base.name,
    municipalities: structuredClone(base.municipalities) as Municipality[],
    tiers: structuredClone(base.tiers) as Tier[],
    urgentHelp: structuredClone(base.urgentHelp) as UrgentHelp[],
    organizations: organizations.organizations,
    services,
    chains,
    // The county's self-checks come along with the chain they name (or with none named).
    selfChecks: structuredClone(base.selfChecks ?? []).filter(
      (check) => check.chain === undefined || chains.some((chain) => chain.id === check.chain),
    ),
  };
  sortCatalogue(catalogue);
  fillChainServices(catalogue.chains, catalogue.services);
  return {
    catalogue,
    problems: context.problems.entries,
    omissions: context.omissions.entries,
    missingLanguages: context.missingLanguages.entries,
    defaults: serviceDefaults(),
    overlay: merged.overlay,
    overlayReport: merged.report,
  };
}
