/**
 * A `default` attribute of an MDX `<ResponseField>` (Mintlify's) is that field's default, as a
 * `<ParamField>`'s is the parameter's; before, it was dropped. The fixture is a "lamps" API written
 * by us.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operation, readGeneral } from './helpers.js';

const page = readFileSync(path.join(import.meta.dirname, 'fixtures/response-defaults/get-lamp.mdx'), 'utf8');

describe('general reader: MDX response fields with a default', () => {
  it('should read a `<ResponseField default>` as the field’s default, nested in an `<Expandable>` too', () => {
    const get = operation(readGeneral(page, 'api/get-lamp.mdx'), 'GET /lamps/{id}');
    expect(get.responses[0]?.content[0]?.schema).toMatchObject({
      kind: 'object',
      properties: [
        { name: 'id', required: true, schema: { kind: 'string' } },
        { name: 'brightness', schema: { kind: 'integer', default: 50 } },
        { name: 'bulb', schema: { kind: 'object', properties: [{ name: 'color', schema: { kind: 'string', default: 'white' } }] } },
      ],
    });
  });
});
