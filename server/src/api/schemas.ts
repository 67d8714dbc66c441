/**
 * The API's own shapes: aggregates and parameters built on the record schemas of @thaw/data.
 */
import { z } from '@hono/zod-openapi';

/** One row of `/api/stats/yearly`: a country's events in one year, by category. */
export const YearlyRow = z.object({
  country: z.string(),
  year: z.int(),
  protest: z.int(),
  intervention: z.int(),
  leadership: z.int(),
  milestone: z.int(),
  total: z.int(),
  fatalitiesLow: z.int(),
  fatalitiesHigh: z.int(),
});

export type YearlyRow = z.infer<typeof YearlyRow>;
