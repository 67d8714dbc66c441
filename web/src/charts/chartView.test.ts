import { dateBoundary } from '@thaw/data/schema';
import { describe, expect, it } from 'vitest';
import { defaultChartView, parseChartView, serializeChartView } from './chartView';

const context = { countryIds: ['SU', 'PL', 'HU'] };

describe('a chart’s view in its URL', () => {
  it('reads the API’s partial dates as the first or last day they name', () => {
    expect(dateBoundary('1956', 'first')).toBe('1956-01-01');
    expect(dateBoundary('1956', 'last')).toBe('1956-12-31');
    expect(dateBoundary('1956-02', 'last')).toBe('1956-02-29');
    expect(dateBoundary('1956-10-23', 'last')).toBe('1956-10-23');
    expect(dateBoundary('1956-13', 'first')).toBeNull();
    expect(dateBoundary('1957-02-29', 'first')).toBeNull();
  });

  it('writes only what differs from the API’s defaults, dates as short as they can be', () => {
    expect(serializeChartView(defaultChartView(context), context)).toBe('');
    const view = {
      ...defaultChartView(context),
      countries: ['HU'],
      from: '1956-01-01',
      to: '1956-11-30',
      size: 'slide' as const,
      title: 'Hungary & the Soviet Union',
    };
    const search = serializeChartView(view, context);
    expect(search).toBe(
      '?countries=HU&from=1956&to=1956-11&size=slide&title=Hungary%20%26%20the%20Soviet%20Union',
    );
    expect(parseChartView(search, context)).toEqual({ state: view, notes: [] });
  });

  it('takes an image URL’s query as it is, PNG scale and all', () => {
    const { state, notes } = parseChartView(
      '?countries=PL,HU&from=1956-10&to=1956-11&width=1920&height=1080&theme=dark&scale=2',
      context,
    );
    expect(notes).toEqual([]);
    expect(state).toMatchObject({
      countries: ['PL', 'HU'],
      from: '1956-10-01',
      to: '1956-11-30',
      width: 1920,
      height: 1080,
      theme: 'dark',
    });
  });

  it('falls back to the defaults on values the API would refuse, with a note for each', () => {
    const { state, notes } = parseChartView(
      '?theme=neon&width=10&from=1940&to=1956&measure=deaths',
      context,
    );
    expect(state).toEqual({ ...defaultChartView(context), to: '1956-12-31' });
    expect(notes).toHaveLength(4);
  });
});
