/**
 * The rules that relate a story's steps to the period and to the events, beyond the schema:
 * what `data:check` asks of a story file, and the web app of a shared link or an opened file.
 * A module of its own, so that the pages that only read stories do not carry it.
 */
import { hiddenInStep, PERIOD_MONTHS, type StepEvent, type StoryStep } from './stories';

type FramedEvent = StepEvent & { place: { lon: number; lat: number } };

/** A problem of a step, at the path of the field at fault within the step. */
export interface StepProblem {
  path: (string | number)[];
  message: string;
}

/** A step's problems with the period and with the events it highlights. */
export function stepProblems(
  step: StoryStep,
  events: ReadonlyMap<string, FramedEvent>,
): StepProblem[] {
  const found: StepProblem[] = [];
  for (const key of ['date', 'from', 'to'] as const) {
    const month = step[key];
    if (month !== undefined && (month < PERIOD_MONTHS.from || month > PERIOD_MONTHS.to)) {
      found.push({
        path: [key],
        message: `${month} lies outside the atlas's period, ${PERIOD_MONTHS.from} to ${PERIOD_MONTHS.to}`,
      });
    }
  }
  const [west, south, east, north] = step.frame.bbox;
  step.highlight.forEach((id, index) => {
    const path = ['highlight', index];
    const event = events.get(id);
    const hidden = event && hiddenInStep(event, step);
    if (!event) {
      found.push({ path, message: `no event "${id}"` });
    } else if (hidden) {
      found.push({ path, message: `"${id}" is not on the map in this step: ${hidden}` });
    } else {
      const { lon, lat } = event.place;
      if (lon < west || lon > east || lat < south || lat > north) {
        found.push({ path, message: `"${id}" (${lon}, ${lat}) lies outside the frame` });
      }
    }
  });
  return found;
}
