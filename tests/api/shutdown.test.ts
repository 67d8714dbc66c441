/**
 * Stopping under load, as a deploy does: SIGTERM while a class's worth of requests is in flight.
 * Every one of them is answered in full, and the process exits 0 within 5 s.
 */
import { Agent } from 'node:http';
import { describe, expect, it } from 'vitest';
import { rawRequest } from '../support/rawRequest';
import { startServer } from '../support/server';

/**
 * Sends a GET: `written` resolves once the whole request is on its way, `answer` with the
 * response, and `answered()` says whether it came.
 */
function get(url: string, agent: Agent) {
  let sent!: () => void;
  const written = new Promise<void>((done) => {
    sent = done;
  });
  let answered = false;
  const answer = rawRequest(url, { agent, onSent: sent }).then((response) => {
    answered = true;
    return response;
  });
  return { written, answer, answered: () => answered };
}

/** A mix of slow and quick work, every request distinct so that no cache answers it. */
function mixedLoad(): string[] {
  const paths: string[] = [];
  for (let i = 0; i < 3; i++) {
    // A new chart for each: a render in the worker, then a rasterization.
    paths.push(`/api/charts/events-by-year.png?from=${1953 + i}&width=${640 + i}&height=360`);
    paths.push(`/api/charts/timeline.svg?to=${1960 + i}&width=${800 + i}`);
  }
  for (let i = 0; i < 40; i++) {
    const year = 1953 + (i % 16);
    paths.push(
      [
        `/api/events?from=${year}&to=${year + (i % 3)}`,
        `/api/stats/yearly?from=${year}`,
        `/api/leaders?at=${year}-0${1 + (i % 9)}-15`,
        `/api/countries/${['SU', 'PL', 'HU'][i % 3]}`,
      ][i % 4] ?? '/healthz',
    );
  }
  return paths;
}

describe('SIGTERM', () => {
  it('lets every request in flight finish with 200, then exits 0 within 5 s', async () => {
    const server = await startServer();
    const agent = new Agent({ keepAlive: true });
    // The render worker starts on the first chart; a running server has long since started it.
    const warm = get(`${server.url}/api/charts/leaders.svg`, agent);
    expect((await warm.answer).status).toBe(200);

    const requests = mixedLoad().map((path) => ({ path, ...get(server.url + path, agent) }));
    await Promise.all(requests.map(({ written }) => written));
    // The server reads its sockets in the order they became readable: once it has answered a
    // request sent after all the others, it has read every one of them. They are all in flight.
    expect((await get(`${server.url}/healthz`, agent).answer).status).toBe(200);

    const signalled = performance.now();
    const unanswered = requests.filter((request) => !request.answered()).length;
    const exited = server.stop().then((code) => ({ code, ms: performance.now() - signalled }));
    const answers = await Promise.allSettled(requests.map(({ answer }) => answer));
    const { code, ms } = await exited;
    agent.destroy();

    // Else the test proved nothing: the signal has to find work under way, at least the renders.
    expect(unanswered).toBeGreaterThanOrEqual(3);
    const failed = answers.flatMap((settled, index) =>
      settled.status === 'fulfilled' && settled.value.status === 200
        ? []
        : [
            `${requests[index]?.path}: ${settled.status === 'fulfilled' ? settled.value.status : settled.reason}`,
          ],
    );
    expect(failed).toEqual([]);
    for (const settled of answers) {
      if (settled.status !== 'fulfilled') continue;
      const { headers, body } = settled.value;
      const type = String(headers['content-type']);
      // Whole bodies, not ones cut off by the shutdown.
      if (type.startsWith('image/png'))
        expect(body.subarray(-8).toString('latin1')).toContain('IEND');
      else if (type.startsWith('image/svg')) expect(body.toString().trimEnd()).toMatch(/<\/svg>$/);
      else expect(() => JSON.parse(body.toString())).not.toThrow();
    }
    expect(server.output()).toMatch(/SIGTERM/);
    expect(code).toBe(0);
    expect(ms).toBeLessThan(5_000);
  });
});
