/** The explorer's filters: which countries and categories, and events up to the month or of it alone. */
import { i18n } from '@lingui/core';
import type { Country } from '@thaw/data/schema';
import type { ExplorerState, Mode } from '../state/urlState';
import { CategoryFilter } from '../ui/CategoryFilter';
import { Segmented } from '../ui/Segmented';
import { toggled } from '../ui/toggled';

export interface FiltersProps {
  countries: readonly Pick<Country, 'id' | 'name'>[];
  state: ExplorerState;
  onChange(patch: Partial<ExplorerState>): void;
}

const modes = (): { value: Mode; label: string }[] => [
  { value: 'cumulative', label: i18n._('filters.upToThisMonth') },
  { value: 'month', label: i18n._('filters.thisMonthOnly') },
];

export function Filters({ countries, state, onChange }: FiltersProps) {
  const countryIds = countries.map((country) => country.id);
  return (
    <div className="filters">
      <fieldset className="filter-group">
        <legend>{i18n._('filters.countries')}</legend>
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
        legend={i18n._('filters.show')}
        options={modes()}
        value={state.mode}
        onChange={(mode) => onChange({ mode })}
      />
    </div>
  );
}
