/**
 * The look shared by every chart and by the map: category colours and shapes, country
 * colours, themes and type sizes. Change a colour here and the map, the web charts and the
 * slide images change together.
 */
import type { Category, Manner } from '@thaw/data/schema';
import { Category as CategorySchema } from '@thaw/data/schema';
import type { CountryRef } from './Figure';
import type { FigureSize, ThemeName } from './view';

export const FONT_FAMILY = 'Noto Sans';
/** The font stack written into SVG: the shipped font first, then whatever the reader has. */
export const FONT_STACK = `'${FONT_FAMILY}', 'Helvetica Neue', Arial, sans-serif`;

/** Categories in the order legends, stacks and CSV columns use. */
export const CATEGORIES: readonly Category[] = CategorySchema.options;

/** Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. */
export const CATEGORY_COLORS: Record<Category, string> = {
  protest: '#D55E00',
  intervention: '#0072B2',
  leadership: '#E69F00',
  milestone: '#009E73',
};

export type MarkerShape = 'circle' | 'triangle' | 'diamond' | 'square';

/** A second cue besides colour, so that categories read in greyscale and for every reader. */
export const CATEGORY_SHAPES: Record<Category, MarkerShape> = {
  protest: 'circle',
  intervention: 'triangle',
  leadership: 'diamond',
  milestone: 'square',
};

/**
 * The map's ground: sea, land, the chosen countries' land and the borders. The web map
 * (MapLibre) and the server's map images (the decks' maps) both draw with these.
 */
export const MAP_GROUND = {
  water: '#d9e4ec',
  land: '#f3f1ec',
  focusLand: '#f8ecd2',
  border: '#a7adb4',
  focusBorder: '#7b6f5c',
} as const;

/**
 * A country's series colour: its own from `states.csv` (Paul Tol's "bright" scheme, colour-blind
 * safe and apart from the category colours), else a spare one by its place in the chart.
 */
const SPARE_COUNTRY_COLORS = ['#66CCEE', '#BBBBBB'];

export function countryColor(country: CountryRef | undefined, index = 0): string {
  return country?.color ?? SPARE_COUNTRY_COLORS[index % SPARE_COUNTRY_COLORS.length] ?? '#888';
}

export const MANNER_LABELS: Record<Manner, string> = {
  regular: 'Regular succession',
  death: 'Died in office',
  ouster: 'Ousted',
  resignation: 'Resigned',
};

export const ROLE_LABELS = {
  party: 'Party',
  government: 'Government',
  state: 'Head of state',
} as const;

export interface ThemeColors {
  /** `none` leaves the figure see-through. */
  background: string;
  text: string;
  muted: string;
  grid: string;
  axis: string;
  /** Drawn around marks and labels so that they stay legible where they overlap. */
  halo: string;
  /** The translucent band behind the year under the shared cursor. */
  cursor: string;
  vacancy: string;
}

const LIGHT: ThemeColors = {
  background: '#ffffff',
  text: '#1b1d22',
  muted: '#565b66',
  grid: '#e2e4e8',
  axis: '#8a8f99',
  halo: '#ffffff',
  cursor: 'rgba(27, 29, 34, 0.08)',
  vacancy: '#8a8f99',
};

export const THEMES: Record<ThemeName, ThemeColors> = {
  light: LIGHT,
  dark: {
    background: '#16181d',
    text: '#eef0f3',
    muted: '#b1b6c0',
    grid: '#30343c',
    axis: '#737985',
    halo: '#16181d',
    cursor: 'rgba(238, 240, 243, 0.10)',
    vacancy: '#8d939e',
  },
  // Meant for light slides; the halo still separates overlapping marks.
  transparent: { ...LIGHT, background: 'none' },
};

export interface TypeSizes {
  title: number;
  subtitle: number;
  legend: number;
  tick: number;
  axisLabel: number;
  /** Labels drawn on the plot: names in bars, values over bars. */
  annotation: number;
  source: number;
  /** Margin around the figure and the space between its parts. */
  pad: number;
}

/** Sizes at the reference figure, 1600×900: readable from the back of a lecture room. */
const REFERENCE: TypeSizes = {
  title: 46,
  subtitle: 28,
  legend: 26,
  tick: 24,
  axisLabel: 24,
  annotation: 21,
  source: 20,
  pad: 40,
};
/** Below these, text stops being readable on any screen. */
const MINIMUM: TypeSizes = {
  title: 15,
  subtitle: 12,
  legend: 11,
  tick: 11,
  axisLabel: 11,
  annotation: 10,
  source: 10,
  pad: 10,
};

/** Type grows with the figure; a slide image gets a quarter more, as it is seen from afar. */
export function typeSizes(width: number, height: number, size: FigureSize = 'normal'): TypeSizes {
  const factor = Math.min(width / 1600, height / 900) * (size === 'slide' ? 1.25 : 1);
  const sizes = {} as TypeSizes;
  for (const key of Object.keys(REFERENCE) as (keyof TypeSizes)[]) {
    sizes[key] = Math.round(Math.max(MINIMUM[key], REFERENCE[key] * factor));
  }
  return sizes;
}

/** Dark or light text, whichever reads better on a fill of `color` (`#rrggbb`). */
export function textOn(color: string): string {
  const channel = (offset: number) => {
    const value = Number.parseInt(color.slice(offset, offset + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  // The luminance at which #1b1d22 and white text have the same contrast.
  return luminance > 0.205 ? '#1b1d22' : '#ffffff';
}
