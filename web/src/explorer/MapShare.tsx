/**
 * "Share" beside the map: a link to this view and the code that embeds the map in another page,
 * both at the frame on screen, so that whoever opens them sees what the reader sees.
 */
import { i18n } from '@lingui/core';
import { useCallback, useId, useRef, useState } from 'react';
import { CopiedText, useCopy } from '../ui/CopiedText';
import { LazyCiteThis } from '../ui/LazyCiteThis';
import { useDismiss } from '../ui/useDismiss';

export interface MapShareProps {
  /** Made when asked for: the frame is the camera's at that moment. */
  share(): { link: string; embed: string };
  /** What the view shows, as a citation names it. */
  title: string;
}

type Copied = 'link' | 'embed code';

export function MapShare({ share, title }: MapShareProps) {
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const [copied, copy] = useCopy<Copied>(setStatus);
  const toggle = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const panelId = useId();
  const close = useCallback(() => setOpen(false), []);
  useDismiss(open, close, toggle, panel);

  return (
    <div className="chart-actions map-share">
      <button
        ref={toggle}
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        {i18n._('share.button')}
      </button>
      <div ref={panel} id={panelId} className="chart-actions-panel" hidden={!open}>
        <p className="map-share-hint">{i18n._('share.mapHint')}</p>
        {/* biome-ignore lint/a11y/useSemanticElements: a group of buttons, not of form fields */}
        <div className="chart-actions-group" role="group" aria-label={i18n._('share.button')}>
          <button type="button" className="button" onClick={() => void copy('link', share().link)}>
            {i18n._('share.copyLink')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => void copy('embed code', share().embed)}
          >
            {i18n._('share.copyEmbed')}
          </button>
        </div>
        {copied && <CopiedText copied={copied} rows={copied.what === 'embed code' ? 4 : 2} />}
        <p className="chart-actions-status" role="status">
          {status}
        </p>
        {open && <LazyCiteThis title={title} url={() => share().link} />}
        <p className="map-share-hint">
          <a href="/api/data.zip" download>
            {i18n._('share.downloadData')}
          </a>{' '}
          {i18n._('share.downloadDataHint')}
        </p>
      </div>
    </div>
  );
}
