/**
 * "Cite this": a citation of exactly what is shown — its title, the dataset's release, the view's
 * address and today's date — in the format a reader's style guide or reference manager takes,
 * to copy or to download as a file the manager imports.
 */
import { i18n } from '@lingui/core';
import { useQuery } from '@tanstack/react-query';
import {
  CITATION_FORMAT_LABELS,
  CITATION_FORMATS,
  type CitationFormat,
  formatCitation,
} from '@thaw/data/cite';
import { useId, useState } from 'react';
import { metaQuery } from '../api/queries';
import { download } from '../app/download';
import { useCopy } from './CopiedText';

/** The file each format downloads as, where reference managers import it from. */
const FILES: Partial<Record<CitationFormat, { extension: string; type: string }>> = {
  bibtex: { extension: 'bib', type: 'application/x-bibtex' },
  ris: { extension: 'ris', type: 'application/x-research-info-systems' },
  'csl-json': { extension: 'json', type: 'application/vnd.citationstyles.csl+json' },
};

/** Today, as the reader's calendar has it. */
const today = () => {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
};

export interface CiteThisProps {
  /** What is shown, as its figure or page names it. */
  title: string;
  /** Made when asked for: the address of the view as it is now. */
  url(): string;
}

export function CiteThis({ title, url }: CiteThisProps) {
  const meta = useQuery(metaQuery());
  const [format, setFormat] = useState<CitationFormat>('apa');
  const [status, setStatus] = useState('');
  const [, copy] = useCopy<'citation'>(setStatus);
  const id = useId();
  const citation = formatCitation(format, {
    title,
    url: url(),
    version: meta.data?.version ?? null,
    published: meta.data?.published ?? null,
    accessed: today(),
  });
  const file = FILES[format];

  return (
    <details className="cite-this">
      <summary>{i18n._('cite.summary')}</summary>
      <label className="cite-this-format" htmlFor={`${id}-format`}>
        {i18n._('cite.format')}{' '}
        <select
          id={`${id}-format`}
          value={format}
          onChange={(event) => setFormat(event.currentTarget.value as CitationFormat)}
        >
          {CITATION_FORMATS.map((option) => (
            <option key={option} value={option}>
              {CITATION_FORMAT_LABELS[option]}
            </option>
          ))}
        </select>
      </label>
      <label className="chart-actions-copied">
        <span className="visually-hidden">{i18n._('cite.citation')}</span>
        <textarea
          readOnly
          value={citation}
          rows={format === 'apa' || format === 'chicago' ? 4 : 8}
          onFocus={(event) => event.currentTarget.select()}
          data-testid="citation"
        />
      </label>
      {meta.isError && <p className="cite-this-note">{i18n._('cite.noRelease')}</p>}
      <div className="chart-actions-group">
        <button type="button" className="button" onClick={() => void copy('citation', citation)}>
          {i18n._('cite.copy')}
        </button>
        {file && (
          <button
            type="button"
            className="button"
            onClick={() => {
              const name = `thaw-atlas-citation.${file.extension}`;
              download(new Blob([citation], { type: file.type }), name);
              setStatus(i18n._('cite.downloaded', { name }));
            }}
          >
            {i18n._('cite.download', { extension: file.extension })}
          </button>
        )}
      </div>
      <p className="chart-actions-status" role="status">
        {status}
      </p>
    </details>
  );
}
