/**
 * The API benchmark's baseline: a bare `node:http` server, in a process of its own like the real
 * one, answering each path with bytes received from the parent (the real server's answers,
 * fetched once). What the real server costs beyond this is routing, middleware and caching.
 */
import { createServer } from 'node:http';

export interface CannedAnswer {
  /** Path and query, as requested. */
  path: string;
  headers: Record<string, string>;
  body: Uint8Array;
}

process.once('message', (answers: CannedAnswer[]) => {
  const byPath = new Map(answers.map((answer) => [answer.path, answer]));
  const server = createServer((request, response) => {
    const answer = byPath.get(request.url ?? '');
    if (!answer) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, answer.headers).end(answer.body);
  });
  server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    process.send?.({ port: typeof address === 'object' && address ? address.port : 0 });
  });
});
