/**
 * The colours that the page (CSS), the map (MapLibre) and the map's PNG (canvas) share, defined
 * once. CSS reads them as custom properties, set from here at start (`applyPalette`), together
 * with the category colours of the charts and the countries' colours of `states.csv`.
 */
import { CATEGORIES, CATEGORY_COLORS, MAP_GROUND } from '@thaw/charts';
import { STATES } from './states';

export const PALETTE = {
  /** Text, and the map's highlighted labels. */
  ink: '#1d2433',
  /** Secondary text, and the map's other labels. */
  muted: '#5b6470',
  /** Rules and borders of the page, and the map image's frame. */
  line: '#d5d9de',
  /** The page, and the map image's ground. */
  paper: '#ffffff',
  /** The sea on the map, and the map's frame while it loads. */
  water: MAP_GROUND.water,
} as const;

/** `--ink`, `--muted`, `--line`, `--paper`, `--water`, `--category-protest`, …, `--country-SU`, … on `root`. */
export function applyPalette(root: HTMLElement): void {
  const properties: [string, string][] = [
    ...Object.entries(PALETTE),
    ...CATEGORIES.map((category): [string, string] => [
      `category-${category}`,
      CATEGORY_COLORS[category],
    ]),
    ...STATES.flatMap((state): [string, string][] =>
      state.color ? [[`country-${state.id}`, state.color]] : [],
    ),
  ];
  // CSSOM, not a style attribute: the Content-Security-Policy allows no inline style.
  for (const [name, value] of properties) root.style.setProperty(`--${name}`, value);
}
