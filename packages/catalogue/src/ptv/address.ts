// PTV addresses → Polku addresses: visiting street addresses, TM35FIN coordinates in WGS84.
import type { Address, LocalizedText } from '@polku/contract';
import { isObject } from '../load/checks.js';
import type { PtvContext } from './context.js';
import { tm35finToWgs84 } from './coordinates.js';
import { type Json, str } from './json.js';
import { localized } from './texts.js';

/** A PTV visiting street address → Polku Address; anything else is reported. */
export function visitingAddress(
  context: PtvContext,
  address: Json,
  label: string,
  pointer: string,
): Address | undefined {
  if (address.type !== 'Location' && address.type !== 'Visiting') {
    context.omissions.report(
      label,
      `${pointer}/type`,
      `${String(address.type)} addresses are left out: Polku holds visiting addresses`,
    );
    return undefined;
  }
  const street = isObject(address.streetAddress) ? address.streetAddress : undefined;
  if (!street) {
    context.omissions.report(
      label,
      `${pointer}/subType`,
      `${String(address.subType ?? 'this')} address has no street address: left out`,
    );
    return undefined;
  }
  const number = str(street.streetNumber);
  const streetNames = localized(
    context,
    street.street,
    undefined,
    label,
    `${pointer}/streetAddress/street`,
  );
  const streetText: Record<string, string> = {};
  for (const [language, value] of Object.entries(streetNames)) {
    streetText[language] = number ? `${value} ${number}` : value;
  }
  const postOffice = localized(
    context,
    street.postOffice,
    undefined,
    label,
    `${pointer}/streetAddress/postOffice`,
  );
  const municipality = isObject(street.municipality) ? str(street.municipality.code) : undefined;
  const code = municipality?.padStart(3, '0');
  const postalCode = str(street.postalCode);
  if (
    Object.keys(streetText).length === 0 ||
    Object.keys(postOffice).length === 0 ||
    !postalCode ||
    !code
  ) {
    context.omissions.report(
      label,
      `${pointer}/streetAddress`,
      'needs street, postal code, post office and municipality: left out',
    );
    return undefined;
  }
  if (!context.municipalityCodes.has(code)) {
    context.omissions.report(
      label,
      `${pointer}/streetAddress/municipality`,
      `municipality ${code} is not in the catalogue: address left out`,
    );
    return undefined;
  }
  const location = coordinates(street);
  return {
    street: streetText as LocalizedText,
    postal_code: postalCode,
    post_office: postOffice,
    municipality: code,
    ...(location ? { location } : {}),
  };
}

/**
 * WGS84 location of a PTV street address. PTV gives `latitude`/`longitude` as strings in
 * ETRS-TM35FIN (EPSG:3067: latitude is the northing, longitude the easting), when `coordinateState`
 * is Ok or EnteredByUser. Values that already look like degrees are taken as WGS84.
 */
function coordinates(street: Json): { lat: number; lon: number } | undefined {
  const state = str(street.coordinateState);
  if (state !== undefined && state !== 'Ok' && state !== 'EnteredByUser') return undefined;
  const latitude = Number(street.latitude);
  const longitude = Number(street.longitude);
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude)) return undefined;
  if (street.latitude === undefined || street.longitude === undefined) return undefined;
  if (Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180)
    return { lat: latitude, lon: longitude };
  if (latitude < 6_000_000 || latitude > 8_000_000 || longitude < 0 || longitude > 1_000_000) {
    return undefined;
  }
  return tm35finToWgs84(latitude, longitude);
}
