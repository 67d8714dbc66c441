import { describe, expect, it } from 'vitest';
import { isLabelled, yearLabelStep } from './yearLabels';

const years = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, index) => from + index);

describe('year labels', () => {
  it('label every year where they fit, and fewer as the axis narrows', () => {
    expect(yearLabelStep(1200, 16)).toBe(1);
    expect(yearLabelStep(576, 16)).toBe(1);
    expect(yearLabelStep(575, 16)).toBe(2);
    expect(yearLabelStep(366, 16)).toBe(2);
    expect(yearLabelStep(220, 16)).toBe(5);
    expect(yearLabelStep(50, 16)).toBe(10);
  });

  it('never put two labels closer than a label’s width', () => {
    for (const width of [120, 200, 250, 320, 366, 480, 560, 700, 1000]) {
      const step = yearLabelStep(width, 16);
      const labelled = years(1953, 1968).filter((year) => isLabelled(year, step));
      const gaps = labelled.slice(1).map((year, index) => year - (labelled[index] ?? year));
      for (const gap of gaps) expect((gap * width) / 16, `${width}px`).toBeGreaterThanOrEqual(36);
      expect(labelled.length, `${width}px`).toBeGreaterThan(0);
    }
  });

  it('label the round years, and every year before the axis is measured', () => {
    expect(years(1953, 1968).filter((year) => isLabelled(year, 5))).toEqual([1955, 1960, 1965]);
    expect(yearLabelStep(0, 16)).toBe(1);
  });
});
