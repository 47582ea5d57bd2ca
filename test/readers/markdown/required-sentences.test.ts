/**
 * A description's sentence of its own saying the row is required, "This parameter is required.",
 * "The field is mandatory.", flags it required where no column says it, as `Required.` does; one
 * saying it is optional, or required under a condition ("This parameter is required when …"),
 * flags none. The fixture is ours.
 */
import { describe, expect, it } from 'vitest';
import { bodySchema, operation, parameterNames, readGeneral } from './helpers.js';

const page = [
  '# Lamps',
  '## Count lamps',
  '```bash\nGET /lamps/count\n```',
  'URL query parameters:',
  '- `room`: The room to count in. This parameter is required.',
  '- `since=<unix epoch>`: Start time. This parameter is required.',
  '- `limit`: How many to count. The parameter is optional, the default is `100`.',
  '- `colour`: A colour. This parameter is required when `room` is a hall.',
  '## Add a lamp',
  '`POST /lamps`',
  '| Field | Type | Description |\n|---|---|---|\n| name | string | The name. The field is mandatory. |\n| watts | integer | The power. This field is required. Must be even. |\n| note | string | A note on the field is required. |',
].join('\n\n');

describe('general reader: a sentence saying a parameter is required', () => {
  const read = readGeneral(page, 'api/lamps.md');

  it('should flag the list items whose description says so required, and no other', () => {
    expect(parameterNames(operation(read, 'GET /lamps/count'))).toEqual(['query:room*', 'query:since*', 'query:limit', 'query:colour']);
  });

  it('should flag the table rows whose description says so required', () => {
    const schema = bodySchema(operation(read, 'POST /lamps'));
    expect(schema?.kind === 'object' && schema.properties.map((p) => [p.name, p.required])).toEqual([
      ['name', true],
      ['watts', true],
      ['note', false],
    ]);
  });

  it('should read thousands of such rows and descriptions padded with long runs of blanks in seconds', () => {
    const spaces = ' '.repeat(300_000);
    const rows = Array.from({ length: 3000 }, (_, i) => `| f${i} | string | Field ${i}. This field is required. |`).join('\n');
    const padded = [
      `| a | string | x.${spaces}this${spaces}parameter${spaces}is${spaces}required${spaces}x |`,
      `| b | string | ${'. the parameter is '.repeat(20_000)}${'.'.repeat(60_000)} |`,
    ].join('\n');
    const hostile = readGeneral(
      `## Many\n\n\`POST /many\`\n\n| Field | Type | Description |\n|---|---|---|\n${rows}\n${padded}`,
      'api/many.md',
    );
    const schema = bodySchema(operation(hostile, 'POST /many'));
    const properties = schema?.kind === 'object' ? schema.properties : [];
    expect(properties.filter((p) => p.required)).toHaveLength(3000);
    expect(properties.find((p) => p.name === 'a')?.required).toBe(false);
  }, 60_000);
});
