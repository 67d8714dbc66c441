/**
 * Talking to the server under test: `api()` for JSON as a client sees it, `raw()` for the bytes
 * and headers exactly as they cross the wire (no automatic decompression).
 */
import { inject } from 'vitest';
import { type RawResponse, rawRequest } from '../support/rawRequest';

export const baseUrl = () => inject('baseUrl');

export async function api<T = unknown>(
  path: string,
): Promise<{ status: number; body: T; headers: Headers }> {
  const response = await fetch(`${baseUrl()}${path}`);
  const text = await response.text();
  const type = response.headers.get('content-type') ?? '';
  const body = (/json/.test(type) ? JSON.parse(text) : text) as T;
  return { status: response.status, body, headers: response.headers };
}

export type { RawResponse };

export function raw(
  path: string,
  headers: Record<string, string> = {},
  method = 'GET',
): Promise<RawResponse> {
  return rawRequest(`${baseUrl()}${path}`, { method, headers });
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  invalid?: { param: string; message: string }[];
}

/** Asserts a problem+json answer and returns it. */
export async function expectProblem(path: string, status: number): Promise<Problem> {
  const response = await fetch(`${baseUrl()}${path}`);
  if (response.status !== status)
    throw new Error(`${path}: expected ${status}, got ${response.status}`);
  const type = response.headers.get('content-type') ?? '';
  if (!type.startsWith('application/problem+json'))
    throw new Error(`${path}: content-type ${type}`);
  const problem = (await response.json()) as Problem;
  if (problem.status !== status || !problem.title || !problem.detail || !problem.type) {
    throw new Error(`${path}: incomplete problem ${JSON.stringify(problem)}`);
  }
  return problem;
}
