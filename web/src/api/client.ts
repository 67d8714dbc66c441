/**
 * The typed API client (paths, parameters and responses come from the server's routes) and the
 * one way its answers are read: a failed request becomes an `ApiError` with the server's words.
 */
import { createApiClient } from '@thaw/server/client';

export const api = createApiClient(window.location.origin);

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
export async function success<R extends AnyResponse>(
  pending: Promise<R>,
): Promise<Extract<R, { ok: true }>> {
  const response = await pending;
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
