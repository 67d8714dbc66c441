/**
 * Every error the API gives is an RFC 9457 problem document (`application/problem+json`).
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';

export interface InvalidParam {
  param: string;
  message: string;
}

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  invalid?: InvalidParam[];
}

const TITLES: Record<number, string> = {
  400: 'Invalid parameters',
  404: 'Not found',
  405: 'Method not allowed',
  414: 'URI too long',
  500: 'Internal server error',
  501: 'Not implemented',
  503: 'Service unavailable',
};

export const PROBLEM_TYPE = 'application/problem+json; charset=utf-8';

export function problemBody(status: number, detail: string, invalid?: InvalidParam[]): ProblemBody {
  return {
    type: 'about:blank',
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    ...(invalid ? { invalid } : {}),
  };
}

/** A problem as a plain response, for middleware and hooks outside the typed routes. */
export function problem(
  status: ContentfulStatusCode,
  detail: string,
  invalid?: InvalidParam[],
): Response {
  return new Response(JSON.stringify(problemBody(status, detail, invalid)), {
    status,
    headers: { 'content-type': PROBLEM_TYPE },
  });
}

/** The validation hook of every route: a 400 that names each offending parameter. */
export function rejectInvalid(
  result: { success: true } | { success: false; error: z.ZodError },
  c: Context,
): Response | undefined {
  if (result.success) return undefined;
  const invalid = result.error.issues.map((issue) => {
    const param = String(issue.path[0] ?? '(query)');
    const repeated = c.req.queries(param)?.length ?? 0;
    return {
      param,
      message: repeated > 1 ? `${param} is given ${repeated} times; give it once` : issue.message,
    };
  });
  const names = [...new Set(invalid.map((item) => item.param))].join(', ');
  return problem(
    400,
    `Invalid query parameter${names.includes(',') ? 's' : ''}: ${names}.`,
    invalid,
  );
}
