import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { api } from './http';

const ENDPOINTS = [
  '/healthz',
  '/api/countries',
  '/api/countries/{id}',
  '/api/events',
  '/api/leaders',
  '/api/stats/yearly',
  '/api/sources',
  '/api/borders',
  '/api/charts/{file}',
  '/api/stories',
  '/api/stories/{id}',
];

describe('GET /api/openapi.json', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const { body } = await api<Record<string, unknown>>('/api/openapi.json');
    const validator = new Validator();
    const result = await validator.validate(body as Parameters<Validator['validate']>[0]);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('describes every endpoint of the API with its parameters', async () => {
    const { body } = await api<{
      paths: Record<string, { get: { parameters?: { name: string }[] } }>;
    }>('/api/openapi.json');
    expect(Object.keys(body.paths)).toEqual(expect.arrayContaining(ENDPOINTS));
    const params = (path: string) => body.paths[path]?.get.parameters?.map((p) => p.name) ?? [];
    expect(params('/api/events')).toEqual(['countries', 'categories', 'from', 'to', 'format']);
    expect(params('/api/leaders')).toEqual(['countries', 'roles', 'at', 'from', 'to']);
    expect(params('/api/charts/{file}')).toEqual(
      expect.arrayContaining(['file', 'width', 'height', 'theme', 'scale']),
    );
  });
});

describe('GET /api/docs', () => {
  it('is an HTML reference that needs nothing from another host', async () => {
    const { status, headers, body } = await api<string>('/api/docs');
    expect(status).toBe(200);
    expect(headers.get('content-type')).toMatch(/^text\/html/);
    for (const endpoint of ENDPOINTS) expect(body).toContain(endpoint);
    expect(body).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(body).not.toMatch(/<script/);
    expect((await api('/api/docs/docs.css')).status).toBe(200);
  });
});
