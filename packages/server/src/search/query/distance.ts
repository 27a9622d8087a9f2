// The distance filter: each document's nearest in-person address from a point, by the haversine,
// written into `distance` for ordering and shown on the service; within `radius` when given.
import type { Lists } from '../lists.js';

const earthRadiusMetres = 6_371_008.8;
const degrees = Math.PI / 180;

/**
 * The points of a location list sorted by latitude, with their longitude, the cosine of their
 * latitude and their document: the points within a radius's latitudes are one run of them, so
 * a search over many documents visits only those, and without a branch per point it cannot predict.
 */
interface PointsByLatitude {
  readonly lat: Float64Array;
  readonly lon: Float64Array;
  readonly cos: Float64Array;
  readonly doc: Int32Array;
}

/** Made on the first distance search of an index: the same for every query. */
const sortedPoints = new WeakMap<Lists<Float64Array>, PointsByLatitude>();

function pointsByLatitude(locations: Lists<Float64Array>): PointsByLatitude {
  const found = sortedPoints.get(locations);
  if (found) return found;
  const { offsets, values } = locations;
  const count = values.length >> 1;
  const documentOf = new Int32Array(count);
  for (let doc = 0; doc + 1 < offsets.length; doc += 1)
    for (let i = offsets[doc] as number; i < (offsets[doc + 1] as number); i += 2)
      documentOf[i >> 1] = doc;
  const order = Int32Array.from({ length: count }, (_, i) => i);
  order.sort((a, b) => (values[2 * a] as number) - (values[2 * b] as number));
  const points: PointsByLatitude = {
    lat: new Float64Array(count),
    lon: new Float64Array(count),
    cos: new Float64Array(count),
    doc: new Int32Array(count),
  };
  for (let p = 0; p < count; p += 1) {
    const i = order[p] as number;
    points.lat[p] = values[2 * i] as number;
    points.lon[p] = values[2 * i + 1] as number;
    points.cos[p] = Math.cos(values[2 * i] as number);
    points.doc[p] = documentOf[i] as number;
  }
  sortedPoints.set(locations, points);
  return points;
}

/** The first of the sorted `values` for which `after(value)` holds (`values.length` if none). */
function firstWhere(values: Float64Array, after: (value: number) => boolean): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (after(values[middle] as number)) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * Keeps documents within `radius` metres of (`latDegrees`, `lonDegrees`), or all without one,
 * writing the distance of each document it keeps (Infinity for one without an address).
 */
export function distanceFilter(
  locations: Lists<Float64Array>,
  latDegrees: number,
  lonDegrees: number,
  radius: number | undefined,
  distance: Float64Array,
): (docs: Int32Array, count: number) => number {
  const lat = latDegrees * degrees;
  const lon = lonDegrees * degrees;
  const cosLat = Math.cos(lat);
  // Within a radius, most points are ruled out before the haversine: a point further north or
  // south than the radius's angle, or further east or west than that angle can reach at the
  // highest latitude in reach, cannot be within it; nor one whose haversine `h` exceeds the
  // radius's, which needs no square root or arcsine.
  const reach = radius === undefined ? Number.POSITIVE_INFINITY : radius / earthRadiusMetres;
  // (From the haversine: sin²(d/2) ≥ cos φ1 cos φ2 sin²(Δλ/2), and both cosines are at least
  // the cosine of the highest latitude in reach.)
  const highest = Math.abs(lat) + reach;
  const lonSine = highest >= Math.PI / 2 ? 2 : Math.sin(reach / 2) / Math.cos(highest);
  const longitudeReach = lonSine >= 1 ? Number.POSITIVE_INFINITY : 2 * Math.asin(lonSine);
  const hReach = radius === undefined ? Number.POSITIVE_INFINITY : Math.sin(reach / 2) ** 2;
  const within = radius ?? Number.POSITIVE_INFINITY;

  /** Metres to a point within reach, else Infinity. */
  const metresTo = (pointLat: number, pointLon: number, pointCos: number): number => {
    if (Math.abs(pointLat - lat) > reach) return Number.POSITIVE_INFINITY;
    let dLon = Math.abs(pointLon - lon);
    if (dLon > Math.PI) dLon = 2 * Math.PI - dLon;
    if (dLon > longitudeReach) return Number.POSITIVE_INFINITY;
    const h =
      Math.sin((pointLat - lat) / 2) ** 2 + cosLat * pointCos * Math.sin((pointLon - lon) / 2) ** 2;
    if (h > hReach) return Number.POSITIVE_INFINITY;
    return 2 * earthRadiusMetres * Math.asin(Math.min(1, Math.sqrt(h)));
  };

  /** Few documents: each one's own points. */
  const byDocument = (docs: Int32Array, count: number): void => {
    const { offsets, values } = locations;
    for (let d = 0; d < count; d += 1) {
      const doc = docs[d] as number;
      let best = Number.POSITIVE_INFINITY;
      const end = offsets[doc + 1] as number;
      for (let i = offsets[doc] as number; i < end; i += 2) {
        const pointLat = values[i] as number;
        const metres = metresTo(pointLat, values[i + 1] as number, Math.cos(pointLat));
        if (metres < best) best = metres;
      }
      distance[doc] = best;
    }
  };

  /** Many documents: the points within the radius's latitudes, whatever their document. */
  const byLatitude = (): void => {
    const points = pointsByLatitude(locations);
    distance.fill(Number.POSITIVE_INFINITY);
    // The run where |point - lat| ≤ reach, by the same subtraction as `metresTo`'s test.
    const start = firstWhere(points.lat, (pointLat) => !(pointLat - lat < -reach));
    const end = firstWhere(points.lat, (pointLat) => pointLat - lat > reach);
    for (let p = start; p < end; p += 1) {
      const metres = metresTo(
        points.lat[p] as number,
        points.lon[p] as number,
        points.cos[p] as number,
      );
      const doc = points.doc[p] as number;
      if (metres < (distance[doc] as number)) distance[doc] = metres;
    }
  };

  return (docs, count) => {
    if (count * 4 < distance.length) byDocument(docs, count);
    else byLatitude();
    let kept = 0;
    for (let d = 0; d < count; d += 1) {
      const doc = docs[d] as number;
      docs[kept] = doc;
      kept += Number((distance[doc] as number) <= within);
    }
    return kept;
  };
}
