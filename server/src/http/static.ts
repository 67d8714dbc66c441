/**
 * Serves the built web app from memory. Only the files found in the build folder at start can be
 * served, so no request path can reach outside it; routes of the app all get its `index.html`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import type { MiddlewareHandler } from 'hono';
import { isEmbeddablePage } from '../routes/oembed';
import { type Entry, etagOf, respond, variantOf } from './cache';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.pbf': 'application/x-protobuf',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** The build names its assets by a hash of their contents: a name never gets other bytes. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/**
 * Everything else (index.html, favicon, embed.js) keeps its name across builds. index.html names
 * the assets of its build, which the next deploy removes: a stale copy would load none, so every
 * use asks again (a 304 of no body while nothing changed).
 */
const REVALIDATE = 'no-cache';

/** The build's files, with ETags derived from the data version like every other answer's. */
export function webApp(root: string, version: string): MiddlewareHandler {
  const files = readBuild(root, version);
  const index = files.get('/index.html');
  return async (c, next) => {
    if ((c.req.method !== 'GET' && c.req.method !== 'HEAD') || c.req.path.startsWith('/api/')) {
      return next();
    }
    const path = c.req.path;
    let file = files.get(path) ?? (extname(path) === '' ? index : undefined);
    if (!file) return next();
    if (file === index && isEmbeddablePage(path)) file = withOembedLink(file, c.req.url, version);
    const cacheControl = path.startsWith('/assets/') ? IMMUTABLE : REVALIDATE;
    const variant = variantOf(file, c.req.header('if-none-match'), c.req.header('accept-encoding'));
    return respond(file, variant, cacheControl);
  };
}

/**
 * index.html naming the oEmbed endpoint for this page (https://oembed.com, "Discovery"), so that
 * a platform given the link finds how to embed it without running the app.
 */
function withOembedLink(index: Entry, url: string, version: string): Entry {
  const href = `/oembed?url=${encodeURIComponent(url)}`;
  const link = `<link rel="alternate" type="application/json+oembed" href="${href}">`;
  const body = Buffer.from(index.body.toString('utf8').replace('</head>', `${link}</head>`));
  return { status: 200, headers: index.headers, body, etag: etagOf(version, body) };
}

/** Every file of the build, keyed by its URL path; an empty map when the app is not built. */
function readBuild(root: string, version: string): Map<string, Entry> {
  const files = new Map<string, Entry>();
  if (!existsSync(root)) return files;
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const body = readFileSync(path);
    files.set(`/${relative(root, path).split(sep).join('/')}`, {
      status: 200,
      headers: [['content-type', TYPES[extname(path)] ?? 'application/octet-stream']],
      body,
      etag: etagOf(version, body),
    });
  }
  return files;
}
