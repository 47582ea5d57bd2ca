import { describe, expect, it } from 'vitest';
import { operation, readGeneral } from './helpers.js';

const fence = (text: string) => `\`\`\`json\n${text}\n\`\`\``;

describe('general reader: "You should post a body looking like:" announces the request\'s sample', () => {
  it('should read the JSON under a sentence whose verb is "post" or "pass" before an article as the body the call sends', () => {
    const read = readGeneral(
      [
        '# Shelves',
        '### POST /api/shelves/{name}/dust',
        'Dusts a shelf. (This is not a GET as it\nchanges the shelf.) You should post a body looking like:',
        fence('{"count": 5, "mode": "soft"}'),
        '### POST /api/lamps/{name}/dim',
        'Dims a lamp.',
        'Pass an object like this one:',
        fence('{"level": 3}'),
        '### POST /api/rugs/{name}/beat',
        'Beats a rug.',
        'Every post office sends a rug like this:',
        fence('{"colour": "red"}'),
      ].join('\n\n'),
    );
    const dust = operation(read, 'POST /api/shelves/{name}/dust');
    expect(dust.requestBody?.content[0]?.examples[0]?.value).toEqual({ count: 5, mode: 'soft' });
    expect(dust.responses).toEqual([]);
    // The sentences before it stay the operation's prose.
    expect(dust.summary).toContain('Dusts a shelf.');
    expect(operation(read, 'POST /api/lamps/{name}/dim').requestBody?.content[0]?.examples[0]?.value).toEqual({ level: 3 });
    // "post" a noun: no cue.
    expect(operation(read, 'POST /api/rugs/{name}/beat').requestBody).toBeUndefined();
  });
});
