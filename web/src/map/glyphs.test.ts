import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PbfReader } from 'pbf';
import { describe, expect, it } from 'vitest';
import { FONT_REGULAR, FONT_SEMIBOLD } from './fonts';

/** The glyph ranges web/scripts/build-glyphs.ts writes, and the columns the map labels with. */
const GLYPHS = join(import.meta.dirname, '../../public/glyphs');
const DATASETS = join(import.meta.dirname, '../../../data/datasets');
const LABELLED: Record<string, string[]> = {
  'countries.csv': ['name', 'capitalName'],
  'states.csv': ['capitalName', 'capitalLocalName'],
  'places.csv': ['name'],
  'place-names.csv': ['name'],
};
/** What the labels' expressions add (layers.ts): "Stalinogród (today Katowice)". */
const LABEL_WORDS = '(today )';

/** The values of `columns` in a CSV file (quoted fields with commas and doubled quotes too). */
function columnValues(file: string, columns: readonly string[]): string[] {
  const rows = readFileSync(join(DATASETS, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) =>
      [...line.matchAll(/(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g)].map(
        ([, quoted, plain]) => quoted?.replaceAll('""', '"') ?? plain ?? '',
      ),
    );
  const [header = [], ...records] = rows;
  const at = columns.map((column) => header.indexOf(column));
  expect(at, `${file} lacks one of ${columns.join(', ')}`).not.toContain(-1);
  return records.flatMap((record) => at.map((index) => record[index] ?? ''));
}

interface Glyph {
  id: number;
  bitmap?: Uint8Array;
  width: number;
  height: number;
}

/** The glyphs of a fontstack, read as MapLibre reads a range (its glyphs.proto). */
function glyphsOf(fontstack: string): Map<number, Glyph> {
  const glyphs = new Map<number, Glyph>();
  for (const file of readdirSync(join(GLYPHS, fontstack))) {
    const pbf = new PbfReader(readFileSync(join(GLYPHS, fontstack, file)));
    pbf.readFields((tag) => {
      if (tag !== 1) return;
      pbf.readMessage((field) => {
        if (field !== 3) return;
        const glyph = pbf.readMessage(
          (key, into: Glyph) => {
            if (key === 1) into.id = pbf.readVarint();
            else if (key === 2) into.bitmap = pbf.readBytes();
            else if (key === 3) into.width = pbf.readVarint();
            else if (key === 4) into.height = pbf.readVarint();
          },
          { id: -1, width: 0, height: 0 },
        );
        glyphs.set(glyph.id, glyph);
      }, null);
    }, null);
  }
  return glyphs;
}

describe('the map glyph ranges', () => {
  const labels = Object.entries(LABELLED).flatMap(([file, columns]) => columnValues(file, columns));
  const characters = new Set(
    [...labels, LABEL_WORDS].flatMap((label) => [...label.toUpperCase(), ...label]),
  );

  for (const fontstack of [FONT_REGULAR[0], FONT_SEMIBOLD[0]]) {
    it(`draws every character of the places' and countries' names in ${fontstack}`, () => {
      const glyphs = glyphsOf(fontstack ?? '');
      const missing = [...characters].filter((character) => {
        const glyph = glyphs.get(character.codePointAt(0) ?? 0);
        return !glyph || (character.trim() !== '' && !glyph.bitmap?.length);
      });
      expect(missing).toEqual([]);
      // Poznań, Mosonmagyaróvár, Łódź, Москва: each script's letters have their shapes.
      for (const letter of 'ńóŁźМосква') {
        const glyph = glyphs.get(letter.codePointAt(0) ?? 0);
        expect(glyph?.bitmap?.length).toBe(((glyph?.width ?? 0) + 6) * ((glyph?.height ?? 0) + 6));
      }
    });
  }
});
