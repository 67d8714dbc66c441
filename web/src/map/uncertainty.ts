/**
 * What the sources leave open about an event, read from the data alone: a date known only to
 * the month or the year (`datePrecision`), a death toll the sources give differently (a range,
 * `fatalities.low < fatalities.high`, with who gives which in `fatalitiesNote`), a crowd counted
 * differently, a place known only to its region or country. The map draws the first two
 * (`symbolLook`), the event card says all of them (`openQuestions`), so both read one rule.
 */
import { i18n } from '@lingui/core';
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
  get dashed() {
    return i18n._('look.dashed');
  },
  get hollow() {
    return i18n._('look.hollow');
  },
};

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
  topic: string;
  text: string;
  /** Who gives which figure, in the data's English. */
  note?: string | null;
}

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
      topic: i18n._('event.date'),
      text:
        event.datePrecision === 'year'
          ? i18n._('open.date.year', { dates: formatEventDates(event) })
          : i18n._('open.date.month', { dates: formatEventDates(event) }),
    });
  }
  const { fatalities, participants } = event;
  if (fatalities && isTollDisputed(event)) {
    const given = i18n._('open.deaths', {
      low: i18n.number(fatalities.low),
      high: i18n.number(fatalities.high),
    });
    // The note follows after a colon, and ends the sentence (EventDetails).
    questions.push(
      event.fatalitiesNote
        ? { topic: i18n._('event.deaths'), text: given, note: event.fatalitiesNote }
        : { topic: i18n._('event.deaths'), text: `${given}.` },
    );
  }
  if (participants && participants.low < participants.high) {
    questions.push({
      topic: i18n._('event.participants'),
      text: i18n._('open.participants', {
        low: i18n.number(participants.low),
        high: i18n.number(participants.high),
      }),
    });
  }
  const { precision } = event.place;
  if (precision !== 'exact' && precision !== 'city') {
    questions.push({
      topic: i18n._('event.place'),
      text:
        precision === 'region'
          ? i18n._('open.place.region', { place: event.place.name })
          : i18n._('open.place.country', { place: event.place.name }),
    });
  }
  return questions;
}
