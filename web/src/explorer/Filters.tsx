/** The explorer's filters: which countries and categories, and events up to the month or of it alone. */
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
