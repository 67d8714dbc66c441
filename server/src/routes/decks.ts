import { createRoute, z } from '@hono/zod-openapi';
import { sourceLine } from '@thaw/charts/source-line';
import { COMPARISON_MEASURES } from '@thaw/charts/view';
import { stepMonths } from '@thaw/data';
import { loadI18n } from '@thaw/i18n';
import { orderedSpan, yearParam } from '../api/params';
import { problemResponse } from '../api/schemas';
import type { Slide } from '../deck/plan';
import { LAYOUTS, type Layout } from '../deck/plan';
import { PROBLEM_TYPE, problemBody } from '../http/problem';
import { monthMap } from '../map/monthMap';
import { RETRY_AFTER_S, renderChartPng, renderSvgPng } from '../render/renderer';
import { FIRST_YEAR, LAST_YEAR, type Store } from '../store';
import { storeData, unlessBusy } from './charts';
import { eventFilter } from './events';
import { mapBorders } from './maps';
import { router } from './router';

/** The decks' own words (slide titles, notes) are English for now: their pictures follow suit. */
const DECK_I18N = loadI18n('en');

export const PPTX_TYPE =
  'application/vnd.openxmlformats-officedocument.presentationml.presentation';

const layoutParam = z
  .enum(LAYOUTS, {
    error: (issue) => `unknown layout "${String(issue.input)}" (expected 16x9 or 4x3)`,
  })
  .default('16x9')
  .openapi({ description: 'The slides’ shape: widescreen 16:9 or standard 4:3.' });

/** The compare view's query (web/src/compare/compareState.ts), and the layout. */
const compareDeckQuery = (store: Store) =>
  eventFilter(store)
    .pick({ countries: true, categories: true })
    .extend({
      from: yearParam(FIRST_YEAR, 'First year of the span, as on the compare page.'),
      to: yearParam(LAST_YEAR, 'Last year of the span.'),
      measure: z
        .enum(COMPARISON_MEASURES, {
          error: (issue) =>
            `unknown measure "${String(issue.input)}" (expected events or fatalities)`,
        })
        .default('events')
        .openapi({ description: 'What the comparison chart counts.' }),
      layout: layoutParam,
    })
    .superRefine(orderedSpan)
    .superRefine((query, context) => {
      if (query.countries.length > 3) {
        context.addIssue({
          code: 'custom',
          path: ['countries'],
          message: 'a comparison shows at most three countries',
        });
      }
    });

const deckResponses = {
  200: {
    description: 'The deck',
    content: { [PPTX_TYPE]: { schema: z.string().openapi({ format: 'binary' }) } },
  },
  400: problemResponse('Invalid parameters'),
  503: problemResponse(`The renderer is busy; try again after Retry-After (${RETRY_AFTER_S} s).`),
};

const STORY_FILE = /^(.+)\.pptx$/;

export const deckRoutes = (store: Store) => {
  const data = storeData(store);
  const release = {
    version: store.release?.version ?? null,
    licence: store.release?.licence.id ?? null,
  };
  const download = (deck: Buffer, name: string) =>
    new Response(new Uint8Array(deck), {
      status: 200,
      headers: {
        'content-type': PPTX_TYPE,
        'content-disposition': `attachment; filename="${name}-${release.version ?? store.version}.pptx"`,
      },
    });
  /** The deck of `slides`, its chart pictures drawn from the store as /api/charts draws them. */
  async function deckOf(
    slides: Slide[],
    layout: Layout,
    origin: string,
    title: string,
    map: (slide: Extract<Slide, { kind: 'map' }>, width: number, height: number) => string,
  ) {
    // Loaded on the first deck asked for, as the charts are (see @thaw/charts/ids).
    const [{ buildChartProps }, { buildDeck }, i18n] = await Promise.all([
      import('@thaw/charts'),
      import('../deck/pptx'),
      DECK_I18N,
    ]);
    return buildDeck(
      slides,
      layout,
      {
        chart: (slide, size) => {
          const view = {
            ...slide.view,
            ...size,
            theme: 'light',
            size: 'slide',
            measure: 'events',
            ...(slide.caption ? { title: slide.title } : {}),
          } as const;
          return renderChartPng(
            slide.chart,
            buildChartProps(slide.chart, view, data, origin, i18n),
            { scale: 2 },
          );
        },
        map: (slide, size) =>
          renderSvgPng(
            `deck-map:${title}:${slide.step}:${size.width}x${size.height}`,
            map(slide, size.width, size.height),
            {
              scale: 2,
            },
          ),
      },
      // Without a release (a dataset under test), a fixed day: the zip format's first.
      {
        title,
        sourceLine: sourceLine(origin, release, i18n),
        dated: store.release?.published ?? '1980-01-01',
      },
    );
  }

  return router()
    .openapi(
      createRoute({
        method: 'get',
        path: '/api/decks/compare.pptx',
        summary: 'The comparison as a PowerPoint deck',
        description:
          'A title slide; events and deaths by year as native, editable PowerPoint charts (a column per country, the numbers of /api/stats/yearly); leaders, timeline and comparison as the chart images at 2×; the sources of what the deck shows.',
        tags: ['Decks'],
        request: { query: compareDeckQuery(store) },
        responses: deckResponses,
      }),
      (c) =>
        unlessBusy(async () => {
          const query = c.req.valid('query');
          const { compareDeckPlan } = await import('../deck/deckPlans');
          const origin = new URL(c.req.url).origin;
          const viewUrl = `${origin}/compare?countries=${query.countries.join(',')}&from=${query.from}&to=${query.to}`;
          const slides = compareDeckPlan(store, query, viewUrl);
          const title = slides[0]?.kind === 'title' ? slides[0].title : 'Comparison';
          const deck = await deckOf(slides, query.layout, origin, title, () => {
            throw new Error('a comparison deck has no map slides');
          });
          return download(
            deck,
            `thaw-atlas-compare-${query.countries.join('-')}-${query.from}-${query.to}`,
          );
        }),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/api/decks/story/{file}',
        summary: 'A story as a PowerPoint deck',
        description:
          'A title slide; a slide per step (the map at that moment with the caption, or the step’s chart), the step’s notes and sources in the speaker notes; the sources of what the deck shows.',
        tags: ['Decks'],
        request: {
          params: z.object({
            file: z
              .string()
              .regex(STORY_FILE, 'expected {id}.pptx')
              .openapi({ param: { name: 'file', in: 'path' }, example: '1956.pptx' }),
          }),
          query: z.object({ layout: layoutParam }),
        },
        responses: { ...deckResponses, 404: problemResponse('No such story') },
      }),
      (c) =>
        unlessBusy(async () => {
          const id = STORY_FILE.exec(c.req.valid('param').file)?.[1] ?? '';
          const story = store.stories.find((candidate) => candidate.id === id);
          if (!story) {
            const known = store.stories.map((candidate) => candidate.id).join(', ');
            const detail = `No story "${id.slice(0, 40)}"; known: ${known}.`;
            return c.json(problemBody(404, detail), 404, { 'content-type': PROBLEM_TYPE });
          }
          const { layout } = c.req.valid('query');
          const origin = new URL(c.req.url).origin;
          const i18n = await DECK_I18N;
          const stepMap = (index: number, width: number, height: number) => {
            const step = story.steps[index];
            if (!step) throw new Error(`story ${story.id} has no step ${index + 1}`);
            return monthMap(
              store,
              mapBorders(),
              {
                // The last month of a span, as the story presenter's map (cumulative shows all before).
                month: stepMonths(step).to,
                mode: step.mode,
                countries: step.countries,
                categories: step.categories,
                bbox: step.frame.bbox,
                highlight: step.highlight,
                title: step.title,
                width,
                height,
              },
              origin,
              i18n,
            );
          };
          const [{ storyDeckPlan }, { mapSvg }] = await Promise.all([
            import('../deck/deckPlans'),
            import('../map/mapSvg'),
          ]);
          // The events a step's map shows, at a nominal size: what is shown does not depend on it.
          const slides = storyDeckPlan(
            store,
            story,
            (index) => stepMap(index, 1600, 900).shown,
            `${origin}/story/${story.id}`,
          );
          const deck = await deckOf(slides, layout, origin, story.title, (slide, width, height) =>
            mapSvg(stepMap(slide.step, width, height).picture),
          );
          return download(deck, `thaw-atlas-story-${story.id}`);
        }),
    );
};
