import { describe, expect, it } from 'vitest';
import { operation, readGeneral } from './helpers.js';

const fence = (text: string) => `\`\`\`json\n${text}\n\`\`\``;

/** A "library" API written the way Home Assistant's REST reference is: a sentence above each JSON sample, no titles. */
const PAGE = [
  '# Library API',
  '#### POST /api/holds/&lt;book_id>',
  'Places a hold on a book.',
  'You can pass an optional JSON object to be used as `hold_data`.',
  fence('{"days": 7}'),
  'Returns a message if successful.',
  fence('{"message": "Hold placed."}'),
  '#### POST /api/shelves/&lt;shelf_id>',
  'Updates or creates a shelf.',
  'The return code is 200 if the shelf existed. The response body will contain a JSON encoded Shelf object.',
  fence('{"shelf_id": "poetry", "books": 12}'),
].join('\n\n');

describe('general reader: a sentence right above an unlabelled JSON sample tells whose it is', () => {
  it('should make the JSON under "You can pass … JSON object" the request\'s sample and under "Returns …" the response\'s', () => {
    const hold = operation(readGeneral(PAGE), 'POST /api/holds/{book_id}');
    expect(hold.requestBody?.content[0]?.examples[0]?.value).toEqual({ days: 7 });
    expect(hold.responses.flatMap((r) => r.content.flatMap((c) => c.examples.map((e) => e.value)))).toEqual([{ message: 'Hold placed.' }]);
    // The sentences stay the operation's prose.
    expect(hold.summary).toBe('Places a hold on a book.');
    expect(hold.description).toContain('Returns a message if successful.');
  });

  it('should read the paragraph\'s last sentence: "The response body will contain …" announces the answer', () => {
    const shelf = operation(readGeneral(PAGE), 'POST /api/shelves/{shelf_id}');
    expect(shelf.requestBody).toBeUndefined();
    expect(shelf.responses.flatMap((r) => r.content.flatMap((c) => c.examples.map((e) => e.value)))).toEqual([
      { shelf_id: 'poetry', books: 12 },
    ]);
  });

  it('should leave JSON under a sentence that tells neither side, or both, as it was', () => {
    const read = readGeneral(
      [
        '# Library API',
        '#### POST /api/notes',
        'Adds a note to the library.',
        fence('{"text": "Closed on Sunday"}'),
        '#### POST /api/echo',
        'Returns the request you send as JSON.',
        fence('{"text": "hello"}'),
      ].join('\n\n'),
    );
    expect(operation(read, 'POST /api/notes').responses).toEqual([]);
    expect(operation(read, 'POST /api/echo').responses).toEqual([]);
  });
  it('should make the JSON under the arguments\' "The request body must be … object." the request\'s sample', () => {
    // As Node-RED's Admin API method pages write it: the sentence ends with a full stop, the fence a Jekyll highlight.
    const read = readGeneral(
      [
        '---\ntitle: POST /lamp\n---',
        'Add a lamp to the room.',
        '### Arguments',
        'The request body must be a single lamp configuration object.',
        '{% highlight json %}\n{"label": "Desk", "bulbs": 2}\n{% endhighlight %}',
        'The configuration object must, at a minimum, include the `bulbs` property.',
        '### Response',
        'Returns the `id` of the lamp.',
        fence('{"id": "a1"}'),
      ].join('\n\n'),
      'api/lamp.md',
    );
    const lamp = operation(read, 'POST /lamp');
    expect(lamp.requestBody?.content[0]?.examples.map((e) => e.value)).toEqual([{ label: 'Desk', bulbs: 2 }]);
    expect(lamp.responses.flatMap((r) => r.content.flatMap((c) => c.examples.map((e) => e.value)))).toEqual([{ id: 'a1' }]);
  });
});
