/**
 * A sentence of its own that opens on the parameters or fields it announces and ends in a full
 * stop, right over its list ("The following parameters can also be used to narrow down the
 * result set."), is a cue as one ending in a colon is: the list's items are the call's parameters
 * (a GET's query), or the answer's fields where it says they are returned. The same sentence over
 * no list, or a sentence that only mentions parameters, announces nothing. The fixture is ours.
 */
import { describe, expect, it } from 'vitest';
import { bodySchema, operation, parameterNames, readGeneral } from './helpers.js';

const page = [
  '# Lamps',
  '### Listing lamps',
  'List the lamps of a room.',
  '**Request:**',
  '    GET /api/2/room/[ROOM]/lamps',
  'The following parameters can also be used to narrow down the result set.',
  '* `colour`: keep only lamps of this colour',
  '* `max`: return at most this many lamps.',
  '### Adding a lamp',
  '**Request:**',
  '    POST /api/2/lamps',
  'These fields describe the new lamp and\nare sent in the body.',
  '* `name`: the lamp’s name',
  '* `watts`: its power.',
  '### Getting a lamp',
  '**Request:**',
  '    GET /api/2/lamps/[ID]',
  'The following parameters are described elsewhere.',
  'Parameters change with the version. See the notes.',
  '* `colour`: keep only lamps of this colour',
].join('\n\n');

describe('general reader: a sentence ending in a full stop announcing the list below it', () => {
  const read = readGeneral(page, 'api/lamps.md');

  it("should read the list as the call's query parameters under a GET", () => {
    expect(parameterNames(operation(read, 'GET /api/2/room/{ROOM}/lamps'))).toEqual(['query:colour', 'query:max', 'path:ROOM*']);
  });

  it("should read it as the body's fields where the sentence says they are sent in the body", () => {
    const schema = bodySchema(operation(read, 'POST /api/2/lamps'));
    expect(schema?.kind === 'object' && schema.properties.map((p) => p.name)).toEqual(['name', 'watts']);
  });

  it('should read no list the sentence is not right over', () => {
    expect(parameterNames(operation(read, 'GET /api/2/lamps/{ID}'))).toEqual(['path:ID*']);
  });

  it('should read thousands of such sentences and one padded with long runs of blanks in seconds', () => {
    const spaces = ' '.repeat(300_000);
    const many = `${'The following parameters narrow the result.\n\n'.repeat(3000)}* \`last\`: the last one.`;
    const padded = `The following${spaces}parameters${spaces}${'a'.repeat(60_000)}${spaces}x.\n\n* \`pad\`: padded.\n\nThese ${'keys '.repeat(60_000)}${spaces}.\n\n* \`more\`: more.`;
    const hostile = readGeneral(`## Many\n\n\`GET /many\`\n\n${many}\n\n## Pad\n\n\`GET /pad\`\n\n${padded}`, 'api/many.md');
    expect(parameterNames(operation(hostile, 'GET /many'))).toEqual(['query:last']);
  }, 60_000);
});
