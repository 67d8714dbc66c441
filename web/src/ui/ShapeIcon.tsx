import { CATEGORY_COLORS, CATEGORY_SHAPES, markerPath } from '@thaw/charts';
import type { Category } from '@thaw/data/schema';

/** The category's map symbol, inline with text (legends, lists, the timeline). */
export function ShapeIcon({ category, size = 14 }: { category: Category; size?: number }) {
  return (
    <svg
      className="shape-icon"
      width={size}
      height={size}
      viewBox="-12 -12 24 24"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d={markerPath(CATEGORY_SHAPES[category], 17)}
        fill={CATEGORY_COLORS[category]}
        stroke="#fff"
        strokeWidth={1.5}
        strokeLinejoin="round"
      />
    </svg>
  );
}
