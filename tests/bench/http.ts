/** Plain HTTP requests over one kept-alive connection, timed from request to the last byte. */
import { Agent } from 'node:http';
import { type RawResponse, rawRequest } from '../support/rawRequest';

export interface TimedResponse extends RawResponse {
  ms: number;
}

const agent = new Agent({ keepAlive: true, maxSockets: 1 });

async function get(url: string, headers: Record<string, string> = {}): Promise<TimedResponse> {
  const started = performance.now();
  const response = await rawRequest(url, { agent, headers });
  return { ...response, ms: performance.now() - started };
}

/** GETs `url` and fails unless the answer is a 200. */
export async function getOk(url: string, headers: Record<string, string> = {}) {
  const response = await get(url, headers);
  if (response.status !== 200) {
    throw new Error(
      `GET ${url} answered ${response.status}: ${response.body.toString().slice(0, 300)}`,
    );
  }
  return response;
}
