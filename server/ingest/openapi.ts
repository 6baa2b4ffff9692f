/** The ingest API as an OpenAPI 3.1 document, served at /api/v1/openapi.json. */
import { EVENT_KINDS } from '../../shared/events'

const refusal = (description: string) => ({
  description,
  content: {
    'application/json': {
      schema: { $ref: '#/components/schemas/Refusal' },
    },
  },
})

export function openApiDocument(maxBytes: number) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Leitstand ingest API',
      version: '1',
      description:
        'Pushes events (tickets, checks, maintenance windows, surveys, KPIs) into a running Leitstand. ' +
        'One request is one ingest run: every good record is stored, every bad one quarantined with its ' +
        'line and reason. A record sent again replaces the earlier one, so a request that failed or was cut ' +
        'off can simply be sent again.',
    },
    servers: [{ url: '/' }],
    security: [{ token: [] }],
    paths: {
      '/api/v1/events/{kind}': {
        post: {
          summary: 'Ingest a batch of events of one kind',
          parameters: [
            {
              name: 'kind',
              in: 'path',
              required: true,
              schema: { type: 'string', enum: [...EVENT_KINDS] },
            },
            {
              name: 'source',
              in: 'query',
              required: false,
              description:
                'A name for this batch (e.g. a file name). The quarantine lists the latest run of each source, ' +
                'so a corrected batch sent again under the same name leaves it. Default: a new name per request.',
              schema: { type: 'string', maxLength: 200 },
            },
            {
              name: 'Content-Encoding',
              in: 'header',
              required: false,
              schema: { type: 'string', enum: ['gzip', 'identity'] },
            },
          ],
          requestBody: {
            required: true,
            description: `At most ${maxBytes} bytes as sent. Fields as in the data formats of the README.`,
            content: {
              'application/x-ndjson': {
                schema: { type: 'string', description: 'one JSON object per line' },
              },
              'text/csv': {
                schema: {
                  type: 'string',
                  description: 'a header row of field names; an empty cell is an absent field',
                },
              },
            },
          },
          responses: {
            '200': {
              description: 'Stored (derived figures follow within seconds)',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/IngestResult' } } },
            },
            '400': refusal('The body cannot be read at all: unknown content type or encoding, bad gzip'),
            '401': refusal('No token, or an unknown or revoked one'),
            '403': refusal('The token may not send this kind'),
            '404': refusal('Unknown kind'),
            '413': refusal('The body is larger than the limit'),
            '503': refusal('The store is not reachable, or no catalog is loaded yet; send again later'),
          },
        },
      },
    },
    components: {
      securitySchemes: {
        token: {
          type: 'http',
          scheme: 'bearer',
          description: 'An ingest token from `leitstand token create NAME --kinds KIND,...`',
        },
      },
      schemas: {
        IngestResult: {
          type: 'object',
          required: ['run', 'source', 'read', 'stored', 'quarantined', 'problems'],
          properties: {
            run: { type: 'integer', description: 'the ingest run this request was' },
            source: { type: 'string' },
            read: { type: 'integer' },
            stored: { type: 'integer' },
            quarantined: { type: 'integer' },
            problems: {
              type: 'array',
              description: 'the first 100 quarantined records',
              items: {
                type: 'object',
                required: ['line', 'reason'],
                properties: { line: { type: 'integer' }, reason: { type: 'string' } },
              },
            },
          },
        },
        Refusal: {
          type: 'object',
          required: ['error'],
          properties: { error: { type: 'string', description: 'one line: why' } },
        },
      },
    },
  }
}
