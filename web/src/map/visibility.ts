/**
 * What a month shows, written once: `phaseAt` (in `@thaw/data/stories`, which the server's map
 * images apply too) for the page (picking, labels, lists, table) and, from the same constants
 * and encoding, `VISIBILITY_GLSL` for the event layer's vertex shaders.
 * `layOutByTime.test.ts` proves that the two select the same events.
 */

import { CATEGORIES } from '@thaw/charts';
import type { Category, Event } from '@thaw/data/schema';
import { type EventView, monthOf, phaseAt, type Visible } from '@thaw/data/stories';

export type { EventView, Phase, Visible } from '@thaw/data/stories';
export { phaseAt };

/** The phases as the shader numbers them; `either` draws an event whatever its phase. */
export const PHASE = { past: 0, current: 1, either: 2 } as const;
export type PhaseNumber = (typeof PHASE)[keyof typeof PHASE];

const visibleByEvent = new WeakMap<Event, Visible>();

/** An event's months, computed once per event and shared by the map and the panels. */
export function visibleOf(event: Event): Visible {
  let visible = visibleByEvent.get(event);
  if (!visible) {
    visible = {
      startMonth: monthOf(event.start),
      endMonth: monthOf(event.end ?? event.start),
      country: event.country,
      category: event.category,
    };
    visibleByEvent.set(event, visible);
  }
  return visible;
}

/** The index of each category in the GPU's category mask and the icon atlas. */
export const categoryIndex = (category: Category) => CATEGORIES.indexOf(category);

/** A bit per chosen item, by its position in `all`: the GPU's country and category masks. */
export function bitMask(all: readonly string[], chosen: readonly string[]): number {
  let bits = 0;
  all.forEach((item, index) => {
    if (chosen.includes(item)) bits |= 1 << index;
  });
  return bits >>> 0;
}

/** The shader's attributes for the rule, in the order `visibilityValues` gives them. */
export const VISIBILITY_ATTRIBUTES = ['a_start', 'a_end', 'a_country', 'a_category'] as const;

/** What an instance carries for the rule; `countries` numbers the countries for the mask. */
export function visibilityValues(event: Visible, countries: readonly string[]): number[] {
  return [
    event.startMonth,
    event.endMonth,
    countries.indexOf(event.country),
    categoryIndex(event.category),
  ];
}

/** The rule's uniforms for a view, but `u_phase`, which each draw call sets. */
export interface VisibilityUniforms {
  u_month: number;
  u_cumulative: boolean;
  u_countries: number;
  u_categories: number;
}

export function visibilityUniforms(
  view: EventView,
  countries: readonly string[],
): VisibilityUniforms {
  return {
    u_month: view.month,
    u_cumulative: view.mode === 'cumulative',
    u_countries: bitMask(countries, view.countries),
    u_categories: bitMask(CATEGORIES, view.categories),
  };
}

const [START, END, COUNTRY, CATEGORY] = VISIBILITY_ATTRIBUTES;

/** `phaseAt` on the GPU, over `visibilityValues` and `visibilityUniforms`, for one `u_phase`. */
export const VISIBILITY_GLSL = `
uniform float u_month;
uniform bool u_cumulative;
uniform uint u_countries;
uniform uint u_categories;
uniform int u_phase;
${VISIBILITY_ATTRIBUTES.map((name) => `in float ${name};`).join('\n')}

bool shown() {
  bool chosen = ((u_countries >> uint(${COUNTRY})) & 1u) == 1u
    && ((u_categories >> uint(${CATEGORY})) & 1u) == 1u;
  bool current = ${START} <= u_month && ${END} >= u_month;
  bool past = u_cumulative && ${END} < u_month;
  return chosen && (u_phase == ${PHASE.past} ? past : u_phase == ${PHASE.current} ? current : current || past);
}

// Outside the clip space: the triangle is dropped before any pixel is drawn.
const vec4 HIDDEN = vec4(2.0, 2.0, 2.0, 1.0);
`;
