/**
 * A line announcing the list below as query parameters ("The endpoint accepts the following query
 * parameters in the URL:", "You may send these parameters in the query string:") places its rows in
 * the URL's query whatever the method, as a `Query parameters` title does: under a POST they are
 * no body's fields. A cue that names no query ("The following parameters are accepted:") places
 * them by the method, as before. The fixture is ours.
 */
import { describe, expect, it } from 'vitest';
import { bodySchema, operation, parameterNames, readGeneral } from './helpers.js';

const page = [
  '# Lamps',
  '## Change the lamp level',
  '```bash\nGET /lamp_level\nPOST /lamp_level\n```',
  'The endpoint accepts the following query parameters in the URL:',
  '- `level`: A valid brightness level, as a URL param (`?level=<n>`).',
  '## Dim a lamp',
  '```bash\nPOST /lamps/{lamp}/dim\n```',
  'You may send these parameters in the query string:',
  '- `fade`: How long the dimming takes, in seconds.',
  '- `step`: How much each step dims.',
  '## Rename a lamp',
  '```bash\nPOST /lamps/{lamp}/name\n```',
  'The following parameters are accepted:',
  '- `name`: The new name.',
].join('\n\n');

describe('general reader: a line announcing query parameters', () => {
  const read = readGeneral(page, 'api/lamps.md');

  it('should place the parameters in the query under every method the section documents', () => {
    expect(parameterNames(operation(read, 'GET /lamp_level'))).toEqual(['query:level']);
    expect(parameterNames(operation(read, 'POST /lamp_level'))).toEqual(['query:level']);
    expect(bodySchema(operation(read, 'POST /lamp_level'))).toBeUndefined();
  });

  it('should place them in the query where the cue says "in the query string"', () => {
    expect(parameterNames(operation(read, 'POST /lamps/{lamp}/dim'))).toEqual(['query:fade', 'query:step', 'path:lamp*']);
    expect(bodySchema(operation(read, 'POST /lamps/{lamp}/dim'))).toBeUndefined();
  });

  it('should place the rows of a cue that names no query by the method, as before', () => {
    const schema = bodySchema(operation(read, 'POST /lamps/{lamp}/name'));
    expect(schema?.kind === 'object' && schema.properties.map((p) => p.name)).toEqual(['name']);
  });

  it('should read thousands of cues and a cue padded with long runs of blanks in seconds', () => {
    const cues = `${'The endpoint accepts the following query parameters in the URL:\n\n'.repeat(3000)}- \`p2999\`: The last.`;
    const spaces = ' '.repeat(300_000);
    const padded = `The following query${spaces}parameters${spaces}in${'-'.repeat(60_000)} the query:\n\n- \`a\`: A.\n\nparameters ${'x '.repeat(60_000)}in the${spaces}query string${spaces}:`;
    const hostile = readGeneral(`## Many\n\n\`POST /lamps\`\n\n${cues}\n\n## Pad\n\n\`POST /pad\`\n\n${padded}`, 'api/many.md');
    expect(parameterNames(operation(hostile, 'POST /lamps'))).toContain('query:p2999');
  }, 60_000);
});
