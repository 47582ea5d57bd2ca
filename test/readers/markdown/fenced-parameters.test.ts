import { describe, expect, it } from 'vitest';
import { operation, parameterNames, readGeneral, strip } from './helpers.js';

describe('general reader: a fence of `name: notes` lines under a parameters title', () => {
  const page = [
    '# Pets',
    '##### GET `/v1/pets/:id/toys`',
    'Parameters:',
    '```\nsort: "newest", "oldest" (default: newest)\npage: Int32\ncolour: a colour name as the shop writes it (default: "red")\nkinds: "ball", "rope" (comma separated)\n```',
    '##### GET `/v1/shops`',
    'Parameters:',
    '```\nid: string\n```',
  ].join('\n\n');

  it('should read each line as a parameter (quoted values an enum, type words its type, `(default: …)` its default), a fence of values none', () => {
    const read = readGeneral(page);
    const op = operation(read, 'GET /v1/pets/{id}/toys');
    expect(parameterNames(op)).toEqual(['query:sort', 'query:page', 'query:colour', 'query:kinds', 'path:id*']);
    const byName = new Map(op.parameters.map((p) => [p.name, strip(p)]));
    expect(byName.get('sort')?.schema).toMatchObject({
      kind: 'enum',
      values: [{ value: 'newest' }, { value: 'oldest' }],
      default: 'newest',
    });
    expect(byName.get('page')?.schema).toMatchObject({ kind: 'integer', format: 'int32' });
    expect(byName.get('colour')).toMatchObject({
      description: 'a colour name as the shop writes it',
      schema: { kind: 'string', default: 'red' },
    });
    // Values with more said about them (several may be sent) are no enum: the words stay its description.
    expect(byName.get('kinds')?.schema.kind).toBe('string');
    expect(byName.get('kinds')?.description).toBe('"ball", "rope" (comma separated)');
    expect(parameterNames(operation(read, 'GET /v1/shops'))).toEqual(['query:id']);
    // A fence of values is a sample of the call, and a fence under no parameters title no list of them.
    const other = readGeneral(
      [
        '##### GET `/v1/shops`',
        'Parameters:',
        '```\npage: 2\nname: "Rex"\n```',
        '##### GET `/v1/toys`',
        'Some words first.',
        '```\nsort: "newest", "oldest"\n```',
      ].join('\n\n'),
    );
    expect(parameterNames(operation(other, 'GET /v1/shops'))).toEqual([]);
    expect(parameterNames(operation(other, 'GET /v1/toys'))).toEqual([]);
  });
});
