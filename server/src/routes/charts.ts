import { createRoute, z } from '@hono/zod-openapi';
import type { ChartDataSource } from '@thaw/charts';
import { CHART_IDS, type ChartId } from '@thaw/charts/ids';
import { CHART_QUERY } from '@thaw/charts/view';
import { PERIOD, Role } from '@thaw/data';
import { loadI18n } from '@thaw/i18n';
import { orderedSpan } from '../api/params';
import { problemResponse } from '../api/schemas';
import { problem } from '../http/problem';
import { RETRY_AFTER_S, RenderQueueFull, renderChartPng, renderChartSvg } from '../render/renderer';
import type { Store } from '../store';
import { eventFilter } from './events';
import { router } from './router';

/** Larger images would hold a rasterizer thread and hundreds of MB for a picture no slide needs. */
const MAX_PIXELS = 3840 * 2160 * 4;

const FILE = new RegExp(`^(${CHART_IDS.join('|')})\\.(svg|png)$`);

/** Refuses an image larger than `MAX_PIXELS`, naming `scale`. */
export function withinPixels(
  query: { width: number; height: number; scale: number },
  context: z.RefinementCtx,
) {
  if (query.width * query.height * query.scale ** 2 > MAX_PIXELS) {
    context.addIssue({
      code: 'custom',
      path: ['scale'],
      message: `width × height × scale² exceeds ${MAX_PIXELS} pixels`,
    });
  }
}

/** A drawing's answer, or a 503 with Retry-After when the render queue is full. */
export async function unlessBusy<Answer>(
  answer: () => Promise<Answer>,
): Promise<Answer | Response> {
  try {
    return await answer();
  } catch (error) {
    if (!(error instanceof RenderQueueFull)) throw error;
    const busy = problem(503, `${error.message}; try again in ${RETRY_AFTER_S} s.`);
    busy.headers.set('retry-after', String(RETRY_AFTER_S));
    return busy;
  }
}

/** The answers an image route documents: the picture as SVG or PNG, a 400, a busy 503. */
export const IMAGE_RESPONSES = {
  200: {
    description: 'The image',
    content: {
      'image/svg+xml': { schema: z.string() },
      'image/png': { schema: z.string().openapi({ format: 'binary' }) },
    },
  },
  400: problemResponse('Invalid parameters'),
  503: problemResponse(`The renderer is busy; try again after Retry-After (${RETRY_AFTER_S} s).`),
} as const;

/**
 * The query of `/api/charts/{chart}`. The `/embed/{chart}` pages take the same parameters but read
 * them with a lenient parser of their own (web/src/charts/chartView.ts).
 */
export const chartQuery = (store: Store) =>
  eventFilter(store)
    .extend(CHART_QUERY)
    .superRefine(orderedSpan)
    .superRefine((query, context) => {
      // A chart of no year of the atlas would be an empty frame under a title such as "1990–1968".
      const outside =
        (query.from ?? PERIOD.start) > PERIOD.end || (query.to ?? PERIOD.end) < PERIOD.start;
      if (outside) {
        context.addIssue({
          code: 'custom',
          path: [query.from && query.from > PERIOD.end ? 'from' : 'to'],
          message: `the span lies outside the atlas's years, ${PERIOD.start.slice(0, 4)}–${PERIOD.end.slice(0, 4)}`,
        });
      }
    })
    .superRefine(withinPixels);

/** The store as the charts' data source: the same answers the data endpoints give. */
export const storeData = (store: Store): ChartDataSource => ({
  countryName: (id) => store.country(id)?.name,
  countryColor: (id) => store.stateColor(id),
  yearly: (query) => store.yearly(query),
  events: (query) => store.queryEvents(query),
  tenures: (query) => store.queryTenures({ ...query, roles: Role.options }),
  release: { version: store.release?.version ?? null, licence: store.release?.licence.id ?? null },
});

export const chartRoutes = (store: Store) => {
  const data = storeData(store);
  return router().openapi(
    createRoute({
      method: 'get',
      path: '/api/charts/{file}',
      summary: 'A chart as an SVG or PNG image, sized for a 16:9 slide',
      description: `The same figures as the web app, with title, legend and source line. Charts: ${CHART_IDS.join(', ')}.`,
      tags: ['Charts'],
      request: {
        params: z.object({
          file: z.string().openapi({
            description: `{chart}.svg or {chart}.png, where chart is one of ${CHART_IDS.join(', ')}.`,
            example: 'events-by-year.png',
          }),
        }),
        query: chartQuery(store),
      },
      responses: {
        200: IMAGE_RESPONSES[200],
        400: IMAGE_RESPONSES[400],
        404: problemResponse('No such chart or image format'),
        503: IMAGE_RESPONSES[503],
      },
    }),
    async (c) => {
      const { file } = c.req.valid('param');
      const match = FILE.exec(file);
      if (!match) {
        return problem(
          404,
          `No chart "${file.slice(0, 100)}": expected {chart}.svg or {chart}.png with chart one of ${CHART_IDS.join(', ')}.`,
        );
      }
      const chart = match[1] as ChartId;
      const query = c.req.valid('query');
      // Loaded on the first chart asked for, not at start (see @thaw/charts/ids).
      const [{ buildChartProps }, i18n] = await Promise.all([
        import('@thaw/charts'),
        loadI18n(query.lang),
      ]);
      const props = buildChartProps(chart, query, data, new URL(c.req.url).origin, i18n);
      return unlessBusy(async () => {
        if (match[2] === 'svg') {
          return c.body(await renderChartSvg(chart, props), 200, {
            'content-type': 'image/svg+xml; charset=utf-8',
          });
        }
        const png = await renderChartPng(chart, props, { scale: query.scale });
        return c.body(new Uint8Array(png), 200, { 'content-type': 'image/png' });
      });
    },
  );
};
