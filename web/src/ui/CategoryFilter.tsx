import { CATEGORIES } from '@thaw/charts';
import type { Category } from '@thaw/data/schema';
import { CATEGORY_LABELS } from '@thaw/data/schema';
import { ShapeIcon } from './ShapeIcon';
import { toggled } from './toggled';

/** The categories shown, each with its symbol; at least one stays selected. */
export function CategoryFilter({
  selected,
  onChange,
}: {
  selected: readonly Category[];
  onChange(categories: Category[]): void;
}) {
  return (
    <fieldset className="filter-group">
      <legend>Categories</legend>
      {CATEGORIES.map((category) => {
        const checked = selected.includes(category);
        return (
          <label key={category} className="check">
            <input
              type="checkbox"
              checked={checked}
              disabled={checked && selected.length === 1}
              onChange={() => onChange(toggled(CATEGORIES, selected, category))}
            />
            <ShapeIcon category={category} />
            {CATEGORY_LABELS[category]}
          </label>
        );
      })}
    </fieldset>
  );
}
