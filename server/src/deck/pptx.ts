/**
 * A deck's plan drawn as a .pptx with pptxgenjs: native, editable charts for the counts, the
 * server's PNGs at 2× for the other charts and the maps, speaker notes, and the source line with
 * the licence on every slide that does not carry it in its picture.
 */

import { FONT_FAMILY, THEMES } from '@thaw/charts';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import PptxGenJS from 'pptxgenjs';
import { type Layout, SLIDE_SIZE, type Slide, sharedTop, sourceEntry } from './plan';

/** Pixels per inch of the pictures' CSS size: a 12-inch image is drawn 1600 px wide, then 2×. */
const PICTURE_DPI = 128;

export interface PictureSize {
  width: number;
  height: number;
}

/** Where the deck's pictures come from: PNGs of `size` CSS pixels, drawn at 2×. */
export interface DeckPictures {
  chart(slide: Extract<Slide, { kind: 'image' }>, size: PictureSize): Promise<Buffer>;
  map(slide: Extract<Slide, { kind: 'map' }>, size: PictureSize): Promise<Buffer>;
}

export interface DeckText {
  /** The deck's title, in its properties. */
  title: string;
  /** "Source: Thaw Atlas dataset v1.0.0, CC BY 4.0, …/api/sources". */
  sourceLine: string;
  /** The day the deck's files and properties are dated (YYYY-MM-DD): the data's release. */
  dated: string;
}

const INK = THEMES.light.text.slice(1);
const MUTED = THEMES.light.muted.slice(1);
const GRID = THEMES.light.grid.slice(1);
const MARGIN = 0.4;
const font = { fontFace: FONT_FAMILY, color: INK };

/** The boxes of a layout, in inches. */
export function slideBoxes(layout: Layout) {
  const { width, height } = SLIDE_SIZE[layout];
  const inner = width - 2 * MARGIN;
  return {
    width,
    height,
    /** A chart's picture: the whole slide within the margins. */
    chart: { x: MARGIN, y: 0.3, w: inner, h: height - 0.6 },
    /** A map's picture, the caption beneath. */
    map: { x: MARGIN, y: 0.55, w: inner, h: height - 2.15 },
    caption: { x: MARGIN, y: height - 1.55, w: inner, h: 1.15 },
    footer: { x: MARGIN, y: height - 0.4, w: inner, h: 0.3 },
  };
}

const pixels = (box: { w: number; h: number }): PictureSize => ({
  width: Math.round(box.w * PICTURE_DPI),
  height: Math.round(box.h * PICTURE_DPI),
});

const png = (image: Buffer) => `image/png;base64,${image.toString('base64')}`;

export async function buildDeck(
  slides: readonly Slide[],
  layout: Layout,
  pictures: DeckPictures,
  text: DeckText,
): Promise<Buffer> {
  const deck = new PptxGenJS();
  deck.layout = layout === '16x9' ? 'LAYOUT_WIDE' : 'LAYOUT_4x3';
  deck.title = text.title;
  deck.author = 'Thaw Atlas';
  deck.company = 'Thaw Atlas';
  deck.subject = text.sourceLine;
  const boxes = slideBoxes(layout);
  const footer = (slide: PptxGenJS.Slide) =>
    slide.addText(text.sourceLine, { ...boxes.footer, ...font, fontSize: 10, color: MUTED });

  const slideTitle = (slide: PptxGenJS.Slide, title: string) =>
    slide.addText(title, {
      x: MARGIN,
      y: 0.3,
      w: boxes.width - 2 * MARGIN,
      h: 0.6,
      ...font,
      fontSize: 24,
      bold: true,
    });
  const caption = (slide: PptxGenJS.Slide, text: string) =>
    slide.addText(text, { ...boxes.caption, ...font, fontSize: 15, valign: 'top' });

  const stepLabel = (slide: PptxGenJS.Slide, label: string) =>
    slide.addText(label, {
      x: MARGIN,
      y: 0.15,
      w: boxes.width - 2 * MARGIN,
      h: 0.35,
      ...font,
      fontSize: 12,
      color: MUTED,
    });

  // In order: each picture is drawn when its slide is, keeping the render queue short.
  for (const plan of slides) {
    const slide = deck.addSlide();
    switch (plan.kind) {
      case 'title': {
        slide.addText('Thaw Atlas', {
          x: MARGIN,
          y: 1.0,
          w: boxes.width - 2 * MARGIN,
          h: 0.5,
          ...font,
          fontSize: 18,
          color: MUTED,
        });
        slide.addText(plan.title, {
          x: MARGIN,
          y: 1.6,
          w: boxes.width - 2 * MARGIN,
          h: 1.6,
          ...font,
          fontSize: 34,
          bold: true,
          valign: 'top',
        });
        slide.addText(
          plan.lines.map((line) => ({ text: line, options: { breakLine: true } })),
          {
            x: MARGIN,
            y: 3.5,
            w: boxes.width - 2 * MARGIN,
            h: 3.0,
            ...font,
            fontSize: 15,
            valign: 'top',
            paraSpaceAfter: 6,
          },
        );
        footer(slide);
        break;
      }
      case 'native': {
        slideTitle(slide, plan.title);
        const top = sharedTop(plan.columns);
        const gap = 0.2;
        const chartsTop = 1.0;
        const chartsHeight = boxes.height - chartsTop - (plan.caption ? 2.0 : 1.0);
        const width =
          (boxes.width - 2 * MARGIN - gap * (plan.columns.length - 1)) / plan.columns.length;
        plan.columns.forEach((column, index) => {
          slide.addChart(
            deck.ChartType.bar,
            column.series.map((series) => ({
              name: series.name,
              labels: column.labels,
              values: series.values,
            })),
            {
              x: MARGIN + index * (width + gap),
              y: chartsTop,
              w: width,
              h: chartsHeight,
              barDir: 'col',
              barGrouping: 'stacked',
              barGapWidthPct: 40,
              chartColors: column.series.map((series) => series.color.slice(1)),
              showTitle: true,
              title: column.title,
              titleFontFace: FONT_FAMILY,
              titleFontSize: 14,
              titleColor: INK,
              showLegend: true,
              legendPos: 'b',
              legendFontFace: FONT_FAMILY,
              legendFontSize: 10,
              catAxisLabelFontSize: 9,
              catAxisLabelFontFace: FONT_FAMILY,
              catAxisLabelRotate: column.labels.length > 8 ? -45 : 0,
              valAxisLabelFontSize: 9,
              valAxisLabelFontFace: FONT_FAMILY,
              valAxisMaxVal: top > 0 ? top : 1,
              valAxisMinVal: 0,
              valGridLine: { color: GRID, size: 0.5 },
            },
          );
        });
        if (plan.caption) {
          caption(slide, plan.caption);
        }
        slide.addText(plan.note ?? '', {
          x: MARGIN,
          y: boxes.height - 0.7,
          w: boxes.width - 2 * MARGIN,
          h: 0.3,
          ...font,
          fontSize: 10,
          color: MUTED,
        });
        footer(slide);
        slide.addNotes(plan.notes);
        break;
      }
      case 'image': {
        if (plan.label) stepLabel(slide, plan.label);
        const box = plan.caption ? boxes.map : boxes.chart;
        const image = await pictures.chart(plan, pixels(box));
        slide.addImage({ data: png(image), ...box, altText: plan.title });
        if (plan.caption) {
          caption(slide, plan.caption);
        }
        slide.addNotes(plan.notes);
        break;
      }
      case 'map': {
        stepLabel(slide, plan.label);
        const image = await pictures.map(plan, pixels(boxes.map));
        slide.addImage({
          data: png(image),
          ...boxes.map,
          altText: `${plan.title}: ${plan.caption}`,
        });
        caption(slide, plan.caption);
        slide.addNotes(plan.notes);
        break;
      }
      case 'sources': {
        slideTitle(slide, plan.title);
        // The lead above the list, on the first slide only.
        const leadHeight = plan.lead.length > 0 ? 0.35 * plan.lead.length + 0.2 : 0;
        if (plan.lead.length > 0) {
          slide.addText(
            plan.lead.map((line) => ({ text: line, options: { breakLine: true } })),
            {
              x: MARGIN,
              y: 1.0,
              w: boxes.width - 2 * MARGIN,
              h: leadHeight,
              ...font,
              fontSize: 13,
              valign: 'top',
              paraSpaceAfter: 4,
            },
          );
        }
        const half = Math.ceil(plan.sources.length / 2);
        const columnWidth = (boxes.width - 2 * MARGIN - 0.3) / 2;
        [plan.sources.slice(0, half), plan.sources.slice(half)].forEach((sources, index) => {
          if (sources.length === 0) return;
          slide.addText(
            sources.map((source) => ({ text: sourceEntry(source), options: { breakLine: true } })),
            {
              x: MARGIN + index * (columnWidth + 0.3),
              y: 1.0 + leadHeight,
              w: columnWidth,
              h: boxes.height - 1.6 - leadHeight,
              ...font,
              fontSize: 9,
              valign: 'top',
              paraSpaceAfter: 4,
              fit: 'shrink',
            },
          );
        });
        footer(slide);
        break;
      }
    }
  }
  const written = await deck.write({ outputType: 'uint8array', compression: false });
  return dated(written as Uint8Array, text.dated);
}

/**
 * The deck dated `day` throughout, so that every instance writes the same bytes (and ETag) for
 * the same request: pptxgenjs stamps the zip's entries and the document's properties, its own
 * and those of the native charts' embedded workbooks, with the time of writing.
 */
function dated(pptx: Uint8Array, day: string): Buffer {
  const when = `${day}T00:00:00Z`;
  const files = unzipSync(pptx);
  for (const [name, contents] of Object.entries(files)) {
    if (name.endsWith('.xlsx')) files[name] = dated(contents, day);
  }
  const core = files[CORE_PROPERTIES];
  if (core) {
    const stamps = /(<dcterms:(?:created|modified)\b[^>]*>)[^<]*/g;
    files[CORE_PROPERTIES] = strToU8(strFromU8(core).replace(stamps, `$1${when}`));
  }
  return Buffer.from(zipSync(files, { level: 6, mtime: new Date(when) }));
}

const CORE_PROPERTIES = 'docProps/core.xml';
