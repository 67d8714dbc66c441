/**
 * A URL whose answer is index.html with the embeds' headers (they may be framed anywhere): the
 * build adds it to the precache, and the service worker answers every embed with it.
 */
export const EMBED_DOCUMENT = '/embed/map';
