/**
 * Citations of what the atlas shows: a view (a map state, a chart, a story) or the dataset, named
 * with the dataset's release, the view's address and the day it was read, in the formats
 * reference managers and style guides take. Browser-safe: the web app and the server both cite.
 */

export const CITATION_FORMATS = ['apa', 'chicago', 'bibtex', 'ris', 'csl-json'] as const;
export type CitationFormat = (typeof CITATION_FORMATS)[number];

export const CITATION_FORMAT_LABELS: Record<CitationFormat, string> = {
  apa: 'APA',
  chicago: 'Chicago',
  bibtex: 'BibTeX',
  ris: 'RIS',
  'csl-json': 'CSL-JSON',
};

export interface CitedView {
  /** What is shown, as its figure or page names it. */
  title: string;
  /** The view's address: opening it shows the same view. */
  url: string;
  /** The dataset release (`/api/meta`); null when the data is not a published release. */
  version: string | null;
  /** The release's day, YYYY-MM-DD. */
  published: string | null;
  /** The day the reader saw it, YYYY-MM-DD. */
  accessed: string;
}

const AUTHOR = 'Thaw Atlas';

const parts = (day: string) => day.split('-').map(Number) as [number, number, number];

const longDate = (day: string) => {
  const [year, month, date] = parts(day);
  return new Intl.DateTimeFormat('en-US', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(Date.UTC(year, month - 1, date));
};

/** The year the release came out, else the year it was read. */
const yearOf = (view: CitedView) => (view.published ?? view.accessed).slice(0, 4);

const versionText = (view: CitedView) =>
  view.version ? `Version ${view.version}` : 'unreleased data';

/** A BibTeX key: the author, the year and the title's first words. */
const bibKey = (view: CitedView) => {
  const words = view.title
    .normalize('NFD')
    .replace(/[^A-Za-z0-9 ]/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 3)
    .map((word) => word.toLowerCase());
  return ['thawatlas', yearOf(view), ...words].join('-');
};

/** BibTeX's special characters, escaped, and capitals kept by braces. */
const bibText = (text: string) => `{${text.replace(/([\\{}%&$#_^~])/g, '\\$1')}}`;

const FORMATTERS: Record<CitationFormat, (view: CitedView) => string> = {
  apa: (view) =>
    `${AUTHOR}. (${yearOf(view)}). ${view.title} (${versionText(view)}) [Data set]. Retrieved ${longDate(view.accessed)}, from ${view.url}`,
  chicago: (view) =>
    `${AUTHOR}. "${view.title}." ${versionText(view)}${view.published ? `, ${longDate(view.published)}` : ''}. Accessed ${longDate(view.accessed)}. ${view.url}.`,
  bibtex: (view) =>
    [
      `@misc{${bibKey(view)},`,
      `  author = {${bibText(AUTHOR)}},`,
      `  title = ${bibText(view.title)},`,
      `  year = {${yearOf(view)}},`,
      ...(view.version ? [`  version = {${view.version}},`] : []),
      `  howpublished = {\\url{${view.url}}},`,
      `  url = {${view.url}},`,
      `  urldate = {${view.accessed}},`,
      `  note = {${versionText(view)}. Data set},`,
      '}',
    ].join('\n'),
  ris: (view) =>
    [
      'TY  - DATA',
      `AU  - ${AUTHOR}`,
      `TI  - ${view.title}`,
      `PY  - ${yearOf(view)}`,
      ...(view.version ? [`ET  - ${view.version}`] : []),
      `UR  - ${view.url}`,
      `Y2  - ${view.accessed.replaceAll('-', '/')}`,
      `PB  - ${AUTHOR}`,
      'ER  - ',
    ].join('\r\n'),
  'csl-json': (view) =>
    JSON.stringify(
      [
        {
          id: bibKey(view),
          type: 'dataset',
          title: view.title,
          author: [{ literal: AUTHOR }],
          publisher: AUTHOR,
          ...(view.version ? { version: view.version } : {}),
          issued: { 'date-parts': [parts(view.published ?? view.accessed)] },
          accessed: { 'date-parts': [parts(view.accessed)] },
          URL: view.url,
        },
      ],
      null,
      2,
    ),
};

export const formatCitation = (format: CitationFormat, view: CitedView): string =>
  FORMATTERS[format](view);
