/**
 * Query parameters, validated where they enter: each schema parses the text of the URL into the
 * value the handlers use, and documents itself in the OpenAPI document.
 */
import { z } from '@hono/zod-openapi';
import { Category, dateBoundary, isCalendarDate, PARTIAL_DATE_PATTERN, Role } from '@thaw/data';
import { FIRST_YEAR, LAST_YEAR } from '../store';

/** A comma-separated list drawn from `allowed`; absent or empty means all of them. */
export function listParam<T extends string>(allowed: readonly T[], noun: string, example: string) {
  const item = z.enum(allowed as [T, ...T[]], {
    error: (issue) =>
      `unknown ${noun} "${String(issue.input)}" (expected one of ${allowed.join(', ')})`,
  });
  return z
    .string()
    .optional()
    .transform((text) => {
      const items = (text ?? '')
        .split(',')
        .map((entry) => entry.trim())
        .filter(Boolean);
      return items.length === 0 ? [...allowed] : [...new Set(items)];
    })
    .pipe(z.array(item))
    .openapi({
      description: `Comma-separated ${noun} ids: ${allowed.join(', ')}. Default: all.`,
      example,
    });
}

export const categoriesParam = listParam(Category.options, 'category', 'protest,intervention');
export const rolesParam = listParam(Role.options, 'role', 'party');

function dateBoundParam(edge: 'first' | 'last', description: string, example: string) {
  return z
    .string()
    .optional()
    .transform((text, context) => {
      if (text === undefined || text === '') return undefined;
      const date = dateBoundary(text, edge);
      if (date === null) {
        context.addIssue({
          code: 'custom',
          message: `"${text}" is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD`,
        });
        return z.NEVER;
      }
      return date;
    })
    .openapi({ description, example, pattern: PARTIAL_DATE_PATTERN });
}

export const fromParam = dateBoundParam(
  'first',
  'Inclusive start: YYYY, YYYY-MM or YYYY-MM-DD (from=1956 means from 1956-01-01).',
  '1956-10',
);
export const toParam = dateBoundParam(
  'last',
  'Inclusive end: YYYY, YYYY-MM or YYYY-MM-DD (to=1956 means up to 1956-12-31).',
  '1956-11',
);

/** Adds the check that a span does not end before it begins. */
export function orderedSpan<T extends { from?: string | number; to?: string | number }>(
  span: T,
  context: z.RefinementCtx,
) {
  if (span.from !== undefined && span.to !== undefined && span.to < span.from) {
    context.addIssue({
      code: 'custom',
      path: ['to'],
      message: `to (${span.to}) is before from (${span.from})`,
    });
  }
}

export const dayParam = z
  .string()
  .optional()
  .refine((text) => !text || (/^\d{4}-\d{2}-\d{2}$/.test(text) && isCalendarDate(text)), {
    message: 'expected a date as YYYY-MM-DD',
  })
  .openapi({ description: 'A day, YYYY-MM-DD.', example: '1956-11-04' });

/** A year of the atlas's period. */
export function yearParam(fallback: number, description: string) {
  return z
    .string()
    .optional()
    .transform((text, context) => {
      if (text === undefined || text === '') return fallback;
      const year = /^\d{4}$/.test(text) ? Number(text) : Number.NaN;
      if (!(year >= FIRST_YEAR && year <= LAST_YEAR)) {
        context.addIssue({
          code: 'custom',
          message: `"${text}" is not a year of ${FIRST_YEAR}–${LAST_YEAR}`,
        });
        return z.NEVER;
      }
      return year;
    })
    .openapi({ description, example: String(fallback), pattern: '^\\d{4}$' });
}
