/** The datasets' records as read, each with the place in its file, for problems to point at. */
import type { Located } from './records';
import type {
  Country,
  EventRecord,
  GazetteerPlace,
  PlaceName,
  Source,
  State,
  Tenure,
} from './schema';

export type { Located };

export interface LocatedDataset {
  countries: Located<Country>[];
  events: Located<EventRecord>[];
  tenures: Located<Tenure>[];
  sources: Located<Source>[];
  places: Located<GazetteerPlace>[];
  placeNames: Located<PlaceName>[];
  states: Located<State>[];
}
