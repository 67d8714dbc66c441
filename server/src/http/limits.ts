import type { MiddlewareHandler } from 'hono';
import { problem } from './problem';

export interface Limits {
  maxUrlLength: number;
  maxParams: number;
}

/** Longer URLs or more parameters than any real query needs are refused before any work. */
export function requestLimits(limits: Limits): MiddlewareHandler {
  return async (c, next) => refusal(c.req.url, new URL(c.req.url).searchParams, limits) ?? next();
}

/** The answer to a URL (`href`, with its `query`) beyond the limits; none for one within them. */
export function refusal(
  href: string,
  query: URLSearchParams,
  { maxUrlLength, maxParams }: Limits,
): Response | undefined {
  if (href.length > maxUrlLength) {
    return problem(414, `The URL is ${href.length} characters long; the limit is ${maxUrlLength}.`);
  }
  const params = query.size;
  if (params > maxParams) {
    return problem(400, `The query has ${params} parameters; the limit is ${maxParams}.`, [
      { param: '(query)', message: `at most ${maxParams} parameters` },
    ]);
  }
  return undefined;
}
