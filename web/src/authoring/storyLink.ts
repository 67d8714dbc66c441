/**
 * A story shared as a link: the whole story, as JSON, compressed (lz-string) into the URL's hash,
 * `/story/shared#N4Igh…`. The hash never reaches a server, so neither do the story and its notes.
 */
import type { Story } from '@thaw/data/stories';
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { SHARED_PATH } from './paths';

export const sharedHash = (story: Story): string =>
  compressToEncodedURIComponent(JSON.stringify(story));

export const shareLink = (story: Story, origin: string): string =>
  `${origin}${SHARED_PATH}#${sharedHash(story)}`;

/** What a link's hash holds: a value to check as a story, or what is wrong with the link. */
export type LinkReading = { ok: true; value: unknown } | { ok: false; message: string };

export function readSharedHash(hash: string): LinkReading {
  const packed = hash.replace(/^#/, '');
  if (packed === '') return { ok: false, message: 'it holds no story (there is nothing after #)' };
  // A cut-short or altered text decompresses to nothing, or to text that is not JSON.
  const text = decompressFromEncodedURIComponent(packed);
  if (!text) {
    return { ok: false, message: 'its story does not decompress: was the link cut short?' };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, message: 'its story is not readable JSON: was the link cut short?' };
  }
}
