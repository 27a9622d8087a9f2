// Service descriptions, kept compactly. They are most of the catalogue's text (at 100 000
// synthetic services, 190 000 distinct descriptions, 69 MB of the 106 MB of strings) and are
// only ever read to index them once and to serialise the services of a page. So they are held
// as dictionary codes: each text is a sequence of pieces, a piece being a sentence that occurs
// more than once in all descriptions (boilerplate: "Palvelu on maksuton.") or else a word with
// the spaces after it; the pieces are stored once and a text is its piece numbers (16 bits each
// while there are fewer than 65 536 pieces). Joining the pieces gives back the exact text.
//
// A compacted service holds the number of its description (a small integer) in place of the
// object, at the same position, so `serviceWithText` restores the service member for member and
// `JSON.stringify` of the result is byte for byte that of the original.

import {
  isLanguageCode,
  type LanguageCode,
  type LocalizedText,
  languageOrder,
  type Service,
} from '@polku/contract';
import { numberer } from '../numberer.js';

export interface DescriptionStore {
  /** Distinct pieces: recurring sentences, other words with their trailing white space. */
  readonly pieces: readonly string[];
  /** Text `t` is the pieces `codes[starts[t]..starts[t + 1]]`, joined. */
  readonly codes: Uint16Array | Uint32Array;
  readonly starts: Int32Array;
  /** Language keys of each description, in the order the record had them. */
  readonly shapes: readonly (readonly LanguageCode[])[];
  readonly shapeOf: Uint8Array;
  /** Description `d` is texts `firstText[d]`, `firstText[d] + 1`, … one per key of its shape. */
  readonly firstText: Int32Array;
}

const sentencePattern = /[^.!?]*[.!?]+\s*|[^.!?]+$/g;
const wordPattern = /\S+\s*|\s+/g;

function splitExactly(text: string, pattern: RegExp): string[] {
  const parts = text.match(pattern) ?? [];
  return parts.join('') === text ? parts : [text];
}

/** Collects descriptions, then encodes them all at once (sentences are counted over all texts). */
export class DescriptionStoreBuilder {
  readonly #numbers = new Map<object, number>();
  readonly #shapeNumbers = new Map<string, number>();
  readonly #shapes: LanguageCode[][] = [];
  readonly #shapeOf: number[] = [];
  readonly #texts: string[] = [];
  readonly #firstText: number[] = [];

  /**
   * The number standing for `description` in a compacted service, or undefined when it is not
   * a plain description (only fi, sv, en members, all strings) and stays as it is.
   */
  add(description: unknown): number | undefined {
    if (description === null || typeof description !== 'object' || Array.isArray(description))
      return undefined;
    const known = this.#numbers.get(description);
    if (known !== undefined) return known;
    const keys = Object.keys(description) as LanguageCode[];
    if (keys.length === 0 || keys.length > languageOrder.length) return undefined;
    for (const key of keys) {
      if (!isLanguageCode(key)) return undefined;
      if (typeof (description as LocalizedText)[key] !== 'string') return undefined;
    }
    const shapeKey = keys.join(',');
    let shape = this.#shapeNumbers.get(shapeKey);
    if (shape === undefined) {
      shape = this.#shapes.length;
      if (shape > 0xff) return undefined;
      this.#shapes.push(keys);
      this.#shapeNumbers.set(shapeKey, shape);
    }
    const number = this.#shapeOf.length;
    this.#shapeOf.push(shape);
    this.#firstText.push(this.#texts.length);
    for (const key of keys) this.#texts.push((description as LocalizedText)[key] as string);
    this.#numbers.set(description, number);
    return number;
  }

  finish(): DescriptionStore {
    const texts = this.#texts;
    const sentenceCounts = new Map<string, number>();
    const sentencesOf: string[][] = texts.map((text) => splitExactly(text, sentencePattern));
    for (const sentences of sentencesOf)
      for (const sentence of sentences)
        sentenceCounts.set(sentence, (sentenceCounts.get(sentence) ?? 0) + 1);
    const { keys: pieces, number: piece } = numberer();
    const codes: number[] = [];
    const starts = new Int32Array(texts.length + 1);
    for (let t = 0; t < texts.length; t += 1) {
      starts[t] = codes.length;
      for (const sentence of sentencesOf[t] as string[]) {
        if ((sentenceCounts.get(sentence) as number) > 1) codes.push(piece(sentence));
        else for (const word of splitExactly(sentence, wordPattern)) codes.push(piece(word));
      }
    }
    starts[texts.length] = codes.length;
    return {
      pieces,
      codes: pieces.length <= 0x10000 ? Uint16Array.from(codes) : Uint32Array.from(codes),
      starts,
      shapes: this.#shapes,
      shapeOf: Uint8Array.from(this.#shapeOf),
      firstText: Int32Array.from(this.#firstText),
    };
  }
}

function textOf(store: DescriptionStore, t: number): string {
  const { pieces, codes, starts } = store;
  const end = starts[t + 1] as number;
  let text = '';
  for (let i = starts[t] as number; i < end; i += 1) text += pieces[codes[i] as number] as string;
  return text;
}

/** Description number `d`, as the record had it. */
export function descriptionOf(store: DescriptionStore, d: number): LocalizedText {
  const shape = store.shapes[store.shapeOf[d] as number] as readonly LanguageCode[];
  const first = store.firstText[d] as number;
  const description: LocalizedText = {};
  for (let k = 0; k < shape.length; k += 1)
    description[shape[k] as LanguageCode] = textOf(store, first + k);
  return description;
}

/** The service as the catalogue has it: its description restored when it is held compactly. */
export function serviceWithText(service: Service, store: DescriptionStore | undefined): Service {
  const d = service.description as unknown;
  return typeof d === 'number' && store
    ? { ...service, description: descriptionOf(store, d) }
    : service;
}
