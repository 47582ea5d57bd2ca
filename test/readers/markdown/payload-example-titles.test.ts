import { describe, expect, it } from 'vitest';
import { operation, readGeneral } from './helpers.js';

const fence = (text: string) => `\`\`\`json\n${text}\n\`\`\``;

describe('general reader: "Payload example:" titles the request\'s sample, as "Example payload:" does', () => {
  it('should read the JSON under "Payload example:" (a label or a title) as the body the call sends', () => {
    const read = readGeneral(
      [
        '# Shelves',
        '### PUT /api/shelves/\\{_wall_\\}/\\{_name_\\}',
        'Declares a shelf.',
        'Payload example:',
        fence('{"height": 3, "fixed": true}'),
        '### PUT /api/lamps/{name}',
        'Declares a lamp.',
        '#### Payload sample',
        fence('{"watts": 40}'),
        '### PUT /api/rugs/{name}',
        'Declares a rug.',
        'Example payload:',
        fence('{"colour": "red"}'),
      ].join('\n\n'),
    );
    const shelf = operation(read, 'PUT /api/shelves/{wall}/{name}');
    expect(shelf.requestBody?.content[0]?.examples[0]?.value).toEqual({ height: 3, fixed: true });
    expect(shelf.responses).toEqual([]);
    expect(operation(read, 'PUT /api/lamps/{name}').requestBody?.content[0]?.examples[0]?.value).toEqual({ watts: 40 });
    expect(operation(read, 'PUT /api/rugs/{name}').requestBody?.content[0]?.examples[0]?.value).toEqual({ colour: 'red' });
  });
});
