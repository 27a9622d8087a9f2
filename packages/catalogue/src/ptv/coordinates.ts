// ETRS-TM35FIN (EPSG:3067), the plane coordinates PTV gives addresses in, to WGS84 degrees.
// Inverse transverse Mercator on the GRS80 ellipsoid with Krüger's series (the formulas of the
// Finnish public-administration recommendation JHS 197). ETRS89 and WGS84 differ by well under a
// metre, far below what a service finder needs.

const a = 6378137;
const f = 1 / 298.257222101;
const k0 = 0.9996;
const centralMeridian = (27 * Math.PI) / 180;
const falseEasting = 500000;

const n = f / (2 - f);
const A1 = (a / (1 + n)) * (1 + n ** 2 / 4 + n ** 4 / 64);
const e = Math.sqrt(f * (2 - f));
const h = [
  n / 2 - (2 / 3) * n ** 2 + (37 / 96) * n ** 3 - (1 / 360) * n ** 4,
  (1 / 48) * n ** 2 + (1 / 15) * n ** 3 - (437 / 1440) * n ** 4,
  (17 / 480) * n ** 3 - (37 / 840) * n ** 4,
  (4397 / 161280) * n ** 4,
];

/** WGS84 `{ lat, lon }` (degrees, 5 decimals, about a metre) of a TM35FIN northing and easting. */
export function tm35finToWgs84(northing: number, easting: number): { lat: number; lon: number } {
  const xi = northing / (A1 * k0);
  const eta = (easting - falseEasting) / (A1 * k0);
  let xiPrime = xi;
  let etaPrime = eta;
  h.forEach((coefficient, index) => {
    const j = 2 * (index + 1);
    xiPrime -= coefficient * Math.sin(j * xi) * Math.cosh(j * eta);
    etaPrime -= coefficient * Math.cos(j * xi) * Math.sinh(j * eta);
  });
  const beta = Math.asin(Math.sin(xiPrime) / Math.cosh(etaPrime));
  const l = Math.asin(Math.tanh(etaPrime) / Math.cos(beta));
  const Q = Math.asinh(Math.tan(beta));
  let QPrime = Q + e * Math.atanh(e * Math.tanh(Q));
  for (let iteration = 0; iteration < 6; iteration++) {
    QPrime = Q + e * Math.atanh(e * Math.tanh(QPrime));
  }
  const round = (value: number): number => Math.round(value * 1e5) / 1e5;
  return {
    lat: round((Math.atan(Math.sinh(QPrime)) * 180) / Math.PI),
    lon: round(((centralMeridian + l) * 180) / Math.PI),
  };
}
