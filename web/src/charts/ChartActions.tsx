/**
 * "Download and share" under a chart: the chart as PNG (as shown, 2×, a 16:9 slide), SVG and
 * CSV, and its image URL, link and embed code to copy. Every file is made from the chart's props
 * by the chart's own component, so each one is the picture and the data on the page.
 */
import { type I18n, i18n } from '@lingui/core';
import { CHARTS, type ChartId, type ChartProps, chartCsv, chartToSvg } from '@thaw/charts';
import { type ReactNode, useCallback, useId, useRef, useState } from 'react';
import { download } from '../app/download';
import { CopiedText, useCopy } from '../ui/CopiedText';
import { LazyCiteThis } from '../ui/LazyCiteThis';
import { useDismiss } from '../ui/useDismiss';
import { type RasterSize, svgToPng } from './chartImage';

/** The slide preset: a 16:9 Full HD picture with the larger type of `size=slide`. */
export const SLIDE = { width: 1920, height: 1080 } as const;

export interface ChartActionsProps<Id extends ChartId> {
  chart: Id;
  /** The chart as shown, without the page's pointer state. */
  props: ChartProps<Id>;
  /** Names every file: `thaw-atlas-events-by-year-HU-1956`. */
  filename: string;
  /** This chart in the full view. */
  link: string;
  /** The server's PNG of the chart, and the iframe and resizer that put it into another page. */
  share(forSlides: boolean): { imageUrl: string; embed: string };
}

type Copied = 'image URL' | 'link' | 'embed code';

export function ChartActions<Id extends ChartId>(actions: ChartActionsProps<Id>) {
  const { chart, props, filename } = actions;
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const [copied, copy] = useCopy<Copied>(setStatus);
  const [forSlides, setForSlides] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const panelId = useId();
  const close = useCallback(() => setOpen(false), []);

  useDismiss(open, close, toggle, panel);

  /** Draws a file; the status says what is happening, and what went wrong if anything did. */
  const run = async (working: string, done: string, task: () => Promise<void>) => {
    setStatus(working);
    try {
      await task();
      setStatus(done);
    } catch (error) {
      setStatus(
        i18n._('actions.failed', {
          error: error instanceof Error ? error.message : String(error),
        }),
      );
    }
  };
  const png = (figure: ChartProps<Id>, raster: RasterSize, suffix: string) =>
    run(
      i18n._('actions.drawingPng'),
      i18n._('cite.downloaded', { name: `${filename}${suffix}.png` }),
      async () => {
        const svg = await chartToSvg(chart, figure);
        download(await svgToPng(svg, raster), `${filename}${suffix}.png`);
      },
    );
  const shown = { width: props.width, height: props.height };
  const slide = { ...props, ...SLIDE, size: 'slide' as const };

  return (
    <div className="chart-actions">
      <button
        ref={toggle}
        type="button"
        className="button chart-actions-toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        {i18n._('actions.toggle')}
      </button>
      <div ref={panel} id={panelId} className="chart-actions-panel" hidden={!open}>
        <ActionGroup label={i18n._('actions.download')}>
          <button
            type="button"
            className="button"
            onClick={() => void png(props, { ...shown, scale: 1 }, '')}
          >
            {i18n._('explorer.downloadPng')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => void png(props, { ...shown, scale: 2 }, '@2x')}
          >
            {i18n._('actions.png2x')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => void png(slide, { ...SLIDE, scale: 1 }, '-slide')}
          >
            {i18n._('actions.slidePng')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() =>
              void run(
                i18n._('actions.drawingSvg'),
                i18n._('cite.downloaded', { name: `${filename}.svg` }),
                async () => {
                  const svg = await chartToSvg(chart, props);
                  download(new Blob([svg], { type: 'image/svg+xml' }), `${filename}.svg`);
                },
              )
            }
          >
            {i18n._('actions.svg')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => {
              const csv = chartCsv(chart, props);
              download(new Blob([csv], { type: 'text/csv;charset=utf-8' }), `${filename}.csv`);
              setStatus(i18n._('cite.downloaded', { name: `${filename}.csv` }));
            }}
          >
            {i18n._('table.downloadCsv')}
          </button>
        </ActionGroup>
        <ActionGroup label={i18n._('share.button')}>
          <label className="check">
            <input
              type="checkbox"
              checked={forSlides}
              onChange={(event) => setForSlides(event.currentTarget.checked)}
            />
            {i18n._('actions.forSlides')}
          </label>
          <button
            type="button"
            className="button"
            onClick={() => void copy('image URL', actions.share(forSlides).imageUrl)}
          >
            {i18n._('actions.copyImageUrl')}
          </button>
          <button type="button" className="button" onClick={() => void copy('link', actions.link)}>
            {i18n._('share.copyLink')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => void copy('embed code', actions.share(forSlides).embed)}
          >
            {i18n._('share.copyEmbed')}
          </button>
        </ActionGroup>
        {copied && <CopiedText copied={copied} rows={copied.what === 'embed code' ? 4 : 2} />}
        <p className="chart-actions-status" role="status">
          {status}
        </p>
        {open && (
          <LazyCiteThis title={chartTitle(chart, props)} url={() => absolute(actions.link)} />
        )}
      </div>
    </div>
  );
}

/** The title the figure shows: the caller's, else the one made from the data. */
function chartTitle<Id extends ChartId>(chart: Id, props: ChartProps<Id>): string {
  const spec = CHARTS[chart] as { title(props: ChartProps<Id>, i18n: I18n): string };
  return props.title ?? spec.title(props, i18n);
}

const absolute = (link: string) => new URL(link, window.location.href).href;

function ActionGroup({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: a group of buttons, not of form fields
    <div className="chart-actions-group" role="group" aria-label={label}>
      <span className="chart-actions-label" aria-hidden="true">
        {label}
      </span>
      {children}
    </div>
  );
}
