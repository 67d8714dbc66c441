/**
 * Chart and map images in each language (`lang`): their words are the language's, a bad `lang`
 * is a 400 naming it, and no text runs outside the picture, measured with the charts' own text
 * widths (web/charts/src/text.ts, Noto Sans's advances), in the languages whose words are longest.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHART_IDS } from '@thaw/charts';
import { type FontWeight, textWidth } from '@thaw/charts/text';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS } from '../support/browser';
import { api, expectProblem, raw } from './http';

const LANGUAGES = ['en', 'pl', 'hu', 'ru'] as const;

/** Each <text>'s extent along x, from its anchor, size and weight. */
function overflowing(svg: string, width: number): string[] {
  const { document } = new JSDOM(svg, { contentType: 'image/svg+xml' }).window;
  const out: string[] = [];
  for (const text of document.querySelectorAll('text')) {
    // A <title> inside is a tooltip, not drawn.
    const content = [...text.childNodes]
      .filter((node) => node.nodeName !== 'title')
      .map((node) => node.textContent)
      .join('')
      .trim();
    if (!content) continue;
    const inherited = (name: string) => text.closest(`[${name}]`)?.getAttribute(name) ?? null;
    const size = Number(inherited('font-size') ?? 12);
    const weight: FontWeight = inherited('font-weight') === '700' ? 'bold' : 'normal';
    // recharts positions a tick's text on its <tspan>; others carry x themselves.
    const x = Number(text.querySelector('tspan[x]')?.getAttribute('x') ?? text.getAttribute('x'));
    const transform = /translate\(([-\d.]+)/.exec(
      text.closest('[transform]')?.getAttribute('transform') ?? '',
    );
    const left0 = x + (transform ? Number(transform[1]) : 0);
    const w = textWidth(content, size, weight);
    const anchor = inherited('text-anchor') ?? 'start';
    const left = anchor === 'middle' ? left0 - w / 2 : anchor === 'end' ? left0 - w : left0;
    if (left < -0.5 || left + w > width + 0.5) {
      out.push(`${content} (${Math.round(left)}…${Math.round(left + w)} of ${width})`);
    }
  }
  return out;
}

describe('images in the reader’s language', () => {
  it('draws /api/charts/timeline.png?lang=ru in Russian', async () => {
    const svg = await api<string>('/api/charts/timeline.svg?lang=ru');
    expect(svg.status).toBe(200);
    expect(svg.body).toContain('Хронология событий');
    expect(svg.body).toContain('Источник:');
    expect(svg.body).not.toContain('Source:');
    const png = await raw('/api/charts/timeline.png?lang=ru');
    expect(png.status).toBe(200);
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(join(ARTIFACTS, 'i18n-timeline-ru.png'), png.body);
  });

  it('names its words in each language, English by default', async () => {
    const titles = {
      en: 'Events by year',
      pl: 'Wydarzenia według lat',
      hu: 'Események évenként',
      ru: 'События по годам',
    };
    for (const lang of LANGUAGES) {
      const { body } = await api<string>(`/api/charts/events-by-year.svg?lang=${lang}`);
      expect(body, lang).toContain(titles[lang]);
    }
    expect((await api<string>('/api/charts/events-by-year.svg')).body).toContain(titles.en);
    const map = await api<string>('/api/maps/1956-10.svg?lang=hu');
    expect(map.status).toBe(200);
    expect(map.body).toContain('1956. október');
  });

  it('refuses a language it does not speak, naming the parameter', async () => {
    const problem = await expectProblem('/api/charts/timeline.svg?lang=de', 400);
    expect(problem.invalid?.map((issue) => issue.param)).toContain('lang');
  });

  it.each(CHART_IDS)(
    'keeps every text of %s inside the picture in every language',
    async (chart) => {
      for (const lang of LANGUAGES) {
        for (const [width, height] of [
          [1600, 900],
          [640, 360],
        ] as const) {
          const url = `/api/charts/${chart}.svg?lang=${lang}&width=${width}&height=${height}&countries=SU,PL,HU`;
          const { status, body } = await api<string>(url);
          expect(status, url).toBe(200);
          expect(overflowing(body, width), url).toEqual([]);
        }
      }
    },
  );
});
