/**
 * The checks that span records: what no single row can know by itself.
 * Each rule returns problems located at the row that has to change.
 */
import type { Locator } from './geo';
import type { Located, LocatedDataset } from './located';
import type { Problem } from './problems';
import {
  type Citation,
  dayNumber,
  type EventRecord,
  type GazetteerPlace,
  KINDS_CITED_WITH_LOCATOR,
  PERIOD,
  Role,
  type Tenure,
} from './schema';

/** How far outside its state a point may lie when it falls in no state at all (a coastline drawn coarsely). */
const COAST_TOLERANCE_KM = 25;

export function checkDataset(data: LocatedDataset, locator: Locator): Problem[] {
  return [
    ...duplicateIds(data.events, 'events'),
    ...duplicateIds(data.sources, 'sources'),
    ...duplicateIds(data.countries, 'countries'),
    ...duplicateIds(data.places, 'places'),
    ...citations(data),
    ...locators(data),
    ...eventsInPeriod(data.events),
    ...interventionsAbroad(data.events),
    ...placeReferences(data),
    ...placeNameSpans(data),
    ...placesInStates(data, locator),
    ...wholesAndParts(data.events),
    ...rolesPresent(data),
    ...tenureCoverage(data.tenures),
    ...changesWithoutEvents(data.tenures, data.events),
  ];
}

function problem(
  at: Located<unknown>,
  field: string,
  message: string,
  severity: Problem['severity'] = 'error',
): Problem {
  return { file: at.file, line: at.line, field, message, severity };
}

function duplicateIds(records: Located<{ id: string }>[], what: string): Problem[] {
  const firstSeen = new Map<string, Located<{ id: string }>>();
  const problems: Problem[] = [];
  for (const record of records) {
    const first = firstSeen.get(record.value.id);
    if (first) {
      problems.push(
        problem(
          record,
          'id',
          `duplicate ${what} id "${record.value.id}" (first at ${first.file}:${first.line})`,
        ),
      );
    } else {
      firstSeen.set(record.value.id, record);
    }
  }
  return problems;
}

/** Every cited source exists; every source is cited (a warning: a bibliography may run ahead). */
function citations(data: LocatedDataset): Problem[] {
  const known = new Set(data.sources.map((source) => source.value.id));
  const cited = new Set<string>();
  const problems: Problem[] = [];
  const check = (record: Located<unknown>, field: string, ids: readonly string[]) => {
    for (const id of ids) {
      cited.add(id);
      if (!known.has(id)) problems.push(problem(record, field, `unknown source "${id}"`));
    }
  };
  for (const record of [...data.events, ...data.tenures, ...data.placeNames]) {
    check(
      record,
      'citations',
      record.value.citations.map((citation) => citation.source),
    );
  }
  for (const record of data.places) check(record, 'sources', record.value.sources);
  for (const source of data.sources) {
    if (!cited.has(source.value.id)) {
      problems.push(problem(source, 'id', `source "${source.value.id}" is never cited`, 'warning'));
    }
  }
  return problems;
}

/**
 * A citation of a work read in pages or sections (a book, a long report, a chapter) says where in
 * it the claim stands: `source-id@p. 12`, `@ch. 3`, `@doc. 4` (data/README.md, "Citations").
 */
function locators(data: LocatedDataset): Problem[] {
  const kinds = new Map(data.sources.map(({ value }) => [value.id, value.kind]));
  const problems: Problem[] = [];
  const records: Located<{ citations: Citation[] }>[] = [
    ...data.events,
    ...data.tenures,
    ...data.placeNames,
  ];
  for (const record of records) {
    for (const { source, locator } of record.value.citations) {
      const kind = kinds.get(source);
      if (locator === null && kind !== undefined && KINDS_CITED_WITH_LOCATOR.has(kind)) {
        problems.push(
          problem(
            record,
            'citations',
            `"${source}" is a ${kind}: cite it with a locator (${source}@p. 12, @ch. 3, @doc. 4)`,
          ),
        );
      }
    }
  }
  return problems;
}

function eventsInPeriod(events: Located<EventRecord>[]): Problem[] {
  return events
    .filter(({ value }) => value.start < PERIOD.start || value.start > PERIOD.end)
    .map((event) =>
      problem(
        event,
        'start',
        `${event.value.start} is outside the atlas's period ${PERIOD.start}..${PERIOD.end}`,
      ),
    );
}

/**
 * An invasion says where its forces came from. Other interventions abroad may leave it empty:
 * forces stationed in the country (the Soviet garrisons in the GDR and Hungary) crossed no border.
 */
function interventionsAbroad(events: Located<EventRecord>[]): Problem[] {
  return events
    .filter(({ value }) => value.type === 'invasion' && value.target && !value.origin)
    .map((event) =>
      problem(
        event,
        'origin',
        `an invasion of ${event.value.target} needs its origin (where the forces came from)`,
      ),
    );
}

/** A place lies in the state the row names: the target when it happened abroad, else the country. */
function placesInStates(data: LocatedDataset, locator: Locator): Problem[] {
  const problems: Problem[] = [];
  const expectIn = (
    at: Located<unknown>,
    field: string,
    state: string,
    point: Pick<GazetteerPlace, 'name' | 'lat' | 'lon'>,
  ) => {
    const found = locator.stateAt(point.lon, point.lat);
    if (found === state) return;
    const where = `${point.name} (${point.lat}, ${point.lon})`;
    if (found !== null) {
      problems.push(problem(at, field, `${where} lies in ${found}, not in ${state}`));
    } else if (locator.distanceKm(state, point.lon, point.lat) > COAST_TOLERANCE_KM) {
      problems.push(problem(at, field, `${where} lies outside ${state}, in no state at all`));
    }
  };

  for (const country of data.countries) {
    if (!locator.ids.has(country.value.id)) {
      problems.push(problem(country, 'id', `no state "${country.value.id}" in the borders`));
      continue;
    }
    expectIn(country, 'capitalLat,capitalLon', country.value.id, country.value.capital);
  }
  const places = new Map(data.places.map((place) => [place.value.id, place.value]));
  for (const event of data.events) {
    const state = event.value.target ?? event.value.country;
    if (!locator.ids.has(state)) {
      problems.push(problem(event, 'target', `no state "${state}" in the borders`));
      continue;
    }
    const place = places.get(event.value.place);
    if (place) expectIn(event, 'place', state, place);
  }
  return problems;
}

/** Events name their places, and sites their cities, by ids the gazetteer holds. */
function placeReferences(data: LocatedDataset): Problem[] {
  const known = new Map(data.places.map((place) => [place.value.id, place.value]));
  const problems: Problem[] = [];
  for (const event of data.events) {
    for (const field of ['place', 'origin'] as const) {
      const id = event.value[field];
      if (id !== null && !known.has(id)) {
        problems.push(problem(event, field, `no place "${id}" in the gazetteer (places.csv)`));
      }
    }
  }
  for (const place of data.places) {
    const city = place.value.city;
    if (city !== null && known.get(city)?.precision !== 'city') {
      problems.push(problem(place, 'city', `no city "${city}" in the gazetteer`));
    }
  }
  return problems;
}

/** A name belongs to a gazetteer place, and a place bears one name at a time. */
function placeNameSpans(data: LocatedDataset): Problem[] {
  const known = new Set(data.places.map((place) => place.value.id));
  const problems: Problem[] = [];
  for (const [id, names] of groupBy(data.placeNames, ({ value }) => value.place)) {
    if (!known.has(id)) {
      for (const name of names) {
        problems.push(problem(name, 'place', `no place "${id}" in the gazetteer (places.csv)`));
      }
      continue;
    }
    const sorted = [...names].sort((a, b) =>
      (a.value.from ?? '').localeCompare(b.value.from ?? ''),
    );
    for (let i = 1; i < sorted.length; i++) {
      const previous = sorted[i - 1];
      const next = sorted[i];
      if (!previous || !next) continue;
      if (previous.value.to === null || (next.value.from ?? '') <= previous.value.to) {
        problems.push(
          problem(
            next,
            'from',
            `overlap: the name "${previous.value.name}" (line ${previous.line}) is still valid then`,
          ),
        );
      }
    }
  }
  return problems;
}

/**
 * Wholes and parts: a part's whole exists, no event contains itself through its wholes, a part
 * lies within its whole's span, and its parts' lowest figures together stay within the whole's
 * highest (a whole carries the total of its parts).
 */
function wholesAndParts(events: Located<EventRecord>[]): Problem[] {
  const byId = new Map(events.map((event) => [event.value.id, event]));
  const problems: Problem[] = [];
  const lowSums = new Map<string, number>();
  for (const part of events) {
    const wholeId = part.value.partOf;
    if (wholeId === null) continue;
    const whole = byId.get(wholeId);
    if (!whole) {
      problems.push(problem(part, 'partOf', `no event "${wholeId}"`));
      continue;
    }
    const seen = new Set([part.value.id]);
    for (let at: EventRecord | undefined = whole.value; at; at = byId.get(at.partOf ?? '')?.value) {
      if (seen.has(at.id)) {
        problems.push(problem(part, 'partOf', `a cycle: ${[...seen, at.id].join(' → ')}`));
        break;
      }
      seen.add(at.id);
    }
    const partEnd = part.value.end ?? part.value.start;
    const wholeEnd = whole.value.end ?? whole.value.start;
    if (part.value.start < whole.value.start || partEnd > wholeEnd) {
      problems.push(
        problem(
          part,
          'partOf',
          `${part.value.start}..${partEnd} is not within its whole's span ${whole.value.start}..${wholeEnd} (line ${whole.line})`,
        ),
      );
    }
    if (part.value.fatalities) {
      lowSums.set(wholeId, (lowSums.get(wholeId) ?? 0) + part.value.fatalities.low);
    }
  }
  for (const [wholeId, lowSum] of lowSums) {
    const whole = byId.get(wholeId);
    const high = whole?.value.fatalities?.high;
    if (whole && high !== undefined && lowSum > high) {
      problems.push(
        problem(
          whole,
          'fatalitiesHigh',
          `its parts' lowest figures add up to ${lowSum}, more than its highest (${high})`,
        ),
      );
    }
  }
  return problems;
}

/** Every country with leaders has a timeline for every role (party, government, state). */
function rolesPresent(data: LocatedDataset): Problem[] {
  const problems: Problem[] = [];
  for (const lane of groupBy(data.tenures, ({ value }) => value.country).values()) {
    const first = lane[0];
    if (!first) continue;
    for (const role of Role.options) {
      if (!lane.some(({ value }) => value.role === role)) {
        problems.push(problem(first, 'role', `no ${role} tenure for ${first.value.country}`));
      }
    }
  }
  return problems;
}

/** For each country and role, tenures run from the period's first day to its last, meeting end to start. */
function tenureCoverage(tenures: Located<Tenure>[]): Problem[] {
  const problems: Problem[] = [];
  for (const lane of groupBy(tenures, ({ value }) => `${value.country} ${value.role}`).values()) {
    const sorted = [...lane].sort((a, b) => a.value.start.localeCompare(b.value.start));
    const first = sorted[0];
    const last = sorted.at(-1);
    if (!first || !last) continue;
    const { country, role } = first.value;
    if (first.value.start > PERIOD.start) {
      problems.push(
        problem(
          first,
          'start',
          `the ${country} ${role} timeline starts on ${first.value.start}, after ${PERIOD.start}`,
        ),
      );
    }
    if (last.value.end !== null && last.value.end < PERIOD.end) {
      problems.push(
        problem(
          last,
          'end',
          `the ${country} ${role} timeline ends on ${last.value.end}, before ${PERIOD.end}`,
        ),
      );
    }
    for (let i = 1; i < sorted.length; i++) {
      const previous = sorted[i - 1];
      const next = sorted[i];
      if (!previous || !next) continue;
      if (previous.value.end === null) {
        problems.push(
          problem(
            previous,
            'end',
            `open-ended, yet another ${role} tenure starts on ${next.value.start}`,
          ),
        );
        continue;
      }
      const step = dayNumber(next.value.start) - dayNumber(previous.value.end);
      if (step > 1) {
        problems.push(
          problem(
            next,
            'start',
            `gap: the previous ${role} tenure ends on ${previous.value.end} (line ${previous.line})`,
          ),
        );
      } else if (step < 0) {
        problems.push(
          problem(
            next,
            'start',
            `overlap: the previous ${role} tenure runs until ${previous.value.end} (line ${previous.line})`,
          ),
        );
      }
    }
  }
  return problems;
}

/** Each change of leader inside the period should be an event on its day (or the day before). */
function changesWithoutEvents(
  tenures: Located<Tenure>[],
  events: Located<EventRecord>[],
): Problem[] {
  const changeDays = new Set(
    events
      .filter(({ value }) => value.category === 'leadership')
      .map(({ value }) => `${value.country} ${dayNumber(value.start)}`),
  );
  return tenures
    .filter(({ value }) => value.start > PERIOD.start && value.start <= PERIOD.end)
    .filter(({ value }) => {
      const day = dayNumber(value.start);
      return (
        !changeDays.has(`${value.country} ${day}`) && !changeDays.has(`${value.country} ${day - 1}`)
      );
    })
    .map((tenure) =>
      problem(
        tenure,
        'start',
        `no leadership event in ${tenure.value.country} on ${tenure.value.start} or the day before`,
        'warning',
      ),
    );
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}
