/**
 * The one HTTP request helper of the tests: the answer as it crossed the wire, bytes undecoded
 * (fetch would decompress), headers also in their order on the wire.
 */
import { type Agent, request } from 'node:http';

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

export function rawRequest(
  url: string,
  { method = 'GET', headers = {}, agent, onSent }: RawRequestOptions = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers, agent }, (res) => {
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
    });
    if (onSent) req.on('finish', onSent);
    req.on('error', reject);
    req.end();
  });
}
