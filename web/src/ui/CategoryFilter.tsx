import { i18n } from '@lingui/core';
import { CATEGORIES } from '@thaw/charts';
import type { Category } from '@thaw/data/schema';
import { categoryLabel } from '@thaw/i18n/vocabulary';
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
      <legend>{i18n._('filters.categories')}</legend>
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
            {categoryLabel(i18n, category)}
          </label>
        );
      })}
    </fieldset>
  );
}
