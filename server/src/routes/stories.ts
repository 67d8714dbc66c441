import { createRoute, z } from '@hono/zod-openapi';
import { jsonResponse, problemResponse, StorySchema, StorySummarySchema } from '../api/schemas';
import { PROBLEM_TYPE, problemBody } from '../http/problem';
import type { Store } from '../store';
import { router } from './router';

export const storyRoutes = (store: Store) =>
  router()
    .openapi(
      createRoute({
        method: 'get',
        path: '/api/stories',
        summary: 'The stories: guided sequences through the map and the charts',
        tags: ['Stories'],
        responses: {
          200: jsonResponse(z.object({ stories: z.array(StorySummarySchema) }), 'The stories'),
        },
      }),
      (c) =>
        c.json(
          {
            stories: store.stories.map(({ id, title, summary, steps }) => ({
              id,
              title,
              summary,
              steps: steps.length,
            })),
          },
          200,
        ),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/api/stories/{id}',
        summary: 'One story, with all its steps',
        tags: ['Stories'],
        request: {
          params: z.object({
            id: z.string().openapi({ param: { name: 'id', in: 'path' }, example: '1956' }),
          }),
        },
        responses: {
          200: jsonResponse(StorySchema, 'The story'),
          404: problemResponse('No such story'),
        },
      }),
      (c) => {
        const { id } = c.req.valid('param');
        const story = store.stories.find((candidate) => candidate.id === id);
        if (!story) {
          const known = store.stories.map((candidate) => candidate.id).join(', ');
          const detail = `No story "${id.slice(0, 40)}"; known: ${known}.`;
          return c.json(problemBody(404, detail), 404, { 'content-type': PROBLEM_TYPE });
        }
        return c.json(story, 200);
      },
    );
