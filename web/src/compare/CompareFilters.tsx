/** Which countries are compared (two or three, a column each) and which categories count. */
import { i18n } from '@lingui/core';
import type { Country } from '@thaw/data/schema';
import { CategoryFilter } from '../ui/CategoryFilter';
import { toggled } from '../ui/toggled';
import { type CompareState, MAX_COLUMNS, MIN_COLUMNS } from './compareState';

export interface CompareFiltersProps {
  countries: readonly Pick<Country, 'id' | 'name'>[];
  state: CompareState;
  onChange(patch: Partial<CompareState>): void;
}

export function CompareFilters({ countries, state, onChange }: CompareFiltersProps) {
  const countryIds = countries.map((country) => country.id);
  const full = state.countries.length >= MAX_COLUMNS;
  return (
    <div className="filters compare-filters">
      <fieldset className="filter-group">
        <legend>{i18n._('compare.countries')}</legend>
        {countries.map((country) => {
          const checked = state.countries.includes(country.id);
          return (
            <label key={country.id} className="check">
              <input
                type="checkbox"
                checked={checked}
                disabled={checked ? state.countries.length <= MIN_COLUMNS : full}
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
    </div>
  );
}
