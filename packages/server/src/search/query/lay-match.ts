// Lay words in a query: which of the vocabulary's words and phrases (lay.ts) stand in it. A word
// matches a token by its stem in the vocabulary file's language, or by its beginning when the
// vocabulary wrote a star; a phrase matches when its words stand in order with at most one other
// word between each two. A long word with two letters swapped still matches, less surely, in the
// language the answer is asked in.
import type { LanguageCode } from '@polku/contract';
import { deletions, type LayIndex, type LayToken, minSwapped } from '../lay.js';
import { fold, stem } from '../text.js';

export interface QueryToken {
  /** As the index tokenises it. */
  text: string;
  folded: string;
  /** Typed without diacritics: compared with the lay words' folded forms. */
  plain: boolean;
  /** Its stem in each language (folded when `plain`). */
  stems: Record<LanguageCode, string>;
}

export function queryToken(text: string): QueryToken {
  const folded = fold(text);
  return {
    text,
    folded,
    plain: folded === text,
    stems: { fi: stem(text, 'fi'), sv: stem(text, 'sv'), en: stem(text, 'en') },
  };
}

export interface LayMatch {
  phrase: number;
  /** Positions of the query tokens it covers. */
  tokens: number[];
  /** 1 for an exact match, less for a typo. */
  strength: number;
  /** Positions of the tokens it covers only as a typo of its word. */
  typos: number[];
}

/**
 * Whether `a` is `b` with two letters side by side swapped ("exhuasted", "väkivlata": a thumb on a
 * phone swaps as often as it slips).
 */
function swapped(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i += 1;
  return (
    i < a.length - 1 && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)
  );
}

/** Shortest lay word that a Finnish or Swedish compound may end in ("lähisuhde|väkivalta"). */
const minHead = 4;
/** Shortest part before it. */
const minModifier = 3;

/**
 * Whether `token` is a Finnish or Swedish compound whose last part is the lay word: the last part
 * of a compound says what it is ("lähisuhdeväkivalta" is violence, "familjegräl" a quarrel).
 */
function compoundOf(lay: LayToken, token: QueryToken, language: LanguageCode): boolean {
  if (language === 'en' || lay.text.length < minHead) return false;
  if (lay.prefix) return token.folded.indexOf(lay.text, minModifier) >= minModifier;
  const { folded } = token;
  const stemmed = token.stems[language];
  const layStem = token.plain ? lay.foldedStem : lay.stem;
  return (
    (folded.endsWith(lay.text) && folded.length - lay.text.length >= minModifier) ||
    (layStem.length >= minHead &&
      stemmed.endsWith(layStem) &&
      stemmed.length - layStem.length >= minModifier)
  );
}

/**
 * Whether `token` stems as the lay word does. A stem of three letters or fewer says little
 * (Snowball cuts "kanssa" and "kännissä" both to "kan"), so it counts only for a short token.
 */
function sameStem(lay: LayToken, token: QueryToken, language: LanguageCode): boolean {
  const layStem = token.plain ? lay.foldedStem : lay.stem;
  if (token.stems[language] !== layStem) return false;
  return layStem.length >= 4 || token.text.length <= layStem.length + 2;
}

/** How surely a word with two letters swapped is the lay word. */
const typoStrength = 0.7;
/**
 * Shortest lay word read with two letters swapped: `minSwapped` ("lonley"), of danger one more
 * ("sacred" is no "scared"); shortest beginning ("väkivalta*"), 8.
 */
const minSwappedDanger = minSwapped + 1;
const minSwappedBeginning = 8;

/**
 * How surely `token` is the lay word `lay` of `language` (0 when it is not). `typos`: the shortest
 * word read with two letters swapped ("exhuasted", "väkivlata"), or none. Only that typo: a letter
 * dropped, added or changed makes another everyday word too often, and then a need the family did
 * not name, even an alarm: "eating" was "beating", "thread" "threat", "getting" "betting", "sparar"
 * (saves) "sparkar" (kicks), "puristaa" (squeezes) "kuristaa" (strangles), "leikkaus" (surgery)
 * "veikkaus" (betting). The search still finds such a word's services by its own typo tolerance.
 */
function tokenStrength(
  lay: LayToken,
  token: QueryToken,
  language: LanguageCode,
  typos: number | undefined,
): number {
  if (lay.prefix && token.folded.startsWith(lay.text)) return 1;
  if (!lay.prefix && (token.folded === lay.text || sameStem(lay, token, language))) return 1;
  if (compoundOf(lay, token, language)) return 0.9;
  if (typos === undefined) return 0;
  if (lay.prefix)
    return lay.text.length >= minSwappedBeginning &&
      swapped(token.folded.slice(0, lay.text.length), lay.text)
      ? typoStrength
      : 0;
  return lay.text.length >= typos && swapped(token.folded, lay.text) ? typoStrength : 0;
}

/** Keys of the phrases that may start at `token` (lay.ts files each phrase under its first word's). */
function candidateKeys(token: QueryToken): string[] {
  const { folded, stems } = token;
  const keys = [
    `t:${folded}`,
    `p:${folded.slice(0, 1)}`,
    `p:${folded.slice(0, 2)}`,
    `p:${folded.slice(0, 3)}`,
  ];
  for (const language of ['fi', 'sv', 'en'] as const) keys.push(`s:${language}:${stems[language]}`);
  // Compounds that end in a lay word (compoundOf).
  for (let at = minModifier; at + minHead <= folded.length; at += 1) {
    keys.push(`t:${folded.slice(at)}`, `p:${folded.slice(at, at + 3)}`);
  }
  for (const language of ['fi', 'sv'] as const) {
    const stemmed = stems[language];
    for (let at = minModifier; at + minHead <= stemmed.length; at += 1)
      keys.push(`s:${language}:${stemmed.slice(at)}`);
  }
  if (folded.length >= minSwapped) for (const key of deletions(folded)) keys.push(`f:${key}`);
  return keys;
}

/** The phrase `phraseNumber` starting at `start`: the tokens it covers and how surely, or undefined. */
function matchAt(
  lay: LayIndex,
  phraseNumber: number,
  tokens: readonly QueryToken[],
  start: number,
  asked: LanguageCode | undefined,
): LayMatch | undefined {
  const phrase = lay.phrases[phraseNumber];
  if (!phrase) return undefined;
  const [first, ...rest] = phrase.tokens as [LayToken, ...LayToken[]];
  // Typos only in the language the answer is asked in (English "standing" is no Swedish
  // "städning"), or in every language if none is.
  const read =
    asked !== undefined && phrase.language !== asked
      ? undefined
      : phrase.danger
        ? minSwappedDanger
        : minSwapped;
  let strength = tokenStrength(first, tokens[start] as QueryToken, phrase.language, read);
  if (strength === 0) return undefined;
  const covered = [start];
  const typos = strength === typoStrength ? [start] : [];
  let at = start;
  for (const next of rest) {
    let found = -1;
    for (let j = at + 1; j <= at + 2 && j < tokens.length; j += 1) {
      const s = tokenStrength(next, tokens[j] as QueryToken, phrase.language, read);
      if (s > 0) {
        found = j;
        strength = Math.min(strength, s);
        if (s === typoStrength) typos.push(j);
        break;
      }
    }
    if (found < 0) return undefined;
    covered.push(found);
    at = found;
  }
  return { phrase: phraseNumber, tokens: covered, strength, typos };
}

/**
 * Every lay word and phrase of `lay` in `tokens`, each at its first place. `known` tells whether a
 * token is a word of the catalogue (an index term as typed or by its stem); `asked` is the language
 * the answer is asked in, if any.
 */
export function matchLayWords(
  lay: LayIndex,
  tokens: readonly QueryToken[],
  known: (token: QueryToken) => boolean = () => false,
  asked?: LanguageCode,
): LayMatch[] {
  const found = new Map<number, LayMatch>();
  tokens.forEach((token, start) => {
    const tried = new Set<number>();
    for (const key of candidateKeys(token)) {
      for (const phraseNumber of lay.byFirstWord.get(key) ?? []) {
        if (tried.has(phraseNumber) || found.has(phraseNumber)) continue;
        tried.add(phraseNumber);
        const match = matchAt(lay, phraseNumber, tokens, start, asked);
        if (match) found.set(phraseNumber, match);
      }
    }
  });
  // A word typed as the vocabulary or the catalogue writes it is meant as written, not as another
  // lay word with two letters swapped: where the catalogue holds "vankar" (toddles), it is no
  // "vaknar" (wakes). A match that stands on such typos only drops out.
  const sure = new Set<number>();
  for (const match of found.values())
    if (match.strength === 1) for (const position of match.tokens) sure.add(position);
  const meant = (at: number) => sure.has(at) || known(tokens[at] as QueryToken);
  const kept = [...found.values()].filter(
    (match) => match.typos.length === 0 || !match.typos.every(meant),
  );
  // A phrase of no danger says what the words in it mean: a match whose words all stand in a
  // longer one, typed as it is written (not a compound's part nor a typo), is that longer match
  // ("taapero lyö", a toddler who hits, is the toddler's tantrums, not violence by "lyö*"; "lyö
  // muita lapsia", hits other children, is not "lyö lapsia", hits the children; "synnytyksen
  // jälkeinen masennus" is postnatal depression, not also depression). So is a compound's last
  // part against the whole word ("uimakoulu", swimming lessons, is no school). A phrase of danger
  // leaves the words in it their meanings too ("mieheni lyö lasta" is the child's danger and
  // violence).
  const within = (inner: LayMatch, outer: LayMatch) =>
    outer.strength === 1 &&
    (outer.tokens.length > inner.tokens.length || inner.strength < 1) &&
    inner.tokens.every((position) => outer.tokens.includes(position)) &&
    !lay.phrases[outer.phrase]?.danger;
  const longest = kept.filter((match) => !kept.some((other) => within(match, other)));
  // In the vocabulary's order, as before the look-up by first word.
  return longest.sort((a, b) => a.phrase - b.phrase);
}
