/** The datasets' records as read, each with the place in its file, for problems to point at. */
import type { Country, EventRecord, GazetteerPlace, PlaceName, Source, Tenure } from './schema';

/** A record and the place in its file where it was read. */
export interface Located<T> {
  value: T;
  file: string;
  line: number;
}

export interface LocatedDataset {
  countries: Located<Country>[];
  events: Located<EventRecord>[];
  tenures: Located<Tenure>[];
  sources: Located<Source>[];
  places: Located<GazetteerPlace>[];
  placeNames: Located<PlaceName>[];
}
