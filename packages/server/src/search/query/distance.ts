// The distance filter: each document's nearest in-person address from a point, by the haversine,
// written into `distance` for ordering and shown on the service; within `radius` when given.
import type { Lists } from '../lists.js';

const earthRadiusMetres = 6_371_008.8;
const degrees = Math.PI / 180;

/** Per location list, the cosine of each point's latitude: the same for every query. */
const cosines = new WeakMap<Lists<Float64Array>, Float64Array>();

function latitudeCosines(locations: Lists<Float64Array>): Float64Array {
  let found = cosines.get(locations);
  if (found) return found;
  const { values } = locations;
  found = new Float64Array(values.length >> 1);
  for (let i = 0; i < found.length; i += 1) found[i] = Math.cos(values[2 * i] as number);
  cosines.set(locations, found);
  return found;
}

/**
 * Keeps documents within `radius` metres of (`latDegrees`, `lonDegrees`), or all without one,
 * writing the distance of each document it sees.
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
  const { offsets, values } = locations;
  const pointCosines = latitudeCosines(locations);
  const within = radius ?? Number.POSITIVE_INFINITY;
  return (docs, count) => {
    let kept = 0;
    for (let d = 0; d < count; d += 1) {
      const doc = docs[d] as number;
      const best = nearest(doc);
      distance[doc] = best;
      if (best <= within) docs[kept++] = doc;
    }
    return kept;
  };
  function nearest(doc: number): number {
    let best = Number.POSITIVE_INFINITY;
    const end = offsets[doc + 1] as number;
    for (let i = offsets[doc] as number; i < end; i += 2) {
      const pointLat = values[i] as number;
      if (Math.abs(pointLat - lat) > reach) continue;
      const pointLon = values[i + 1] as number;
      let dLon = Math.abs(pointLon - lon);
      if (dLon > Math.PI) dLon = 2 * Math.PI - dLon;
      if (dLon > longitudeReach) continue;
      const h =
        Math.sin((pointLat - lat) / 2) ** 2 +
        cosLat * (pointCosines[i >> 1] as number) * Math.sin((pointLon - lon) / 2) ** 2;
      if (h > hReach) continue;
      const metres = 2 * earthRadiusMetres * Math.asin(Math.min(1, Math.sqrt(h)));
      if (metres < best) best = metres;
    }
    return best;
  }
}
