/**
 * oEmbed 1.0 (https://oembed.com): a platform given a link to one of the atlas's views (a chart,
 * the map, a story) asks here how to embed it, and gets the iframe of that view's embed page; a
 * chart image's link embeds as the image. Only links to this server are answered: the Host the
 * request came to, as a proxy forwards it, is the atlas's.
 */

import { createRoute, z } from '@hono/zod-openapi';
import { CHART_IDS, type ChartId } from '@thaw/charts/ids';
import { CHART_DEFAULTS, CHART_LIMITS } from '@thaw/charts/view';
import { type I18n, loadI18n } from '@thaw/i18n';
import { jsonResponse, problemResponse } from '../api/schemas';
import { PROBLEM_TYPE, problemBody } from '../http/problem';
import type { Store } from '../store';
import { chartQuery, storeData } from './charts';
import { router } from './router';

/** An embed's size when the consumer sets no bounds: a column of a blog or a slide's width. */
const DEFAULT_WIDTH = 960;
/** The embed pages' title and source lines under a 16:9 figure. */
const CAPTION_HEIGHT = 40;

const size = (name: string) =>
  z.coerce
    .number({ error: `${name} must be a whole number of pixels` })
    .int(`${name} must be a whole number of pixels`)
    .min(100, `${name} must be at least 100 pixels`)
    .optional()
    .openapi({ description: `The most ${name} the consumer has room for, in pixels.` });

const OembedQuery = z.object({
  url: z.url({ error: 'url must be an absolute http(s) URL of a page of the atlas' }).openapi({
    description: 'A link to a chart embed, a chart image, the map or a story.',
    example: 'http://127.0.0.1:8787/embed/events-by-year?countries=PL,HU',
  }),
  maxwidth: size('maxwidth'),
  maxheight: size('maxheight'),
  format: z
    .string()
    .default('json')
    .openapi({ description: 'Only `json` is served (501 for `xml`, as the spec allows).' }),
});

const OembedSchema = z
  .object({
    version: z.literal('1.0'),
    type: z.enum(['rich', 'photo']),
    title: z.string(),
    provider_name: z.literal('Thaw Atlas'),
    provider_url: z.string(),
    cache_age: z.int(),
    width: z.int(),
    height: z.int(),
    html: z.string().optional().openapi({ description: 'The iframe (type rich).' }),
    url: z.string().optional().openapi({ description: 'The image (type photo).' }),
  })
  .openapi('Oembed');
type Oembed = z.infer<typeof OembedSchema>;

/** What a link shows: the embed page to frame (or the image), and its title. */
type Embeddable =
  | { kind: 'chart'; chart: ChartId; embedPath: string }
  | { kind: 'image'; chart: ChartId }
  | { kind: 'map'; embedPath: string }
  | { kind: 'story'; id: string; embedPath: string };

const CHART = `(${CHART_IDS.join('|')})`;

/** The views a link can be to, and the embed page of each. */
function embeddable(path: string): Embeddable | undefined {
  const trimmed = path.replace(/\/+$/, '') || '/';
  const chart = new RegExp(`^/embed/${CHART}$`).exec(trimmed)?.[1] as ChartId | undefined;
  if (chart) return { kind: 'chart', chart, embedPath: trimmed };
  const image = new RegExp(`^/api/charts/${CHART}\\.(svg|png)$`).exec(trimmed)?.[1];
  if (image) return { kind: 'image', chart: image as ChartId };
  if (trimmed === '/' || trimmed === '/embed/map') return { kind: 'map', embedPath: '/embed/map' };
  const story = /^\/(?:embed\/)?story\/([a-z0-9-]+)(\/\d+)?$/.exec(trimmed);
  if (story?.[1]) {
    return {
      kind: 'story',
      id: story[1],
      embedPath: `/embed/story/${story[1]}${story[2] ?? ''}`,
    };
  }
  return undefined;
}

/** Whether a page is a view that `/oembed` embeds: its HTML names the endpoint. */
export const isEmbeddablePage = (path: string): boolean => {
  const target = embeddable(path);
  return target !== undefined && target.kind !== 'image';
};

/** The largest size of the given aspect within the consumer's bounds. */
function fit(width: number, height: number, maxwidth?: number, maxheight?: number) {
  const scale = Math.min(1, (maxwidth ?? width) / width, (maxheight ?? height) / height);
  return { width: Math.floor(width * scale), height: Math.floor(height * scale) };
}

const attribute = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

export const oembedRoutes = (store: Store) => {
  const data = storeData(store);
  const query = chartQuery(store);

  /** A chart's title as its figure shows it, from the link's own parameters. */
  async function chartTitle(chart: ChartId, params: URLSearchParams) {
    const parsed = query.safeParse(Object.fromEntries(params));
    if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? 'invalid chart query' };
    const [{ buildChartProps, CHARTS }, i18n] = await Promise.all([
      import('@thaw/charts'),
      loadI18n(parsed.data.lang),
    ]);
    const props = buildChartProps(chart, parsed.data, data, '', i18n);
    const spec = CHARTS[chart] as { title: (props: unknown, i18n: I18n) => string };
    return { title: props.title ?? spec.title(props, i18n), view: parsed.data };
  }

  return router().openapi(
    createRoute({
      method: 'get',
      path: '/oembed',
      summary: 'oEmbed 1.0: how to embed a link to a chart, the map or a story',
      description:
        'Pages of the atlas name this endpoint in a `<link rel="alternate" type="application/json+oembed">` tag, so that platforms turn a pasted link into the embed.',
      tags: ['Embeds'],
      request: { query: OembedQuery },
      responses: {
        200: jsonResponse(OembedSchema, 'The embed'),
        400: problemResponse('Invalid parameters, or a link whose chart parameters are invalid'),
        404: problemResponse('The link is not to a view of this atlas'),
        501: problemResponse('A format other than json'),
      },
    }),
    async (c) => {
      const fail = <Status extends 400 | 404 | 501>(status: Status, detail: string) =>
        c.json(problemBody(status, detail), status, { 'content-type': PROBLEM_TYPE });
      const { url, maxwidth, maxheight, format } = c.req.valid('query');
      if (format !== 'json') {
        return fail(501, `format "${format.slice(0, 20)}" is not served: ask for json.`);
      }
      const link = new URL(url);
      const host = c.req.header('x-forwarded-host') ?? c.req.header('host');
      const target = link.protocol.startsWith('http') ? embeddable(link.pathname) : undefined;
      if (!target || link.host !== host) {
        return fail(404, `${url.slice(0, 200)} is not a link to a chart, map or story here.`);
      }
      const origin = link.origin;
      const common = {
        version: '1.0',
        provider_name: 'Thaw Atlas',
        provider_url: `${origin}/`,
        cache_age: 3600,
      } as const;

      if (target.kind === 'image') {
        const found = await chartTitle(target.chart, link.searchParams);
        if ('error' in found)
          return fail(400, `The link's chart parameters are invalid: ${found.error}.`);
        // The image itself, drawn at a size within the bounds (a chart has a smallest size).
        const fitted = fit(found.view.width, found.view.height, maxwidth, maxheight);
        const width = Math.max(fitted.width, CHART_LIMITS.width.min);
        const height = Math.max(fitted.height, CHART_LIMITS.height.min);
        const image = new URL(link);
        image.searchParams.set('width', String(width));
        image.searchParams.set('height', String(height));
        const answer: Oembed = {
          ...common,
          type: 'photo',
          title: found.title,
          url: image.href,
          width,
          height,
        };
        return c.json(answer, 200);
      }

      let title: string;
      let aspect: { width: number; height: number } = CHART_DEFAULTS;
      if (target.kind === 'chart') {
        const found = await chartTitle(target.chart, link.searchParams);
        if ('error' in found)
          return fail(400, `The link's chart parameters are invalid: ${found.error}.`);
        title = found.title;
        aspect = { width: found.view.width, height: found.view.height };
      } else if (target.kind === 'story') {
        const story = store.stories.find((candidate) => candidate.id === target.id);
        if (!story) return fail(404, `No story "${target.id.slice(0, 40)}" here.`);
        title = story.title;
      } else {
        title = 'Thaw Atlas: the map, 1953–1968';
      }
      const width = Math.min(DEFAULT_WIDTH, maxwidth ?? DEFAULT_WIDTH);
      const wanted = Math.round((width * aspect.height) / aspect.width) + CAPTION_HEIGHT;
      const fitted = fit(width, wanted, maxwidth, maxheight);
      const src = `${origin}${target.embedPath}${link.search}`;
      const html = `<iframe src="${attribute(src)}" title="${attribute(title)}" width="${fitted.width}" height="${fitted.height}" style="border: 0" loading="lazy" allowfullscreen></iframe>`;
      const answer: Oembed = { ...common, type: 'rich', title, html, ...fitted };
      return c.json(answer, 200);
    },
  );
};
