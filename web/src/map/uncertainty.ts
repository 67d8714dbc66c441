/**
 * What the sources leave open about an event, read from the data alone: a date known only to
 * the month or the year (`datePrecision`), a death toll the sources give differently (a range,
 * `fatalities.low < fatalities.high`, with who gives which in `fatalitiesNote`), a crowd counted
 * differently, a place known only to its region or country. The map draws the first two
 * (`symbolLook`), the event card says all of them (`openQuestions`), so both read one rule.
 */
import type { Event } from '@thaw/data/schema';
import { formatEventDates } from '../format/dates';

/** How a symbol is drawn: its outline dashed (date), its centre hollow (death toll). */
export interface SymbolLook {
  /** Known only to the month or the year: a dashed outline. */
  dashed: boolean;
  /** The sources give different death tolls: a hollow centre. */
  hollow: boolean;
}

/** The looks in the order of the icon atlas's rows of cells. */
export const LOOKS: readonly SymbolLook[] = [
  { dashed: false, hollow: false },
  { dashed: true, hollow: false },
  { dashed: false, hollow: true },
  { dashed: true, hollow: true },
];

/** What the legends say each look means. */
export const LOOK_LABELS = {
  dashed: 'dashed outline: date known only to the month or year',
  hollow: 'hollow: the sources give different death tolls',
} as const;

type Uncertain = Pick<Event, 'datePrecision' | 'fatalities'>;

export const isDateApproximate = (event: Pick<Event, 'datePrecision'>) =>
  event.datePrecision !== 'day';

export const isTollDisputed = (event: Pick<Event, 'fatalities'>) =>
  event.fatalities !== null && event.fatalities.low < event.fatalities.high;

export function symbolLook(event: Uncertain): SymbolLook {
  return { dashed: isDateApproximate(event), hollow: isTollDisputed(event) };
}

/** The look's index in `LOOKS`. */
export const lookIndex = ({ dashed, hollow }: SymbolLook) => (dashed ? 1 : 0) + (hollow ? 2 : 0);

/** One thing the sources leave open: what, and what the data says of it. */
export interface OpenQuestion {
  topic: 'Date' | 'Deaths' | 'Participants' | 'Place';
  text: string;
}

const number = new Intl.NumberFormat('en-GB');

const PLACE_KNOWN_TO = { region: 'the region', country: 'the country' } as const;

/** The event card's "What the sources leave open", in the order of the card's facts. */
export function openQuestions(
  event: Pick<
    Event,
    'start' | 'end' | 'datePrecision' | 'fatalities' | 'fatalitiesNote' | 'participants' | 'place'
  >,
): OpenQuestion[] {
  const questions: OpenQuestion[] = [];
  if (isDateApproximate(event)) {
    questions.push({
      topic: 'Date',
      text: `known only to the ${event.datePrecision} (${formatEventDates(event)}): the sources give no day.`,
    });
  }
  const { fatalities, participants } = event;
  if (fatalities && isTollDisputed(event)) {
    const given = `the sources give from ${number.format(fatalities.low)} to ${number.format(fatalities.high)} dead`;
    questions.push({
      topic: 'Deaths',
      text: event.fatalitiesNote ? `${given}: ${event.fatalitiesNote}.` : `${given}.`,
    });
  }
  if (participants && participants.low < participants.high) {
    questions.push({
      topic: 'Participants',
      text: `the sources give from ${number.format(participants.low)} to ${number.format(participants.high)}.`,
    });
  }
  const { precision } = event.place;
  if (precision !== 'exact' && precision !== 'city') {
    questions.push({
      topic: 'Place',
      text: `the sources name only ${PLACE_KNOWN_TO[precision]} (${event.place.name}), no town or site.`,
    });
  }
  return questions;
}
