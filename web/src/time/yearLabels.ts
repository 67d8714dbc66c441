/**
 * Which years a time axis labels at its width: every year where the labels fit, else every
 * second, fifth or tenth (the round years), so that on a phone they never run into each other.
 */

const SPARSEST = 10;
const STEPS = [1, 2, 5, SPARSEST];

/** A year's label ("1956" at 0.75rem) with room either side, in CSS pixels. */
const LABEL_WIDTH = 36;

/** Label every `step`th year, for `years` years across `width` pixels (0: not measured yet). */
export function yearLabelStep(width: number, years: number): number {
  if (width <= 0 || years <= 0) return 1;
  const perYear = width / years;
  return STEPS.find((step) => step * perYear >= LABEL_WIDTH) ?? SPARSEST;
}

export const isLabelled = (year: number, step: number): boolean => year % step === 0;
