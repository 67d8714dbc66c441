import type { Event, Story } from '@thaw/data';
import { describe, expect, it } from 'vitest';
import { api, expectProblem, raw } from './http';

interface StorySummary {
  id: string;
  title: string;
  summary: string;
  steps: number;
}

describe('GET /api/stories', () => {
  it('lists the shipped stories by id, with their titles, summaries and step counts', async () => {
    const { status, body } = await api<{ stories: StorySummary[] }>('/api/stories');
    expect(status).toBe(200);
    expect(body.stories.map((story) => story.id)).toEqual(['1953-after-stalin', '1956', '1968']);
    for (const story of body.stories) {
      expect(Object.keys(story).sort()).toEqual(['id', 'steps', 'summary', 'title']);
      expect(story.steps).toBeGreaterThanOrEqual(8);
      expect(story.steps).toBeLessThanOrEqual(15);
    }
  });

  it('is cached like every API answer: an ETag, Cache-Control and a 304', async () => {
    for (const path of ['/api/stories', '/api/stories/1956']) {
      const first = await raw(path);
      expect(first.status, path).toBe(200);
      expect(first.headers.etag, path).toMatch(/^"[\w-]+"$/);
      expect(first.headers['cache-control'], path).toMatch(/max-age/);
      expect(first.headers['access-control-allow-origin'], path).toBe('*');
      const again = await raw(path, { 'if-none-match': String(first.headers.etag) });
      expect(again.status, path).toBe(304);
    }
  });
});

describe('GET /api/stories/{id}', () => {
  it('answers the whole story, each step with its defaults filled in and events that exist', async () => {
    const [{ body: list }, { body: events }] = await Promise.all([
      api<{ stories: StorySummary[] }>('/api/stories'),
      api<{ events: Event[] }>('/api/events'),
    ]);
    const known = new Set(events.events.map((event) => event.id));
    for (const { id, steps } of list.stories) {
      const { status, body } = await api<Story>(`/api/stories/${id}`);
      expect(status).toBe(200);
      expect(body.id).toBe(id);
      expect(body.steps).toHaveLength(steps);
      for (const step of body.steps) {
        expect(step.categories.length, step.title).toBeGreaterThan(0);
        for (const event of step.highlight) expect(known, `${id}: ${event}`).toContain(event);
      }
    }
    const { body } = await api<Story>('/api/stories/1956');
    expect(body.steps[0]).toMatchObject({
      date: '1956-02',
      countries: ['SU'],
      mode: 'month',
      show: 'map',
      highlight: ['su-1956-02-14-twentieth-congress', 'su-1956-02-25-secret-speech'],
    });
  });

  it('answers 404 problem+json for an unknown story, naming the known ones', async () => {
    const problem = await expectProblem('/api/stories/1957', 404);
    expect(problem.detail).toMatch(/1953-after-stalin, 1956, 1968/);
  });
});
