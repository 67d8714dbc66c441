/** A choice of one among a few, as a row of joined buttons (radio inputs underneath). */
export interface SegmentedProps<T extends string> {
  name: string;
  legend: string;
  options: { value: T; label: string }[];
  value: T;
  onChange(value: T): void;
  /** Hide the legend visually (it is still read out). */
  quietLegend?: boolean;
}

export function Segmented<T extends string>({
  name,
  legend,
  options,
  value,
  onChange,
  quietLegend,
}: SegmentedProps<T>) {
  return (
    <fieldset className="filter-group segmented">
      <legend className={quietLegend ? 'visually-hidden' : undefined}>{legend}</legend>
      <div className="segmented-options">
        {options.map((option) => (
          <label key={option.value} className="segment">
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={option.value === value}
              onChange={() => onChange(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
