/**
 * The states' colours, capitals and label anchors, from `data/datasets/states.csv`. The browser
 * reads no files, so the build bundles the file's text (`?raw`) and it is read here with the
 * table and schema that `pnpm data:check` applies to it; served by the API instead, the map
 * would wait for one more answer before drawing its labels.
 */
import { parseStates } from '@thaw/data/states';
import statesCsv from '@thaw/data/states.csv?raw';

export const STATES = parseStates(statesCsv);
