// A link to a self-check's suggestions carries the suggested tier and nothing else, in the
// fragment (`#polku-suggested-tier=3`): a fragment never reaches the server of the page it opens,
// so the tier stays out of its logs. <polku-finder> opens the self-check when it sees one.
export const SUGGESTED_TIER_PARAM = 'polku-suggested-tier';
