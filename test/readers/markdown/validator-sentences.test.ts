/**
 * A reference generated from a validator's messages writes, under `### PARAMS:`, a bold code name
 * over the message for its value. Beside the schema sentences (`value must be an integer …`), some
 * state one value (`nullable must equal lit`), a collection of maps (`sequence of lamp must be a map
 * with :id and :colour keys`) or no one type (`nullable function`, `value must satisfy one of the
 * following requirements: …`): each is the parameter's, its words the description. The page is
 * a "lamps" API written by us.
 */
import { describe, expect, it } from 'vitest';
import { bodySchema, codes, operation, parameterNames, readGeneral, strip } from './helpers.js';

const page = `# Lamp

/api/lamp endpoints.

## \`GET /api/lamp/:id/glow\`

Fetch the glow of a lamp.

### PARAMS:

*  **\`id\`** value must be an integer greater than zero.

*  **\`include\`** nullable must equal bulbs

*  **\`skip_ids\`** nullable function

*  **\`kinds\`** value may be nil, or if non-nil, value must satisfy one of the following requirements: 1) value must be an array. Each value must be one of: \`desk\`, \`floor\`. 2) value must be one of: \`desk\`, \`floor\`.

*  **\`since\`** nullable value must be a valid date string

## \`POST /api/lamp/\`

Create a new lamp.

### PARAMS:

*  **\`name\`** value must be a non-blank string.

*  **\`bulbs\`** nullable sequence of bulb must be a map with :id and :colour keys

*  **\`shade\`** nullable :lamps.shades/Shade

*  **\`room_id\`** nullable value must be an integer greater than zero.
`;

describe('general reader: a validator’s other sentences under a parameters title', () => {
  const read = readGeneral(page, 'api/lamp.md');

  it('should keep each parameter whose words are such a sentence, where before it was skipped as an odd item', () => {
    const glow = operation(read, 'GET /api/lamp/{id}/glow');
    expect(parameterNames(glow)).toEqual(['path:id*', 'query:include', 'query:skip_ids', 'query:kinds', 'query:since']);
    expect(glow.parameters.find((p) => p.name === 'skip_ids')?.description).toBe('nullable function');
    expect(glow.parameters.find((p) => p.name === 'kinds')?.description).toMatch(/^value may be nil, or if non-nil, value must satisfy/);
    expect(codes(read)).not.toContain('duplicate-parameter');
  });

  it('should read `must equal` as an enum of that one value, nullable where `nullable` opens it', () => {
    const include = operation(read, 'GET /api/lamp/{id}/glow').parameters.find((p) => p.name === 'include');
    expect(strip(include?.schema)).toEqual({ kind: 'enum', base: 'string', values: [{ value: 'bulbs' }], nullable: true });
    expect(include?.required).toBe(false);
  });

  it('should read a collection of maps as an array of objects, and state no type for words that name none', () => {
    const body = bodySchema(operation(read, 'POST /api/lamp'));
    expect(body?.kind).toBe('object');
    if (body?.kind !== 'object') return;
    expect(body.properties.map((p) => p.name)).toEqual(['name', 'bulbs', 'shade', 'room_id']);
    expect(body.properties.every((p) => !p.required)).toBe(true);
    const bulbs = body.properties.find((p) => p.name === 'bulbs');
    expect(bulbs?.schema.kind).toBe('array');
    expect(bulbs?.schema.nullable).toBe(true);
    // (An object of no stated members: a map of any values.)
    expect(bulbs?.schema.kind === 'array' && bulbs.schema.items.kind).toBe('map');
    const shade = body.properties.find((p) => p.name === 'shade');
    expect(shade?.schema.kind).toBe('unknown');
    expect(shade?.description).toBe('nullable :lamps.shades/Shade');
  });

  it('should leave other words after a bold name as they were read (a list of notes, no sentence of a validator)', () => {
    const other = readGeneral(
      '# Lamps\n\n## `GET /api/lamps`\n\n### PARAMS:\n\n*  **`room`** value must be a non-blank string.\n\n*  **`size`** value must be an integer greater than zero.\n\n*  **`Note`** the lamps are sorted by name.\n',
    );
    expect(parameterNames(operation(other, 'GET /api/lamps'))).toEqual(['query:room', 'query:size']);
  });

  it('should read a hostile page (3,000 such items, backticks and `__proto__` in the words) without a crash', () => {
    const items = Array.from(
      { length: 3_000 },
      (_, i) => `*  **\`p${i}\`** nullable must equal \`__proto__\` sequence of x must be a map \`*/\` ${'nullable '.repeat(i % 7)}`,
    ).join('\n\n');
    const hostile = readGeneral(
      `# Lamps\n\n## \`GET /api/lamps\`\n\n### PARAMS:\n\n*  **\`__proto__\`** nullable must equal \`constructor\`\n\n${items}\n`,
    );
    const list = operation(hostile, 'GET /api/lamps');
    expect(list.parameters.length).toBe(3_001);
    expect(strip(list.parameters[0]?.schema)).toEqual({ kind: 'enum', base: 'string', values: [{ value: 'constructor' }], nullable: true });
  });
});
