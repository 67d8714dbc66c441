/**
 * Answers repeated GETs from memory. The data cannot change while the server runs, so a
 * successful answer is kept with its ETag and its compressed forms, and the next request for the
 * same URL is served without running the handler, serializing or compressing again.
 */
import { createHash } from 'node:crypto';
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
}

/** Bodies smaller than this are not worth compressing. */
const MIN_COMPRESS_BYTES = 512;
/** Text formats; PNGs and WOFF2 fonts are compressed already. */
const COMPRESSIBLE = /^(text\/|application\/([a-z+.-]*\+)?(json|javascript|xml)|image\/svg\+xml)/;

export interface CacheOptions {
  /** Total bytes kept (bodies and their compressed forms); least recently used go first. */
  maxBytes: number;
  cacheControl: string;
}

export function responseCache({ maxBytes, cacheControl }: CacheOptions): MiddlewareHandler {
  const entries = new Map<string, Entry>();
  let bytes = 0;

  const remember = (key: string, entry: Entry) => {
    entries.set(key, entry);
    bytes += sizeOf(entry);
    for (const [oldKey, old] of entries) {
      if (bytes <= maxBytes) break;
      entries.delete(oldKey);
      bytes -= sizeOf(old);
    }
  };

  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    const key = cacheKey(new URL(c.req.url));
    let entry = entries.get(key);
    if (entry) {
      // Refresh its place in the LRU order.
      entries.delete(key);
      entries.set(key, entry);
    } else {
      await next();
      if (c.res.status !== 200) return;
      const body = Buffer.from(await c.res.arrayBuffer());
      entry = {
        status: c.res.status,
        headers: [...c.res.headers.entries()].filter(([name]) => name !== 'content-length'),
        body,
        etag: etagOf(body),
      };
      remember(key, entry);
    }
    c.res = undefined;
    c.res = respond(
      entry,
      c.req.header('if-none-match'),
      c.req.header('accept-encoding'),
      cacheControl,
      (added) => {
        bytes += added;
      },
    );
  };
}

/** Answers from a stored entry: 304 when the client has it, else the best encoding it accepts. */
export function respond(
  entry: Entry,
  ifNoneMatch: string | undefined,
  acceptEncoding: string | undefined,
  cacheControl: string,
  grew: (bytes: number) => void = () => {},
): Response {
  const headers = new Headers(entry.headers);
  headers.set('etag', entry.etag);
  headers.set('cache-control', cacheControl);
  headers.append('vary', 'Accept-Encoding');
  if (ifNoneMatch && matchesEtag(ifNoneMatch, entry.etag)) {
    return new Response(null, { status: 304, headers });
  }
  const compressible =
    entry.body.length >= MIN_COMPRESS_BYTES && COMPRESSIBLE.test(headers.get('content-type') ?? '');
  const encoding = compressible ? pickEncoding(acceptEncoding) : null;
  let body = entry.body;
  if (encoding === 'br') {
    if (!entry.br) {
      entry.br = brotliCompressSync(entry.body, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 6,
          [constants.BROTLI_PARAM_SIZE_HINT]: entry.body.length,
        },
      });
      grew(entry.br.length);
    }
    body = entry.br;
  } else if (encoding === 'gzip') {
    if (!entry.gzip) {
      entry.gzip = gzipSync(entry.body, { level: 6 });
      grew(entry.gzip.length);
    }
    body = entry.gzip;
  }
  if (encoding) headers.set('content-encoding', encoding);
  headers.set('content-length', String(body.length));
  // Node's Buffers are backed by plain ArrayBuffers; the cast only narrows the type, no copy.
  return new Response(body as Uint8Array<ArrayBuffer>, {
    status: entry.status,
    headers,
  });
}

export const etagOf = (body: Buffer) => `"${createHash('sha1').update(body).digest('base64url')}"`;

/** The URL with its query parameters in a canonical order, so equal queries share an entry. */
function cacheKey(url: URL): string {
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

/** Brotli where accepted, else gzip; `q=0` refuses an encoding. */
export function pickEncoding(header: string | undefined): 'br' | 'gzip' | null {
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

const sizeOf = (entry: Entry) =>
  entry.body.length + (entry.gzip?.length ?? 0) + (entry.br?.length ?? 0);
