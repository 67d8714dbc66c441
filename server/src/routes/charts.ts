import { createRoute, z } from '@hono/zod-openapi';
import { Role } from '@thaw/data';
import { numberParam, orderedSpan } from '../api/params';
import { problemResponse } from '../api/schemas';
import {
  CHART_IDS,
  CHARTS,
  type ChartId,
  type ChartProps,
  type ChartPropsById,
  type FigureProps,
} from '../charts';
import { problem } from '../http/problem';
import { renderChartPng, renderChartSvg } from '../render';
import { FIRST_YEAR, LAST_YEAR, type Store } from '../store';
import { eventFilter } from './events';
import { router } from './router';

/** Larger images would hold a rasterizer thread and hundreds of MB for a picture no slide needs. */
const MAX_PIXELS = 3840 * 2160 * 4;

const FILE = new RegExp(`^(${CHART_IDS.join('|')})\\.(svg|png)$`);

/** The query of `/api/charts/{chart}` and of the `/embed/{chart}` pages that mirror it. */
export const chartQuery = (store: Store) =>
  eventFilter(store)
    .extend({
      width: numberParam(1600, 320, 3840, 'Width in CSS pixels (320–3840).'),
      height: numberParam(900, 180, 2160, 'Height in CSS pixels (180–2160).'),
      scale: numberParam(1, 1, 3, 'PNG only: pixels per CSS pixel (1–3); 2 for a sharp slide.'),
      theme: z
        .enum(['light', 'dark', 'transparent'], {
          error: (issue) =>
            `unknown theme "${String(issue.input)}" (expected light, dark or transparent)`,
        })
        .default('light')
        .openapi({
          description:
            'Colours: light, dark, or dark-on-transparent for coloured slide backgrounds.',
        }),
      size: z
        .enum(['normal', 'slide'], {
          error: (issue) => `unknown size "${String(issue.input)}" (expected normal or slide)`,
        })
        .default('normal')
        .openapi({ description: '`slide` uses larger type, readable at a projector’s distance.' }),
      measure: z
        .enum(['events', 'fatalities'], {
          error: (issue) =>
            `unknown measure "${String(issue.input)}" (expected events or fatalities)`,
        })
        .default('events')
        .openapi({ description: 'country-comparison only: what each series counts.' }),
      title: z.string().max(200).optional().openapi({ description: 'Replaces the default title.' }),
      subtitle: z.string().max(300).optional().openapi({ description: 'A line under the title.' }),
    })
    .superRefine(orderedSpan)
    .superRefine((query, context) => {
      if (query.width * query.height * query.scale ** 2 > MAX_PIXELS) {
        context.addIssue({
          code: 'custom',
          path: ['scale'],
          message: `width × height × scale² exceeds ${MAX_PIXELS} pixels`,
        });
      }
    });

type ChartQuery = z.infer<ReturnType<typeof chartQuery>>;

/** The props of `chart` for a query: the data it is drawn from, its size, theme and source line. */
export function chartProps<Id extends ChartId>(
  store: Store,
  chart: Id,
  query: ChartQuery,
  origin: string,
): ChartProps<Id> {
  const from = query.from ?? `${FIRST_YEAR}-01-01`;
  const to = query.to ?? `${LAST_YEAR}-12-31`;
  const countries = query.countries.map((id) => ({ id, name: store.country(id)?.name ?? id }));
  const figure: FigureProps = {
    width: query.width,
    height: query.height,
    theme: query.theme,
    size: query.size,
    sourceLine: `Source: Thaw Atlas dataset, ${origin}/api/sources`,
    ...(query.title ? { title: query.title } : {}),
    ...(query.subtitle ? { subtitle: query.subtitle } : {}),
  };
  const years = { from: Number(from.slice(0, 4)), to: Number(to.slice(0, 4)) };
  const byData: { [Data in 'yearly' | 'events' | 'tenures']: () => ChartPropsById[ChartId] } = {
    yearly: () => ({
      ...figure,
      ...years,
      countries,
      categories: query.categories,
      rows: store.yearly({ countries: query.countries, categories: query.categories, ...years }),
      measure: query.measure,
    }),
    events: () => ({
      ...figure,
      from,
      to,
      countries,
      events: store.queryEvents({
        countries: query.countries,
        categories: query.categories,
        from,
        to,
      }),
    }),
    tenures: () => ({
      ...figure,
      from,
      to,
      countries,
      tenures: store.queryTenures({ countries: query.countries, roles: Role.options, from, to }),
    }),
  };
  return byData[CHARTS[chart].data]() as ChartProps<Id>;
}

export const chartRoutes = (store: Store) =>
  router().openapi(
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
        200: {
          description: 'The image',
          content: {
            'image/svg+xml': { schema: z.string() },
            'image/png': { schema: z.string().openapi({ format: 'binary' }) },
          },
        },
        400: problemResponse('Invalid parameters'),
        404: problemResponse('No such chart or image format'),
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
      const props = chartProps(store, chart, query, new URL(c.req.url).origin);
      if (match[2] === 'svg') {
        return c.body(await renderChartSvg(chart, props), 200, {
          'content-type': 'image/svg+xml; charset=utf-8',
        });
      }
      const png = await renderChartPng(chart, props, { scale: query.scale });
      return c.body(new Uint8Array(png), 200, { 'content-type': 'image/png' });
    },
  );
