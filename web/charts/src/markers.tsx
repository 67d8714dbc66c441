import type { Category, Manner } from '@thaw/data/schema';
import { CATEGORY_COLORS, CATEGORY_SHAPES, type MarkerShape } from './style';

/**
 * The outline of a marker of `size` px centred on (0, 0), as an SVG path. The shapes have about
 * the same area, so no category looks bigger than another. The map draws its icons from these.
 */
export function markerPath(shape: MarkerShape, size: number): string {
  const r = size / 2;
  switch (shape) {
    case 'circle':
      return `M${-r},0a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
    case 'square': {
      const s = r * 0.89;
      return `M${-s},${-s}H${s}V${s}H${-s}Z`;
    }
    case 'diamond': {
      const d = r * 1.22;
      return `M0,${-d}L${d},0L0,${d}L${-d},0Z`;
    }
    case 'triangle': {
      const t = r * 1.3;
      return `M0,${-t}L${t * 0.9},${t * 0.62}H${-t * 0.9}Z`;
    }
  }
}

interface CategoryMarkerProps {
  category: Category;
  x: number;
  y: number;
  size: number;
  /** Drawn around the marker, so that overlapping marks stay apart. */
  outline: string;
  opacity?: number;
}

export function CategoryMarker({
  category,
  x,
  y,
  size,
  outline,
  opacity = 1,
}: CategoryMarkerProps) {
  return (
    <path
      d={markerPath(CATEGORY_SHAPES[category], size)}
      transform={`translate(${round(x)},${round(y)})`}
      fill={CATEGORY_COLORS[category]}
      fillOpacity={opacity}
      stroke={outline}
      strokeWidth={Math.max(1, size / 10)}
    />
  );
}

/** The sign at the end of a tenure for how it ended, centred on (0, 0). */
function mannerPath(manner: Manner, size: number): string {
  const r = size / 2;
  switch (manner) {
    case 'regular':
      return `M0,${-r}V${r}`;
    case 'death':
      // A Latin cross (†), the usual sign for a death date.
      return `M0,${-r}V${r}M${-r * 0.6},${-r * 0.35}H${r * 0.6}`;
    case 'ouster': {
      const d = r * 0.75;
      return `M${-d},${-d}L${d},${d}M${d},${-d}L${-d},${d}`;
    }
    case 'resignation':
      return `M${-r * 0.7},0a${r * 0.7},${r * 0.7} 0 1,0 ${r * 1.4},0a${r * 0.7},${r * 0.7} 0 1,0 ${-r * 1.4},0Z`;
  }
}

interface MannerMarkerProps {
  manner: Manner;
  x: number;
  y: number;
  size: number;
  color: string;
  halo: string;
}

export function MannerMarker({ manner, x, y, size, color, halo }: MannerMarkerProps) {
  const d = mannerPath(manner, size);
  const width = Math.max(1.5, size / 6);
  return (
    <g transform={`translate(${round(x)},${round(y)})`}>
      <path d={d} fill="none" stroke={halo} strokeWidth={width * 2.6} strokeLinecap="round" />
      <path d={d} fill="none" stroke={color} strokeWidth={width} strokeLinecap="round" />
    </g>
  );
}

/** Coordinates rounded to 0.1 px keep the SVG small. */
export const round = (value: number) => Math.round(value * 10) / 10;
