/**
 * Answers repeated GETs from memory. The data cannot change while the server runs, so a
 * successful answer is kept with its ETag and its compressed forms, and the next request for the
 * same URL is served without running the handler, serializing or compressing again. The headers
 * each answer finally left with are kept too, for the fast path (fastPath.ts) to send it again
 * without the app.
 */
import { createHash } from 'node:crypto';
import type { OutgoingHttpHeaders } from 'node:http';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { MiddlewareHandler } from 'hono';

/** A stored answer: its bytes, ETag and the compressed forms made so far. */
export interface Entry {
  status: number;
  headers: [string, string][];
  body: Buffer;
  etag: string;
  gzip?: Buffer;
  br?: Buffer;
  /** The status and final headers the app sent for each method and variant, to be replayed. */
  sent?: Map<string, SentHead>;
}

export interface SentHead {
  status: number;
  headers: OutgoingHttpHeaders;
}

/** Which form of an entry a request gets. */
export type Variant = 'not-modified' | 'br' | 'gzip' | 'identity';

/** Bodies smaller than this are not worth compressing. */
const MIN_COMPRESS_BYTES = 512;
/** Text formats and the map's glyphs; PNGs and WOFF2 fonts are compressed already. */
const COMPRESSIBLE =
  /^(text\/|application\/([a-z+.-]*\+)?(json|javascript|xml|x-protobuf)|image\/svg\+xml)/;

export interface CacheOptions {
  /** Total bytes kept (bodies, compressed forms, sent headers); least recently used go first. */
  maxBytes: number;
  cacheControl: string;
  /** The data version, part of every ETag (see `etagOf`). */
  version: string;
}

export type ResponseCache = ReturnType<typeof responseCache>;

export function responseCache({ maxBytes, cacheControl, version }: CacheOptions) {
  const entries = new Map<string, Entry>();
  let bytes = 0;
  const grew = (added: number) => {
    bytes += added;
  };
  /** Cached answers on their way out, until `recordSent` sees what became of them. */
  const answers = new WeakMap<Response, { entry: Entry; variant: Variant }>();
  /** Answers made from an entry that was already stored, for the request log. */
  const hits = new WeakSet<Response>();

  const remember = (key: string, entry: Entry) => {
    entries.set(key, entry);
    bytes += sizeOf(entry);
    for (const [oldKey, old] of entries) {
      if (bytes <= maxBytes) break;
      entries.delete(oldKey);
      bytes -= sizeOf(old);
    }
  };

  /** The entry for a cache key, now the most recently used. */
  const lookup = (key: string): Entry | undefined => {
    const entry = entries.get(key);
    if (entry) {
      entries.delete(key);
      entries.set(key, entry);
    }
    return entry;
  };

  const middleware: MiddlewareHandler = async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    const key = cacheKey(new URL(c.req.url));
    let entry = lookup(key);
    const hit = entry !== undefined;
    if (!entry) {
      await next();
      if (c.res.status !== 200) return;
      const body = Buffer.from(await c.res.arrayBuffer());
      entry = {
        status: c.res.status,
        headers: [...c.res.headers.entries()].filter(([name]) => name !== 'content-length'),
        body,
        etag: etagOf(version, body),
      };
      remember(key, entry);
    }
    const variant = variantOf(
      entry,
      c.req.header('if-none-match'),
      c.req.header('accept-encoding'),
    );
    c.res = undefined;
    c.res = respond(entry, variant, cacheControl, grew);
    answers.set(c.res, { entry, variant });
    if (hit) hits.add(c.res);
  };

  /**
   * Keeps the status and headers a cached answer left the app with, so that the fast path can
   * send the next one alike without the app. Goes first, to see every header the others add.
   * Only answers that vary on nothing but Accept-Encoding (the variant) can be replayed.
   */
  const recordSent: MiddlewareHandler = async (c, next) => {
    await next();
    const answer = answers.get(c.res);
    if (!answer) return;
    const headers = c.res.headers;
    if (!headers.has('content-type') || headers.has('set-cookie')) return;
    const vary = (headers.get('vary') ?? '').toLowerCase().split(',');
    if (vary.some((name) => name.trim() !== 'accept-encoding')) return;
    answer.entry.sent ??= new Map();
    const key = sentKey(c.req.method, answer.variant);
    if (answer.entry.sent.has(key)) return;
    // The same header record node-server makes of this Response to write it.
    const head = { status: c.res.status, headers: Object.fromEntries(headers) };
    answer.entry.sent.set(key, head);
    grew(sizeOfHead(head));
  };

  const isHit = (response: Response) => hits.has(response);

  return { middleware, recordSent, lookup, isHit };
}

/** What the app sent when it first answered this method and variant from the entry, if it has. */
export const sentHead = (entry: Entry, method: string, variant: Variant) =>
  entry.sent?.get(sentKey(method, variant));

const sentKey = (method: string, variant: Variant) => `${method} ${variant}`;

/** The variant a request gets: 304 when the client has the entry, else the best encoding it accepts. */
export function variantOf(
  entry: Entry,
  ifNoneMatch: string | undefined,
  acceptEncoding: string | undefined,
): Variant {
  if (ifNoneMatch && matchesEtag(ifNoneMatch, entry.etag)) return 'not-modified';
  const type = entry.headers.find(([name]) => name === 'content-type')?.[1] ?? '';
  if (entry.body.length < MIN_COMPRESS_BYTES || !COMPRESSIBLE.test(type)) return 'identity';
  return pickEncoding(acceptEncoding) ?? 'identity';
}

/** Answers a variant of a stored entry. */
export function respond(
  entry: Entry,
  variant: Variant,
  cacheControl: string,
  grew: (bytes: number) => void = () => {},
): Response {
  const headers = new Headers(entry.headers);
  headers.set('etag', entry.etag);
  headers.set('cache-control', cacheControl);
  headers.append('vary', 'Accept-Encoding');
  if (variant === 'not-modified') return new Response(null, { status: 304, headers });
  const body = bodyOf(entry, variant, grew);
  if (variant !== 'identity') headers.set('content-encoding', variant);
  headers.set('content-length', String(body.length));
  // Node's Buffers are backed by plain ArrayBuffers; the cast only narrows the type, no copy.
  return new Response(body as Uint8Array<ArrayBuffer>, {
    status: entry.status,
    headers,
  });
}

/** The body of a variant, compressed on first use. */
export function bodyOf(
  entry: Entry,
  variant: Exclude<Variant, 'not-modified'>,
  grew: (bytes: number) => void = () => {},
): Buffer {
  if (variant === 'br') {
    if (!entry.br) {
      entry.br = brotliCompressSync(entry.body, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 6,
          [constants.BROTLI_PARAM_SIZE_HINT]: entry.body.length,
        },
      });
      grew(entry.br.length);
    }
    return entry.br;
  }
  if (variant === 'gzip') {
    if (!entry.gzip) {
      entry.gzip = gzipSync(entry.body, { level: 6 });
      grew(entry.gzip.length);
    }
    return entry.gzip;
  }
  return entry.body;
}

/**
 * The ETag of a body served from a data version: the version, then a hash of both. It depends on
 * nothing else (no time, host or process), so every instance serving the same files gives the
 * same ETag for the same answer and a cache in front of several can revalidate with any of them;
 * and an answer from other data is never taken for a copy of this one, even where the bytes
 * happen to be equal, so a rolling deploy's instances are told apart on the wire.
 */
export const etagOf = (version: string, body: Buffer) =>
  `"${version}-${createHash('sha1').update(version).update(body).digest('base64url')}"`;

/** The URL with its query parameters in a canonical order, so equal queries share an entry. */
export function cacheKey(url: URL): string {
  const params = [...url.searchParams].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  // The host is part of the key: chart images name the address they were fetched from.
  return `${url.host}${url.pathname}?${new URLSearchParams(params)}`;
}

function matchesEtag(header: string, etag: string): boolean {
  return header
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === etag || tag === '*');
}

/** Accept-Encoding headers seen, and what they pick: clients send a handful of distinct ones. */
const picked = new Map<string, 'br' | 'gzip' | null>();
const MAX_PICKED = 1_000;

/** Brotli where accepted, else gzip; `q=0` refuses an encoding. */
function pickEncoding(header: string | undefined): 'br' | 'gzip' | null {
  const known = picked.get(header ?? '');
  if (known !== undefined) return known;
  const choice = parseEncoding(header);
  if (picked.size >= MAX_PICKED) picked.clear();
  picked.set(header ?? '', choice);
  return choice;
}

function parseEncoding(header: string | undefined): 'br' | 'gzip' | null {
  const accepted = new Set(
    (header ?? '')
      .split(',')
      .map((part) => part.trim().toLowerCase())
      .filter((part) => !/;\s*q=0(\.0*)?$/.test(part))
      .map((part) => part.split(';')[0]),
  );
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip') || accepted.has('*')) return 'gzip';
  return null;
}

const sizeOfHead = ({ headers }: SentHead) =>
  Object.entries(headers).reduce(
    (total, [name, value]) => total + name.length + String(value).length,
    0,
  );

const sizeOf = (entry: Entry) =>
  entry.body.length +
  (entry.gzip?.length ?? 0) +
  (entry.br?.length ?? 0) +
  [...(entry.sent?.values() ?? [])].reduce((total, head) => total + sizeOfHead(head), 0);
