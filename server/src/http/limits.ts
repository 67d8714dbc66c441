import type { MiddlewareHandler } from 'hono';
import { problem } from './problem';

/** Longer URLs or more parameters than any real query needs are refused before any work. */
export function requestLimits({
  maxUrlLength,
  maxParams,
}: {
  maxUrlLength: number;
  maxParams: number;
}): MiddlewareHandler {
  return async (c, next) => {
    const url = c.req.url;
    if (url.length > maxUrlLength) {
      return problem(
        414,
        `The URL is ${url.length} characters long; the limit is ${maxUrlLength}.`,
      );
    }
    const params = [...new URL(url).searchParams.keys()].length;
    if (params > maxParams) {
      return problem(400, `The query has ${params} parameters; the limit is ${maxParams}.`, [
        { param: '(query)', message: `at most ${maxParams} parameters` },
      ]);
    }
    return next();
  };
}
