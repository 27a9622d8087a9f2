// Representations ready to send: body bytes, a strong ETag, headers and lazily made gzip and
// brotli variants. API responses are kept in a bounded LRU keyed by the normalised request, one
// per served catalogue (a reload starts a new one, so an entry never goes stale).
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import {
  brotliCompress,
  brotliCompressSync,
  brotliDecompressSync,
  gzipSync,
  constants as zlibConstants,
} from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';

// The caching policy (README, "Caching"). The ETag is a hash of the body, so every replica gives
// the same one for the same data, and a reload changes it only where the data changed.
/**
 * API responses: browsers keep them a minute; shared caches (nginx, a CDN) five, may answer
 * from a stale copy while they revalidate, and for a day when Polku cannot be reached.
 */
export const apiCacheControl =
  'public, max-age=60, s-maxage=300, stale-while-revalidate=60, stale-if-error=86400';
/** Pages, the embed entry and other files whose name stays: revalidated (ETag) after a minute. */
export const shortCacheControl = 'public, max-age=60, must-revalidate';
/** Files whose name holds a hash of their content: a new content is a new name. */
export const immutableCacheControl = 'public, max-age=31536000, immutable';
/** CORS for anonymous GETs; ETag and Content-Language readable by scripts on other origins. */
export const corsHeaders = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers': 'ETag, Content-Language, Content-Length, Retry-After',
} as const;

/** Bodies smaller than this go uncompressed: the saving is less than the work. */
const compressMinBytes = 1024;

export interface Representation {
  body: Buffer;
  /** The quoted strong ETag of the identity body; encoded variants append `-br` / `-gz`. */
  etag: string;
  headers: Record<string, string>;
  gzip?: Buffer | null;
  br?: Buffer | null;
}

export function makeRepresentation(
  body: Buffer | string,
  headers: Record<string, string>,
): Representation {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  const hash = createHash('sha256').update(bytes).digest('base64url').slice(0, 27);
  return {
    body: bytes,
    etag: `"${hash}"`,
    headers: {
      ...corsHeaders,
      'x-content-type-options': 'nosniff',
      vary: 'Accept-Encoding',
      ...headers,
    },
  };
}

export function jsonRepresentation(
  value: unknown,
  options: { contentLanguage?: string | undefined; cacheControl?: string } = {},
): Representation {
  const headers: Record<string, string> = {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': options.cacheControl ?? apiCacheControl,
  };
  if (options.contentLanguage) headers['content-language'] = options.contentLanguage;
  return makeRepresentation(JSON.stringify(value), headers);
}

type Coding = 'br' | 'gzip' | 'identity';

/** The best coding the client accepts (q > 0), brotli before gzip. */
export function negotiateEncoding(acceptEncoding: string | undefined): Coding {
  if (!acceptEncoding) return 'identity';
  let br = false;
  let gzip = false;
  for (const part of acceptEncoding.split(',')) {
    const [rawName, ...rawParams] = part.split(';');
    const name = rawName?.trim().toLowerCase();
    const q = rawParams.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (q !== undefined && !(Number(q.slice(2)) > 0)) continue;
    if (name === 'br') br = true;
    else if (name === 'gzip' || name === 'x-gzip' || name === '*') gzip = true;
  }
  return br ? 'br' : gzip ? 'gzip' : 'identity';
}

/** Brotli at `quality`, told the body's size. */
function brotliOptions(body: Buffer, quality: number) {
  return {
    params: {
      [zlibConstants.BROTLI_PARAM_QUALITY]: quality,
      [zlibConstants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  };
}

/** A compressed variant worth keeping: `null` when it is no smaller than the body. */
const smaller = (variant: Buffer, body: Buffer): Buffer | null =>
  variant.length < body.length ? variant : null;

function encoded(representation: Representation, coding: Coding): Buffer | undefined {
  const { body } = representation;
  if (coding === 'identity' || body.length < compressMinBytes) return undefined;
  // `null` is remembered: a body that does not shrink is not compressed again.
  if (coding === 'br') {
    if (representation.br === undefined) {
      const quality = body.length > 512 * 1024 ? 9 : 5;
      representation.br = smaller(brotliCompressSync(body, brotliOptions(body, quality)), body);
    }
    return representation.br ?? undefined;
  }
  if (representation.gzip === undefined)
    representation.gzip = smaller(gzipSync(body, { level: 6 }), body);
  return representation.gzip ?? undefined;
}

const brotliCompressAsync = promisify(brotliCompress);

/**
 * Gives a representation made once and sent many times (a hosted page) its brotli variant at the
 * highest quality, compressed off the event loop: about 10 % smaller than the quality the API's
 * responses get, which on a phone's slow link brings the page sooner. Call it before the
 * representation is served, so that every response carries the same bytes under its ETag.
 */
export async function compressAhead(representation: Representation): Promise<Representation> {
  if (representation.body.length < compressMinBytes || representation.br !== undefined)
    return representation;
  const { body } = representation;
  const br = await brotliCompressAsync(body, brotliOptions(body, zlibConstants.BROTLI_MAX_QUALITY));
  representation.br = smaller(br, body);
  return representation;
}

/**
 * Gives a representation the brotli variant the build wrote beside its file (`<file>.br`), if
 * that decodes to exactly the file's bytes (a file left from another build does not).
 */
export function useBrotliFile(representation: Representation, br: Buffer | undefined): void {
  if (!br || br.length >= representation.body.length) return;
  try {
    if (brotliDecompressSync(br).equals(representation.body)) representation.br = br;
  } catch {
    // Not brotli: compressed when first asked for, as any other file.
  }
}

/** `If-None-Match` names this representation (any coding of it) or is `*`. */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const bare = etag.slice(1, -1);
  for (const raw of header.split(',')) {
    let tag = raw.trim();
    if (tag === '*') return true;
    if (tag.startsWith('W/')) tag = tag.slice(2);
    tag = tag.replace(/^"|"$/g, '').replace(/-(br|gz)$/, '');
    if (tag === bare) return true;
  }
  return false;
}

/** Sends a representation: 304 when the client has it, else the best encoding it accepts. */
export function sendRepresentation(
  request: FastifyRequest,
  reply: FastifyReply,
  representation: Representation,
): FastifyReply {
  const coding = negotiateEncoding(request.headers['accept-encoding']);
  const body = encoded(representation, coding);
  const etag = body
    ? `"${representation.etag.slice(1, -1)}-${coding === 'br' ? 'br' : 'gz'}"`
    : representation.etag;
  reply.headers(representation.headers);
  reply.header('etag', etag);
  if (matchesIfNoneMatch(request.headers['if-none-match'], representation.etag)) {
    reply.removeHeader('content-type');
    reply.removeHeader('content-language');
    return reply.code(304).send();
  }
  if (body) reply.header('content-encoding', coding === 'br' ? 'br' : 'gzip');
  return reply.code(200).send(body ?? representation.body);
}

/** A least-recently-used map of representations, bounded by total body bytes. */
export class RepresentationCache {
  readonly #entries = new Map<string, Representation>();
  #bytes = 0;

  constructor(
    readonly maxBytes = 64 * 1024 * 1024,
    readonly maxEntryBytes = 2 * 1024 * 1024,
  ) {}

  get size(): number {
    return this.#entries.size;
  }

  /** Bytes counted against `maxBytes`. */
  get bytes(): number {
    return this.#bytes;
  }

  get(key: string): Representation | undefined {
    const entry = this.#entries.get(key);
    if (entry) {
      this.#entries.delete(key);
      this.#entries.set(key, entry);
    }
    return entry;
  }

  set(key: string, entry: Representation): void {
    // Counted at three times the body: room for its gzip and brotli variants.
    const cost = entry.body.length * 3;
    if (cost > this.maxEntryBytes * 3) return;
    const previous = this.#entries.get(key);
    if (previous) {
      this.#entries.delete(key);
      this.#bytes -= previous.body.length * 3;
    }
    this.#entries.set(key, entry);
    this.#bytes += cost;
    for (const [oldKey, old] of this.#entries) {
      if (this.#bytes <= this.maxBytes) break;
      this.#entries.delete(oldKey);
      this.#bytes -= old.body.length * 3;
    }
  }

  /** The cached representation for `key`, or the one `make` returns (then cached). */
  getOrMake(key: string, make: () => Representation): Representation {
    let entry = this.get(key);
    if (!entry) {
      entry = make();
      this.set(key, entry);
    }
    return entry;
  }
}
