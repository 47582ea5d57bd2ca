import { describe, expect, it } from 'vitest';
import { protectCodePipes } from '../../../src/readers/markdown/code-pipes.js';
import { bodySchema, codes, operation, parameterNames, readGeneral } from './helpers.js';

const fields = (read: ReturnType<typeof readGeneral>, route: string) => {
  const schema = bodySchema(operation(read, route));
  return schema?.kind === 'object' ? schema.properties.map((p) => `${p.name}${p.required ? '*' : ''}:${p.description ?? ''}`) : [];
};

describe('general reader: tables written for kramdown (Jekyll sites)', () => {
  it('should read a pipe inside a code span of a row as the span’s, so the row keeps its cells', () => {
    const read = readGeneral(
      [
        '## Fetch a shelf',
        '<div class="endpoint get">/shelves/{SHELF_NAME|SHELF_ID}</div>',
        'Attribute | Description\n---------: | --------\n`SHELF_NAME|SHELF_ID`<br>*required* | The name or id of the shelf.',
      ].join('\n\n'),
    );
    const fetch = operation(read, 'GET /shelves/{SHELF_NAME|SHELF_ID}');
    expect(parameterNames(fetch)).toEqual(['path:SHELF_NAME|SHELF_ID*']);
    expect(fetch.parameters[0]?.description).toBe('The name or id of the shelf.');
    expect(codes(read)).toEqual([]);
  });

  it('should keep a type cell that names alternatives in code whole', () => {
    const read = readGeneral(
      [
        '## Shelve a book',
        '`POST /books`',
        '### Request body',
        '| Name | Type | Description |\n| --- | --- | --- |\n| `isbn` | `string|integer` | The book’s ISBN. |\n| `title` | string | Its title. |',
      ].join('\n\n'),
    );
    const schema = bodySchema(operation(read, 'POST /books'));
    expect(schema?.kind === 'object' && schema.properties.map((p) => [p.name, p.schema.kind, p.description])).toEqual([
      ['isbn', 'union', 'The book’s ISBN.'],
      ['title', 'string', 'Its title.'],
    ]);
  });

  it('should read `*required*` written in emphasis after the name (after a line break or not) as the row’s flag', () => {
    const read = readGeneral(
      [
        '## Create a shelf',
        '<div class="endpoint post">/shelves</div>',
        '**Request body**',
        [
          'Attribute | Description',
          '---------: | --------',
          '`name`<br>*required* | A unique name for the shelf.',
          '`tags`<br>*optional* | Words to find it by.',
          '`floor` **(required)** | Where it stands.',
        ].join('\n'),
      ].join('\n\n'),
    );
    expect(fields(read, 'POST /shelves')).toEqual([
      'name*:A unique name for the shelf.',
      'tags:Words to find it by.',
      'floor*:Where it stands.',
    ]);
  });

  it('should leave escaped pipes, pipes outside code, unclosed backticks and text outside tables as they are', () => {
    expect(protectCodePipes('a `b|c` d\n\nno table here')).toBeUndefined();
    expect(protectCodePipes('| a | b |\n| --- | --- |\n| `x\\|y` | z |')).toBeUndefined();
    expect(protectCodePipes('| a | b |\n| --- | --- |\n| `x | y |')).toBeUndefined();
    const marked = protectCodePipes('| a | b |\n| --- | --- |\n| ``x|`y`` | z |');
    expect(marked).toBe('| a | b |\n| --- | --- |\n| ``x\uE000`y`` | z |');
    expect(marked?.length).toBe('| a | b |\n| --- | --- |\n| ``x|`y`` | z |'.length);
    // Runs of every length, none closed: the row is left as it is.
    const runs = Array.from({ length: 600 }, (_, i) => `${'`'.repeat(i + 1)}|`).join(' ');
    expect(protectCodePipes(`| a | b |\n| --- | --- |\n| ${runs}`)).toBeUndefined();
  });
});
