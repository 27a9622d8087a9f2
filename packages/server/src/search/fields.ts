// The searchable fields of a service and how much a match in each counts. A name beats the
// lay keywords, keywords beat the summary, the summary beats the description.
export const fieldBits = {
  name: 1,
  keywords: 2,
  summary: 4,
  description: 8,
  organization: 16,
  place: 32,
} as const;

export type SearchField = keyof typeof fieldBits;

const fieldWeights: Record<SearchField, number> = {
  name: 10,
  keywords: 6,
  summary: 3,
  description: 1,
  organization: 1.5,
  place: 1,
};

/**
 * Score of a term by the set of fields it occurs in (a bit mask): the best field counts fully,
 * every other one a quarter, so a term in name and keywords beats one in the name alone.
 */
export const fieldMaskScore: Float64Array = (() => {
  const table = new Float64Array(64);
  const entries = Object.entries(fieldBits) as [SearchField, number][];
  for (let mask = 1; mask < 64; mask += 1) {
    let best = 0;
    let sum = 0;
    for (const [field, bit] of entries) {
      if ((mask & bit) === 0) continue;
      const weight = fieldWeights[field];
      sum += weight;
      if (weight > best) best = weight;
    }
    table[mask] = best + (sum - best) / 4;
  }
  return table;
})();
