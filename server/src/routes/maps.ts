import { createRoute, z } from '@hono/zod-openapi';
import { CHART_QUERY } from '@thaw/charts/view';
import { type Borders, readBorders, StoryMode } from '@thaw/data';
import type { Bbox } from '@thaw/data/framing';
import { Frame, Month, PERIOD_MONTHS } from '@thaw/data/stories';
import { loadI18n } from '@thaw/i18n';
import { monthLabel, monthMap } from '../map/monthMap';
import { renderSvgPng } from '../render/renderer';
import type { Store } from '../store';
import { IMAGE_RESPONSES, unlessBusy, withinPixels } from './charts';
import { eventFilter } from './events';
import { router } from './router';

/** The borders, read once, on the first map asked for. */
let borders: Borders | undefined;
export const mapBorders = (): Borders => {
  borders ??= readBorders();
  return borders;
};

/** A month of the atlas's period, as a story step or the explorer's `date` writes it. */
export const periodMonth = Month.refine(
  (month) => month >= PERIOD_MONTHS.from && month <= PERIOD_MONTHS.to,
  `expected a month of the atlas, ${PERIOD_MONTHS.from} to ${PERIOD_MONTHS.to}`,
);

/** `west,south,east,north` in degrees, as the explorer's URL writes it; absent, the web map's frame. */
const bboxParam = z
  .string()
  .optional()
  .transform((text, context): Bbox | null => {
    if (text === undefined || text === '') return null;
    const numbers = text
      .split(',')
      .map((part) => (/^-?\d+(\.\d+)?$/.test(part) ? Number(part) : Number.NaN));
    const frame = Frame.safeParse({ bbox: numbers });
    if (numbers.length !== 4 || numbers.some(Number.isNaN) || !frame.success) {
      context.addIssue({
        code: 'custom',
        message: `"${text.slice(0, 60)}" is not a box west,south,east,north in degrees (west < east, south < north)`,
      });
      return z.NEVER;
    }
    return frame.data.bbox;
  })
  .openapi({
    description:
      'The frame, `west,south,east,north` in degrees. Default: the chosen countries, framed as the web map frames them.',
    example: '16.1,45.7,22.9,48.6',
  });

const FILE = /^(\d{4}-\d{2})\.(svg|png)$/;

export const mapQuery = (store: Store) =>
  eventFilter(store)
    .pick({ countries: true, categories: true })
    .extend({
      mode: StoryMode.default('cumulative').openapi({
        description:
          'cumulative: every event up to the month, earlier ones faded; month: the month’s only.',
      }),
      bbox: bboxParam,
      event: z
        .string()
        .max(200)
        .optional()
        .openapi({ description: 'An event to emphasize (ringed, its place named), by id.' }),
      width: CHART_QUERY.width,
      height: CHART_QUERY.height,
      scale: CHART_QUERY.scale,
      title: CHART_QUERY.title,
      lang: CHART_QUERY.lang,
    })
    .superRefine(withinPixels);

export const mapRoutes = (store: Store) =>
  router().openapi(
    createRoute({
      method: 'get',
      path: '/api/maps/{file}',
      summary: 'The map at a month as an SVG or PNG image, with title, legend and source line',
      description:
        'The 1953–1968 borders in Web Mercator, the events the web map shows that month (same rule, same colours and shapes), the capitals. `{month}.svg` or `{month}.png`, month as YYYY-MM.',
      tags: ['Charts'],
      request: {
        params: z.object({
          file: z
            .string()
            .regex(FILE, 'expected {month}.svg or {month}.png, month as YYYY-MM')
            .refine(
              (file) => periodMonth.safeParse(file.slice(0, 7)).success,
              `the month lies outside the atlas, ${PERIOD_MONTHS.from} to ${PERIOD_MONTHS.to}`,
            )
            .openapi({ param: { name: 'file', in: 'path' }, example: '1956-10.png' }),
        }),
        query: mapQuery(store),
      },
      responses: IMAGE_RESPONSES,
    }),
    async (c) => {
      const { file } = c.req.valid('param');
      const [, month = '', format] = FILE.exec(file) ?? [];
      const query = c.req.valid('query');
      // Loaded on the first map asked for, with the charts' package it draws its symbols from.
      const [{ mapSvg }, i18n] = await Promise.all([import('../map/mapSvg'), loadI18n(query.lang)]);
      const { picture } = monthMap(
        store,
        mapBorders(),
        {
          month,
          mode: query.mode,
          countries: query.countries,
          categories: query.categories,
          bbox: query.bbox,
          highlight: query.event ? [query.event] : [],
          title: query.title ?? i18n._('map.imageTitle', { month: monthLabel(month, i18n) }),
          width: query.width,
          height: query.height,
        },
        new URL(c.req.url).origin,
        i18n,
      );
      const svg = mapSvg(picture);
      if (format === 'svg') {
        return c.body(svg, 200, { 'content-type': 'image/svg+xml; charset=utf-8' });
      }
      return unlessBusy(async () => {
        const png = await renderSvgPng(`map:${c.req.url}`, svg, { scale: query.scale });
        return c.body(new Uint8Array(png), 200, { 'content-type': 'image/png' });
      });
    },
  );
