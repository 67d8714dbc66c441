/**
 * Words for the event categories that the web app needs beyond the shared chart style
 * (`@thaw/server/charts`: colours, shapes and plural labels, the same on the map and in charts).
 */
import type { Category } from '@thaw/data/schema';

/** One event of the category, as a list or a table names it. */
export const CATEGORY_SINGULAR: Record<Category, string> = {
  protest: 'Protest',
  intervention: 'Intervention',
  leadership: 'Leadership change',
  milestone: 'Milestone',
};
