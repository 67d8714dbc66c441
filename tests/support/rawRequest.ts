/**
 * The one HTTP request helper of the tests: the answer as it crossed the wire, bytes undecoded
 * (fetch would decompress), headers also in their order on the wire.
 */
import { type Agent, type IncomingMessage, request } from 'node:http';

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** Names and values alternating, as received. */
  rawHeaders: string[];
  body: Buffer;
}

export interface RawRequestOptions {
  method?: string;
  headers?: Record<string, string>;
  agent?: Agent;
  /** Called once the whole request is on its way. */
  onSent?: () => void;
}

/** Where to send: a URL, or its parts when the path must go out verbatim (URLs resolve dots). */
export type Target = string | { host: string; port: string; path: string };

export function rawRequest(
  target: Target,
  { method = 'GET', headers = {}, agent, onSent }: RawRequestOptions = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const onResponse = (res: IncomingMessage) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          rawHeaders: res.rawHeaders,
          body: Buffer.concat(chunks),
        }),
      );
      res.on('error', reject);
    };
    const options = { method, headers, agent };
    const req =
      typeof target === 'string'
        ? request(target, options, onResponse)
        : request({ ...target, ...options }, onResponse);
    if (onSent) req.on('finish', onSent);
    req.on('error', reject);
    req.end();
  });
}
