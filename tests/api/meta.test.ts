import type { Problem } from '@thaw/data';
import { parseCsv } from '@thaw/data/csv';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { api, baseUrl, expectProblem, raw } from './http';

interface Meta {
  version: string | null;
  published: string | null;
  contents: string;
  licence: { id: string; url: string } | null;
  counts: Record<string, number>;
}

describe('GET /api/meta', () => {
  it('names the release, its licence and what it holds, matching the data endpoints', async () => {
    const [{ body: meta }, { body: events }, { body: sources }] = await Promise.all([
      api<Meta>('/api/meta'),
      api<{ events: unknown[] }>('/api/events'),
      api<{ sources: unknown[] }>('/api/sources'),
    ]);
    expect(meta.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(meta.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(meta.licence?.id).toBe('CC-BY-4.0');
    expect(meta.counts.events).toBe(events.events.length);
    expect(meta.counts.sources).toBe(sources.sources.length);
    // The ETags of every answer derive from the contents.
    const { headers } = await raw('/api/meta');
    expect(String(headers.etag)).toContain(meta.contents);
  });
});

describe('GET /api/data.zip', () => {
  it('packs every table as CSV with a README describing each of its columns', async () => {
    const response = await fetch(`${baseUrl()}/api/data.zip`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(response.headers.get('content-disposition')).toMatch(
      /attachment; filename="thaw-atlas-data-/,
    );
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    const names = Object.keys(files).sort();
    expect(names).toEqual(
      ['README.md', 'events.csv', 'leaders.csv', 'places.csv', 'sources.csv'].map(
        (name) => `thaw-atlas/${name}`,
      ),
    );
    const readme = strFromU8(files['thaw-atlas/README.md'] as Uint8Array);
    const { body: meta } = await api<Meta>('/api/meta');
    expect(readme).toContain(`Release ${meta.version}`);
    expect(readme).toContain(meta.licence?.url ?? 'no licence');
    expect(readme).toContain('@misc{');
    const { body: events } = await api<{ events: unknown[] }>('/api/events');
    for (const name of names.filter((file) => file.endsWith('.csv'))) {
      const problems: Problem[] = [];
      const { header, rows } = parseCsv(strFromU8(files[name] as Uint8Array), name, problems);
      expect(problems, name).toEqual([]);
      const table = readme.slice(readme.indexOf(`## ${name.split('/')[1]}`));
      for (const column of header) expect(table, `${name}: ${column}`).toContain(`| ${column} |`);
      if (name.endsWith('events.csv')) expect(rows).toHaveLength(events.events.length);
    }
  });

  it('is the same bytes on every request, so that caches and instances agree', async () => {
    const [first, second] = await Promise.all([raw('/api/data.zip'), raw('/api/data.zip')]);
    expect(first.headers.etag).toBe(second.headers.etag);
    expect(Buffer.compare(first.body, second.body)).toBe(0);
  });
});

describe('GET /oembed', () => {
  const oembed = (url: string, extra = '') =>
    api<Record<string, unknown>>(`/oembed?url=${encodeURIComponent(url)}${extra}`);
  const here = (path: string) => `${baseUrl()}${path}`;

  it('embeds a chart as a rich iframe of its embed page, within maxwidth and maxheight', async () => {
    const link = here('/embed/events-by-year?countries=PL,HU&from=1955');
    const { status, body } = await oembed(link, '&maxwidth=600&maxheight=300');
    expect(status).toBe(200);
    // The spec's required fields for type rich.
    expect(body).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'Thaw Atlas' });
    expect(body.title).toBe('Events by year, 1955–1968 · Poland, Hungary');
    expect(body.width).toBeLessThanOrEqual(600);
    expect(body.height).toBeLessThanOrEqual(300);
    expect(body.html).toMatch(
      /^<iframe src="http:\/\/[^"]+\/embed\/events-by-year\?countries=PL,HU&amp;from=1955"/,
    );
    expect(body.html).toContain(`width="${body.width}" height="${body.height}"`);
  });

  it('embeds the map, a story step, and a chart image as a photo', async () => {
    const map = await oembed(here('/?date=1956-10&countries=HU'));
    expect(map.body.html).toContain('/embed/map?date=1956-10&amp;countries=HU');
    const story = await oembed(here('/story/1956/3'));
    expect(story.body).toMatchObject({ type: 'rich', title: expect.stringContaining('1956') });
    expect(story.body.html).toContain('/embed/story/1956/3"');
    const image = await oembed(here('/api/charts/timeline.png?countries=PL'), '&maxwidth=800');
    expect(image.body).toMatchObject({ type: 'photo', width: 800, height: 450 });
    const picture = await fetch(String(image.body.url));
    expect(picture.status).toBe(200);
    expect(picture.headers.get('content-type')).toBe('image/png');
  });

  it('answers 404 for links that are not to a view here, 501 for xml, 400 for bad bounds', async () => {
    await expectProblem(`/oembed?url=${encodeURIComponent('https://example.org/embed/map')}`, 404);
    await expectProblem(`/oembed?url=${encodeURIComponent(here('/nowhere'))}`, 404);
    await expectProblem(`/oembed?url=${encodeURIComponent(here('/story/none'))}`, 404);
    await expectProblem(`/oembed?url=${encodeURIComponent(here('/'))}&format=xml`, 501);
    const bad = await expectProblem(
      `/oembed?url=${encodeURIComponent(here('/'))}&maxwidth=wide`,
      400,
    );
    expect(bad.invalid?.[0]?.param).toBe('maxwidth');
    await expectProblem('/oembed?url=not-a-url', 400);
  });

  it('is named by the pages it embeds, for discovery, and not by others', async () => {
    for (const path of ['/story/1956', '/embed/events-by-year?countries=PL', '/']) {
      const html = await (await fetch(here(path))).text();
      const tag = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)">/.exec(
        html,
      );
      expect(tag, path).not.toBeNull();
      const discovered = await fetch(new URL(String(tag?.[1]), baseUrl()));
      expect(discovered.status, path).toBe(200);
    }
    const compare = await (await fetch(here('/compare'))).text();
    expect(compare).not.toContain('json+oembed');
  });
});
