import { OpenAPIHono } from '@hono/zod-openapi';
import { rejectInvalid } from '../http/problem';

/** A sub-app whose invalid requests all get the same problem+json 400. */
export const router = () => new OpenAPIHono({ defaultHook: rejectInvalid });
