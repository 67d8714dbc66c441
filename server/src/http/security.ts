/**
 * Security headers for every response. The app loads nothing from other hosts, runs no inline
 * script, and may be framed only on `/embed/*`; the API is public and may be read from anywhere.
 */
import type { MiddlewareHandler } from 'hono';

const APP_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  // MapLibre runs its worker from our origin and creates blob: URLs for images it decodes.
  "worker-src 'self' blob:",
  "child-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** An SVG opened on its own is a document: it may style itself, nothing more. */
const SVG_POLICY = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";
const API_POLICY = "default-src 'none'; frame-ancestors 'none'";

export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const path = c.req.path;
    const headers = c.res.headers;
    const isApi = path.startsWith('/api/') && !path.startsWith('/api/docs');
    const isEmbed = path === '/embed' || path.startsWith('/embed/');
    if (isApi) {
      headers.set(
        'content-security-policy',
        headers.get('content-type')?.startsWith('image/svg') ? SVG_POLICY : API_POLICY,
      );
      // Slide decks and notebooks on other origins load charts and data.
      headers.set('cross-origin-resource-policy', 'cross-origin');
    } else {
      headers.set(
        'content-security-policy',
        [...APP_POLICY, `frame-ancestors ${isEmbed ? '*' : "'none'"}`].join('; '),
      );
      if (!isEmbed) headers.set('x-frame-options', 'DENY');
      headers.set('cross-origin-resource-policy', 'same-origin');
    }
    headers.set('x-content-type-options', 'nosniff');
    headers.set('referrer-policy', 'strict-origin-when-cross-origin');
    headers.set('permissions-policy', 'camera=(), microphone=(), geolocation=(), payment=()');
  };
}
