import { describe, expect, it } from 'vitest';
import { CITATION_FORMATS, type CitedView, formatCitation } from '../src/cite';

const view: CitedView = {
  title: 'Events by year, 1953–1968 · Poland, Hungary',
  url: 'https://atlas.example/embed/events-by-year?countries=PL,HU',
  version: '1.0.0',
  published: '2026-12-06',
  accessed: '2027-01-15',
};

describe('formatCitation', () => {
  it('names the atlas, the view, the release, the address and the day read, in APA', () => {
    expect(formatCitation('apa', view)).toBe(
      'Thaw Atlas. (2026). Events by year, 1953–1968 · Poland, Hungary (Version 1.0.0) [Data set]. Retrieved January 15, 2027, from https://atlas.example/embed/events-by-year?countries=PL,HU',
    );
  });

  it('and in Chicago', () => {
    expect(formatCitation('chicago', view)).toBe(
      'Thaw Atlas. "Events by year, 1953–1968 · Poland, Hungary." Version 1.0.0, December 6, 2026. Accessed January 15, 2027. https://atlas.example/embed/events-by-year?countries=PL,HU.',
    );
  });

  it('writes BibTeX with its special characters escaped and a key from the title', () => {
    const bib = formatCitation('bibtex', { ...view, title: 'Deaths & volleys_1956' });
    expect(bib).toMatch(/^@misc\{thawatlas-2026-deaths-volleys-1956,\n/);
    expect(bib).toContain('title = {Deaths \\& volleys\\_1956},');
    expect(bib).toContain('version = {1.0.0},');
    expect(bib).toContain('urldate = {2027-01-15},');
    expect(bib.endsWith('\n}')).toBe(true);
  });

  it('writes RIS records a reference manager reads: tagged lines, CRLF, ending in ER', () => {
    const lines = formatCitation('ris', view).split('\r\n');
    expect(lines[0]).toBe('TY  - DATA');
    expect(lines).toContain('ET  - 1.0.0');
    expect(lines).toContain('Y2  - 2027/01/15');
    expect(lines.at(-1)).toBe('ER  - ');
    for (const line of lines) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
  });

  it('writes CSL-JSON as an array of one dataset item with date parts', () => {
    const [item] = JSON.parse(formatCitation('csl-json', view));
    expect(item).toMatchObject({
      type: 'dataset',
      title: view.title,
      version: '1.0.0',
      URL: view.url,
      issued: { 'date-parts': [[2026, 12, 6]] },
      accessed: { 'date-parts': [[2027, 1, 15]] },
    });
  });

  it('says when the data is not a release, in every format', () => {
    const unreleased = { ...view, version: null, published: null };
    for (const format of CITATION_FORMATS) {
      const text = formatCitation(format, unreleased);
      expect(text, format).not.toContain('1.0.0');
      expect(text, format).toContain('2027');
    }
    expect(formatCitation('apa', unreleased)).toContain('(unreleased data)');
  });
});
