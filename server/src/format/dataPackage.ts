/**
 * The data as a package: the events, leaders, places and sources as CSV in one zip, with a README
 * that describes every column, says how to cite this release and under which licence it is.
 * The columns are the ones the API's CSV writes, described where they are defined.
 */

import type { GazetteerEntry, Source, Tenure } from '@thaw/data';
import { formatCsv } from '@thaw/data';
import { formatCitation } from '@thaw/data/cite';
import { citationsCell, EVENT_COLUMNS } from '@thaw/data/event-columns';
import { strToU8, zipSync } from 'fflate';
import type { Meta } from '../routes/meta';
import type { Store } from '../store';

interface Column<Row> {
  name: string;
  description: string;
  value(row: Row): string | number | boolean | null | undefined;
}

interface Table<Row> {
  file: string;
  about: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
}

const LEADER_COLUMNS: readonly Column<Tenure>[] = [
  { name: 'country', description: 'SU, PL or HU.', value: (t) => t.country },
  {
    name: 'role',
    description:
      'party (its first secretary), government (the premier) or state (the head of state).',
    value: (t) => t.role,
  },
  {
    name: 'person',
    description: 'Who held the office; empty for a vacancy.',
    value: (t) => t.person,
  },
  { name: 'office', description: "The office's name in English.", value: (t) => t.office },
  { name: 'start', description: 'The first day in office, YYYY-MM-DD.', value: (t) => t.start },
  {
    name: 'end',
    description: 'The last day, YYYY-MM-DD; empty while the tenure lasts beyond 1968.',
    value: (t) => t.end,
  },
  {
    name: 'endedBy',
    description: 'How it ended: regular, death, ouster or resignation.',
    value: (t) => t.endedBy,
  },
  {
    name: 'citations',
    description: 'source-id or source-id@locator, semicolon-separated.',
    value: (t) => citationsCell(t.citations),
  },
];

const PLACE_COLUMNS: readonly Column<GazetteerEntry>[] = [
  { name: 'id', description: "The place's id, as events.csv names it.", value: (p) => p.id },
  { name: 'name', description: 'The modern English name.', value: (p) => p.modernName },
  { name: 'localName', description: 'The modern local name.', value: (p) => p.localName },
  { name: 'lat', description: 'Latitude, WGS 84 degrees.', value: (p) => p.lat },
  { name: 'lon', description: 'Longitude, WGS 84 degrees.', value: (p) => p.lon },
  {
    name: 'precision',
    description: 'What the point stands for: exact (a site), city, region or country.',
    value: (p) => p.precision,
  },
  { name: 'city', description: 'For a site, the id of its city.', value: (p) => p.city },
  {
    name: 'country',
    description: 'The state its point lies in on the 1953–1968 map.',
    value: (p) => p.country,
  },
  {
    name: 'periodNames',
    description: 'Its names in the period: English name (local name) from–to, semicolon-separated.',
    value: (p) =>
      p.names.map((n) => `${n.name} (${n.localName}) ${n.from ?? ''}–${n.to ?? ''}`).join(';'),
  },
];

const SOURCE_COLUMNS: readonly Column<Source>[] = [
  { name: 'id', description: 'The id the citations use.', value: (s) => s.id },
  {
    name: 'kind',
    description: 'book, report, chapter, article, newspaper, document or web.',
    value: (s) => s.kind,
  },
  { name: 'author', description: 'The author or authors.', value: (s) => s.author },
  { name: 'title', description: 'The title.', value: (s) => s.title },
  { name: 'year', description: 'The year of publication.', value: (s) => s.year },
  { name: 'publisher', description: 'The publisher, journal or site.', value: (s) => s.publisher },
  { name: 'url', description: 'Where it can be read, if online.', value: (s) => s.url },
];

const tableCsv = <Row>({ columns, rows }: Table<Row>) =>
  formatCsv(
    columns.map((column) => column.name),
    rows.map((row) => columns.map((column) => column.value(row))),
  );

function readme(meta: Meta, tables: readonly Table<never>[], url: string) {
  const view = {
    title:
      'Thaw Atlas dataset: protests, interventions and leadership changes in the Soviet Union, Poland and Hungary, 1953–1968',
    url,
    version: meta.version,
    published: meta.published,
    // The package's bytes are the same every day (the response is cached and shared by
    // instances), so it names its release's day; the reader's citation names theirs.
    accessed: meta.published ?? meta.period.end,
  };
  const licence = meta.licence
    ? `${meta.licence.name} (${meta.licence.id}): ${meta.licence.url}. Credit "Thaw Atlas" and name the release.`
    : 'These datasets are not a published release of the atlas; ask their publisher for the terms.';
  return [
    '# Thaw Atlas dataset',
    '',
    `Release ${meta.version ?? '(unreleased)'}${meta.published ? ` of ${meta.published}` : ''}; contents ${meta.contents}. ${meta.counts.events} events, ${meta.counts.tenures} tenures, ${meta.counts.places} places, ${meta.counts.sources} sources, ${meta.period.start} to ${meta.period.end}.`,
    '',
    '## Licence',
    '',
    licence,
    '',
    '## How to cite',
    '',
    formatCitation('apa', view),
    '',
    'Put the day you downloaded the data in place of the day above.',
    '',
    '```bibtex',
    formatCitation('bibtex', view),
    '```',
    '',
    '## Deaths',
    '',
    "fatalitiesLow and fatalitiesHigh count all deaths an event caused, on all sides. A part (partOf) lies inside its whole: its deaths are among the whole's, so add up only events with no partOf.",
    '',
    ...tables.flatMap((table) => [
      `## ${table.file}`,
      '',
      table.about,
      '',
      '| column | what it holds |',
      '| --- | --- |',
      ...table.columns.map((column) => `| ${column.name} | ${column.description} |`),
      '',
    ]),
  ].join('\n');
}

/** The zip's files, by name. */
export function dataPackage(store: Store, meta: Meta, url: string) {
  const tables = [
    {
      file: 'events.csv',
      about:
        "One row per event, every country, in date order (the API's `/api/events?format=csv`).",
      columns: EVENT_COLUMNS,
      rows: store.events,
    },
    {
      file: 'leaders.csv',
      about: 'One row per tenure of the three offices, 1953–1968.',
      columns: LEADER_COLUMNS,
      rows: store.tenures,
    },
    {
      file: 'places.csv',
      about: 'The gazetteer: every place the events name, once, with its names of the period.',
      columns: PLACE_COLUMNS,
      rows: store.places,
    },
    {
      file: 'sources.csv',
      about: 'The bibliography: every work cited.',
      columns: SOURCE_COLUMNS,
      rows: store.sources,
    },
  ] as const;
  const files: Record<string, Uint8Array> = {
    'thaw-atlas/README.md': strToU8(readme(meta, tables as never, url)),
  };
  for (const table of tables) {
    files[`thaw-atlas/${table.file}`] = strToU8(tableCsv(table as Table<unknown>));
  }
  // A fixed time for every entry: the same data gives the same bytes, on every instance.
  return zipSync(files, { level: 6, mtime: new Date('1980-01-01T00:00:00Z') });
}
