/**
 * Nested fields whose names repeat their parent's (Stripe's reference writes `address` ⏎
 * `address.city` ⏎ `address.country` one level down): the child is `city` of `address`. The page
 * is ours.
 */
import { describe, expect, it } from 'vitest';
import type { Schema } from '../../../src/ir/types.js';
import { bodySchema, operation, readGeneral } from './helpers.js';

const page = `# Shelves

## Create a shelf

\`POST /v1/shelves\`

### Parameters

- **name** \`string\`

  The shelf's display name.

- **location** \`object\`

  Where the shelf stands.

  - **location.room** \`string\`

    The room's name.

  - **location.position** \`object\`

    Its place in the room.

    - **location.position.row** \`integer\`

      The row, from the door.

- **tags** \`object\`

  Labels of the shelf.

  - **label.text** \`string\`

    A field of another name, kept as written.
`;

const properties = (schema: Schema | undefined) => (schema?.kind === 'object' ? schema.properties.map((p) => p.name) : []);
const property = (schema: Schema | undefined, name: string) =>
  schema?.kind === 'object' ? schema.properties.find((p) => p.name === name)?.schema : undefined;

describe('general reader: nested fields that repeat their parent’s name', () => {
  const body = bodySchema(operation(readGeneral(page, 'api/shelves.md'), 'POST /v1/shelves'));

  it('should name a nested field without its parent’s name before the dot, at every depth', () => {
    expect(properties(body)).toEqual(['name', 'location', 'tags']);
    const location = property(body, 'location');
    expect(properties(location)).toEqual(['room', 'position']);
    expect(properties(property(location, 'position'))).toEqual(['row']);
  });

  it('should keep a nested name whose words before the dot are not its parent’s', () => {
    expect(properties(property(body, 'tags'))).toEqual(['label.text']);
  });
});
