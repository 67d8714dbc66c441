import type { Story } from '@thaw/data/stories';
import { describe, expect, it } from 'vitest';
import { readSharedHash, sharedHash, shareLink } from './storyLink';

const story: Story = {
  id: 'budapest-1956',
  title: 'Budapest, 1956',
  summary: 'Thirteen days in Hungary — with “quotes”, Łódź and Москва.',
  steps: [
    {
      title: 'The demonstration',
      date: '1956-10',
      countries: ['HU'],
      categories: ['protest'],
      mode: 'month',
      frame: { bbox: [16.1, 45.7, 22.9, 48.6] },
      highlight: ['hu-1956-10-23-demonstration'],
      caption: 'Students marched in Budapest. By night the crowd had toppled Stalin’s statue.',
      notes: 'Ask the class what they would have done.',
      show: 'map',
    },
  ],
};

describe('shared links', () => {
  it('carry the whole story in the hash, and give it back unchanged', () => {
    const link = new URL(shareLink(story, 'http://atlas.example'));
    expect(link.pathname).toBe('/story/shared');
    expect(link.search).toBe('');
    // Safe in a URL as it is: nothing a browser or a mail client would escape.
    expect(link.hash.slice(1)).toMatch(/^[A-Za-z0-9+\-$]+$/);
    expect(readSharedHash(link.hash)).toEqual({ ok: true, value: story });
  });

  it('say a cut-short or altered link is damaged, and how', () => {
    const hash = sharedHash(story);
    expect(readSharedHash('')).toEqual({
      ok: false,
      message: 'it holds no story (there is nothing after #)',
    });
    for (const damaged of [hash.slice(0, hash.length / 2), hash.slice(0, 3), '%%%', 'hello']) {
      const reading = readSharedHash(`#${damaged}`);
      expect(reading.ok, damaged).toBe(false);
      expect(!reading.ok && reading.message, damaged).toMatch(/cut short/);
    }
  });
});
