/**
 * The typed API client (paths, parameters and responses come from the server's routes) and the
 * one way its answers are read: a failed request becomes an `ApiError` with the server's words,
 * and so does an answer that is not what the route promises.
 */
import type { AppType } from '@thaw/server';
import { hc } from 'hono/client';

// Only the routes' type crosses from the server: no server code reaches the bundle.
export const api = hc<AppType>(window.location.origin);

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface AnyResponse {
  ok: boolean;
  status: number;
  statusText: string;
  text(): Promise<string>;
}

/** The response when it is a success; otherwise throws with the problem+json `detail`. */
async function success<R extends AnyResponse>(
  pending: Promise<R>,
): Promise<Extract<R, { ok: true }>> {
  let response: R;
  try {
    response = await pending;
  } catch {
    // fetch rejects only when no answer came at all; its own message ("Failed to fetch") says less.
    throw new ApiError(0, 'The server could not be reached.');
  }
  if (response.ok) return response as Extract<R, { ok: true }>;
  const body = await response.text().catch(() => '');
  let detail = `${response.status} ${response.statusText}`.trim();
  try {
    const problem = JSON.parse(body) as { detail?: unknown };
    if (typeof problem.detail === 'string') detail = problem.detail;
  } catch {
    // Not problem+json (a proxy's error page, say): the status line is all there is.
  }
  throw new ApiError(response.status, detail);
}

/**
 * The JSON object a successful response holds. A body that is not one (a proxy's page, a cut-off
 * answer) is an `ApiError`, so that a view never receives it.
 */
export async function jsonOf<R extends AnyResponse & { json(): Promise<unknown> }>(
  pending: Promise<R>,
): Promise<JsonObject<R>> {
  const response = await success(pending);
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new ApiError(response.status, 'The server’s answer was unreadable (not JSON).');
  }
  if (typeof body !== 'object' || body === null) throw unexpectedAnswer('data');
  return body as JsonObject<R>;
}

/** What a successful response's JSON is typed as by its route, when it is an object. */
type JsonObject<R> =
  Extract<R, { ok: true }> extends { json(): Promise<infer Body> } ? Extract<Body, object> : never;

/** Throws unless `items` is an array of items that `isValid` accepts. */
export function expectItems(items: unknown, isValid: (item: unknown) => boolean, what: string) {
  if (!Array.isArray(items) || !items.every(isValid)) throw unexpectedAnswer(what);
}

/** A check for `expectItems` from a record schema of @thaw/data. */
export const conformsTo =
  (schema: { safeParse(value: unknown): { success: boolean } }) => (item: unknown) =>
    schema.safeParse(item).success;

const unexpectedAnswer = (what: string) =>
  new ApiError(200, `The server’s answer held no valid ${what}.`);
