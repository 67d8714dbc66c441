/**
 * The charts' ids, apart from their components: the API's route checks a chart's file name
 * against them without loading React and recharts, some 0.3 s of the server's start.
 */
import { ChartId } from '@thaw/data/schema';

export const CHART_IDS = ChartId.options;

export type { ChartId };
