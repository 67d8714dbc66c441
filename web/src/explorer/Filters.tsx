/** The explorer's filters: which countries and categories, and events up to the month or of it alone. */

import { CATEGORIES } from '@thaw/charts';
import type { Category, Country } from '@thaw/data';
import { CATEGORY_LABELS } from '@thaw/data/schema';
import type { ExplorerState, Mode } from '../state/urlState';
import { ShapeIcon } from '../style/ShapeIcon';
import { Segmented } from './Segmented';

export interface FiltersProps {
  countries: readonly Pick<Country, 'id' | 'name'>[];
  state: ExplorerState;
  onChange(patch: Partial<ExplorerState>): void;
}

/** `selection` with `item` switched, in the order of `all` so that links stay canonical. */
export function toggled<T>(all: readonly T[], selection: readonly T[], item: T): T[] {
  const next = selection.includes(item)
    ? selection.filter((selected) => selected !== item)
    : [...selection, item];
  return all.filter((candidate) => next.includes(candidate));
}

const MODES: { value: Mode; label: string }[] = [
  { value: 'cumulative', label: 'Up to this month' },
  { value: 'month', label: 'This month only' },
];

export function Filters({ countries, state, onChange }: FiltersProps) {
  const countryIds = countries.map((country) => country.id);
  return (
    <div className="filters">
      <fieldset className="filter-group">
        <legend>Countries</legend>
        {countries.map((country) => {
          const checked = state.countries.includes(country.id);
          return (
            <label key={country.id} className="check">
              <input
                type="checkbox"
                checked={checked}
                // At least one stays selected: an empty map explains nothing.
                disabled={checked && state.countries.length === 1}
                onChange={() =>
                  onChange({ countries: toggled(countryIds, state.countries, country.id) })
                }
              />
              {country.name}
            </label>
          );
        })}
      </fieldset>
      <CategoryFilter
        selected={state.categories}
        onChange={(categories) => onChange({ categories })}
      />
      <Segmented
        name="mode"
        legend="Show events"
        options={MODES}
        value={state.mode}
        onChange={(mode) => onChange({ mode })}
      />
    </div>
  );
}

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
