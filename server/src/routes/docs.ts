/**
 * The API reference: the OpenAPI document generated from the routes, and a page that renders it
 * on the server (no script, no remote assets), so it works offline and cannot drift from the code.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { Hono } from 'hono';

type Document = ReturnType<OpenAPIHono['getOpenAPI31Document']>;
type Json = Record<string, unknown>;

export const OPENAPI_INFO = {
  openapi: '3.1.0',
  info: {
    title: 'Thaw Atlas API',
    version: '1.0.0',
    description:
      'Protests, interventions, leadership changes and milestones of de-Stalinization in the Soviet Union, Poland and Hungary, 1953–1968: sourced events, leaders, yearly statistics, period borders and slide-ready charts. Errors are application/problem+json.',
    license: { name: 'Data: see /api/sources for each record’s sources' },
  },
} as const;

export function docsRoutes(document: () => Document) {
  let page: string | undefined;
  return new Hono()
    .get('/api/openapi.json', (c) => c.json(document()))
    .get('/api/docs', (c) => {
      page ??= renderPage(document());
      return c.html(page);
    })
    .get('/api/docs/docs.css', (c) =>
      c.body(STYLES, 200, { 'content-type': 'text/css; charset=utf-8' }),
    );
}

function renderPage(doc: Document): string {
  const operations = Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
    Object.entries(item as Json).map(([method, operation]) => ({
      path,
      method,
      operation: operation as Json,
    })),
  );
  const schemas = Object.entries((doc.components?.schemas ?? {}) as Record<string, Json>);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(doc.info.title)} reference</title>
<link rel="stylesheet" href="/api/docs/docs.css">
</head>
<body>
<header><h1>${escapeHtml(doc.info.title)} <small>v${escapeHtml(doc.info.version)}</small></h1>
<p>${escapeHtml(doc.info.description ?? '')}</p>
<p>Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI ${escapeHtml(doc.openapi)}). Back to the <a href="/">atlas</a>.</p>
<nav aria-label="Endpoints"><ul>${operations
    .map(
      ({ path, method }) =>
        `<li><a href="#${anchor(method, path)}"><code>${method.toUpperCase()} ${escapeHtml(path)}</code></a></li>`,
    )
    .join('')}</ul></nav></header>
<main>
${operations.map(({ path, method, operation }) => renderOperation(path, method, operation)).join('\n')}
<section><h2 id="schemas">Schemas</h2>
${schemas.map(([name, schema]) => renderSchema(name, schema)).join('\n')}
</section>
</main>
</body>
</html>`;
}

function renderOperation(path: string, method: string, operation: Json): string {
  const parameters = (operation.parameters ?? []) as Json[];
  const example = exampleUrl(path, parameters);
  const responses = Object.entries((operation.responses ?? {}) as Record<string, Json>);
  return `<section class="operation">
<h2 id="${anchor(method, path)}"><span class="method">${method.toUpperCase()}</span> <code>${escapeHtml(path)}</code></h2>
<p>${escapeHtml(String(operation.summary ?? ''))}</p>
${operation.description ? `<p>${escapeHtml(String(operation.description))}</p>` : ''}
${example ? `<p>Try it: <a href="${escapeHtml(example)}"><code>${escapeHtml(example)}</code></a></p>` : ''}
${
  parameters.length
    ? `<table><caption>Parameters</caption><thead><tr><th scope="col">Name</th><th scope="col">In</th><th scope="col">Type</th><th scope="col">Description</th></tr></thead><tbody>${parameters
        .map(
          (p) =>
            `<tr><td><code>${escapeHtml(String(p.name))}</code>${p.required ? ' <em>required</em>' : ''}</td><td>${escapeHtml(String(p.in))}</td><td>${describeType((p.schema ?? {}) as Json)}</td><td>${escapeHtml(String(p.description ?? (p.schema as Json | undefined)?.description ?? ''))}</td></tr>`,
        )
        .join('')}</tbody></table>`
    : ''
}
<table><caption>Responses</caption><thead><tr><th scope="col">Status</th><th scope="col">Description</th><th scope="col">Media types</th></tr></thead><tbody>${responses
    .map(
      ([status, response]) =>
        `<tr><td>${escapeHtml(status)}</td><td>${escapeHtml(String(response.description ?? ''))}</td><td>${Object.keys(
          (response.content ?? {}) as Json,
        )
          .map((type) => `<code>${escapeHtml(type)}</code>`)
          .join(' ')}</td></tr>`,
    )
    .join('')}</tbody></table>
</section>`;
}

function renderSchema(name: string, schema: Json): string {
  const properties = Object.entries((schema.properties ?? {}) as Record<string, Json>);
  const required = new Set((schema.required ?? []) as string[]);
  return `<h3 id="schema-${escapeHtml(name)}">${escapeHtml(name)}</h3>
<table><thead><tr><th scope="col">Field</th><th scope="col">Type</th><th scope="col">Notes</th></tr></thead><tbody>${properties
    .map(
      ([field, property]) =>
        `<tr><td><code>${escapeHtml(field)}</code>${required.has(field) ? '' : ' <em>optional</em>'}</td><td>${describeType(property)}</td><td>${escapeHtml(String(property.description ?? ''))}</td></tr>`,
    )
    .join('')}</tbody></table>`;
}

/** A schema in a few words: `string (YYYY-MM-DD)`, `one of: a, b`, `Event[]`. */
function describeType(schema: Json): string {
  if (typeof schema.$ref === 'string') {
    const name = schema.$ref.split('/').at(-1) ?? '';
    return `<a href="#schema-${escapeHtml(name)}">${escapeHtml(name)}</a>`;
  }
  if (Array.isArray(schema.enum))
    return `one of: ${schema.enum.map((value) => `<code>${escapeHtml(String(value))}</code>`).join(', ')}`;
  if (Array.isArray(schema.anyOf)) return (schema.anyOf as Json[]).map(describeType).join(' | ');
  const type = Array.isArray(schema.type) ? schema.type.join(' | ') : String(schema.type ?? 'any');
  if (type.startsWith('array') && schema.items) return `${describeType(schema.items as Json)}[]`;
  const extras = [
    schema.pattern ? `pattern <code>${escapeHtml(String(schema.pattern))}</code>` : '',
    schema.minimum !== undefined ? `≥ ${schema.minimum}` : '',
    schema.maximum !== undefined ? `≤ ${schema.maximum}` : '',
    schema.default !== undefined
      ? `default <code>${escapeHtml(String(schema.default))}</code>`
      : '',
  ].filter(Boolean);
  return `${escapeHtml(type)}${extras.length ? ` (${extras.join(', ')})` : ''}`;
}

/** A link that runs the operation with each parameter's example. */
function exampleUrl(path: string, parameters: Json[]): string | null {
  let url = path;
  const query = new URLSearchParams();
  for (const parameter of parameters) {
    const example = parameter.example ?? (parameter.schema as Json | undefined)?.example;
    if (example === undefined) continue;
    if (parameter.in === 'path') url = url.replace(`{${parameter.name}}`, String(example));
    else if (parameter.in === 'query') query.set(String(parameter.name), String(example));
  }
  if (url.includes('{')) return null;
  const search = query.toString();
  return search ? `${url}?${search}` : url;
}

const anchor = (method: string, path: string) => `${method}-${path.replace(/[^a-z0-9]+/gi, '-')}`;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

const STYLES = `
:root { color-scheme: light; font-family: system-ui, sans-serif; line-height: 1.5; color: #1d232a; }
body { margin: 0 auto; max-width: 62rem; padding: 1.5rem; }
h1 small { font-weight: normal; color: #5a6470; font-size: 0.6em; }
nav ul { columns: 2; padding-left: 1.2rem; }
.operation { border-top: 1px solid #d4d9de; margin-top: 2rem; }
.method { background: #0b5cad; color: #fff; border-radius: 4px; padding: 0 0.4rem; font-size: 0.8em; }
table { border-collapse: collapse; width: 100%; margin: 0.8rem 0; font-size: 0.92rem; }
caption { text-align: left; font-weight: 600; padding: 0.3rem 0; }
th, td { border: 1px solid #d4d9de; padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #f2f4f6; }
code { font-family: ui-monospace, monospace; font-size: 0.9em; overflow-wrap: anywhere; }
a { color: #0b5cad; }
a:focus-visible { outline: 3px solid #e69f00; outline-offset: 2px; }
em { color: #8a4b00; font-style: normal; font-size: 0.85em; }
`;
