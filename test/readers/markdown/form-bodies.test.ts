import { describe, expect, it } from 'vitest';
import { operation, readGeneral } from './helpers.js';

/** `mediaType: field names` of the operation's request body. */
function body(read: ReturnType<typeof readGeneral>, route: string): string[] {
  return (operation(read, route).requestBody?.content ?? []).map((c) => {
    const schema = c.schema;
    const names = schema?.kind === 'object' ? schema.properties.map((p) => p.name).join(',') : (schema?.kind ?? '');
    return `${c.mediaType}: ${names}`;
  });
}

const PET_FIELDS =
  '| Name | Type | Description |\n|---|---|---|\n| `name` | string | The pet’s name |\n| `age` | integer | Its age in years |';

describe('general reader: request bodies sent as forms', () => {
  it('should read a `Form params` title as a form body: url-encoded, multipart where a field is a file', () => {
    const read = readGeneral(
      [
        '## Add a pet',
        '`POST /pets`',
        '### Form Params',
        PET_FIELDS,
        '## Set a pet’s photo',
        '`PUT /pets/{id}/photo`',
        '**Form data parameters:**',
        '| Name | Type | Description |\n|---|---|---|\n| `photo` | file | The photo |\n| `caption` | string | Its caption |',
        '## Rename a pet',
        '`PATCH /pets/{id}`',
        '### Body parameters',
        PET_FIELDS,
      ].join('\n\n'),
    );
    expect(body(read, 'POST /pets')).toEqual(['application/x-www-form-urlencoded: name,age']);
    expect(body(read, 'PUT /pets/{id}/photo')).toEqual(['multipart/form-data: photo,caption']);
    // A body the page does not call a form stays JSON.
    expect(body(read, 'PATCH /pets/{id}')).toEqual(['application/json: name,age']);
  });

  it('should read a sentence that says the parameters are sent as form data, and the media type a sentence names', () => {
    const read = readGeneral(
      [
        '## Add a pet',
        '`POST /pets`',
        'Adds a pet. Parameters are sent as form data.',
        '### Parameters',
        PET_FIELDS,
        '## Import pets',
        '`POST /pets/import`',
        'The request body is sent as `multipart/form-data`.',
        '### Parameters',
        '| Name | Type | Description |\n|---|---|---|\n| `source` | string | Where the list comes from |',
        '## Update a pet',
        '`PUT /pets/{id}`',
        'This call does not accept form data; send the fields as JSON.',
        '### Parameters',
        PET_FIELDS,
      ].join('\n\n'),
    );
    expect(body(read, 'POST /pets')).toEqual(['application/x-www-form-urlencoded: name,age']);
    expect(body(read, 'POST /pets/import')).toEqual(['multipart/form-data: source']);
    expect(body(read, 'PUT /pets/{id}')).toEqual(['application/json: name,age']);
  });

  it('should read the form a curl command sends beside the JSON the fields are documented as: `-F` multipart, `-d key=value` and `--data-urlencode` url-encoded, JSON data none; an upload multipart only', () => {
    const read = readGeneral(
      [
        '## Add a pet',
        '`POST /pets`',
        PET_FIELDS,
        '```bash\ncurl https://api.example.com/pets \\\n  -F name=Rex \\\n  -F age=3\n```',
        '## Add an invoice',
        '`POST /invoices`',
        '| Name | Type | Description |\n|---|---|---|\n| `amount` | integer | In cents |\n| `memo` | string | A note |',
        '```bash\ncurl https://api.example.com/invoices -d amount=2000 --data-urlencode "memo=For May & June"\n```',
        '## Add a book',
        '`POST /books`',
        '| Name | Type | Description |\n|---|---|---|\n| `title` | string | The title |',
        '```bash\ncurl https://api.example.com/books -d \'{"title": "Odes"}\'\n```',
        '## Search books',
        '`GET /books/search`',
        '```bash\ncurl -G https://api.example.com/books/search --data-urlencode "q=odes"\n```',
        '## Add a photo',
        '`POST /photos`',
        '| Name | Type | Description |\n|---|---|---|\n| `title` | string | The title |\n| `image` | string | The image |',
        '```bash\ncurl https://api.example.com/photos -F title=Rex -F image=@rex.png\n```',
      ].join('\n\n'),
    );
    expect(body(read, 'POST /pets')).toEqual(['application/json: name,age', 'multipart/form-data: name,age']);
    expect(body(read, 'POST /invoices')).toEqual(['application/json: amount,memo', 'application/x-www-form-urlencoded: amount,memo']);
    expect(body(read, 'POST /photos')).toEqual(['multipart/form-data: title,image']);
    expect(body(read, 'POST /books')[0]).toBe('application/json: title');
    expect(body(read, 'GET /books/search')).toEqual([]);
  });

  it('should document the fields for both encodings where the page shows a url-encoded call and a JSON one', () => {
    const read = readGeneral(
      [
        '## Log in',
        '`POST /sessions`',
        '| Name | Type | Description |\n|---|---|---|\n| `user` | string | The user |\n| `password` | string | The password |',
        '### Example call as form data',
        '```bash\ncurl https://api.example.com/sessions -d "user=ann&password=secret"\n```',
        '### Example call as JSON',
        '```bash\ncurl -H "Content-Type: application/json" https://api.example.com/sessions -d \'{"user": "ann", "password": "secret"}\'\n```',
      ].join('\n\n'),
    );
    expect(body(read, 'POST /sessions')).toEqual(['application/json: user,password', 'application/x-www-form-urlencoded: user,password']);
  });

  it('should document the fields for both encodings where a sentence offers them as form data or JSON', () => {
    const page = (sentence: string) =>
      readGeneral(
        [
          '## Log in',
          '`POST /sessions`',
          sentence,
          '| Name | Type | Description |\n|---|---|---|\n| `user` | string | The user |\n| `password` | string | The password |',
        ].join('\n\n'),
      );
    const both = ['application/json: user,password', 'application/x-www-form-urlencoded: user,password'];
    expect(body(page('Send the user and password as form data or JSON.'), 'POST /sessions')).toEqual(both);
    expect(body(page('The fields can be posted as JSON or as a url-encoded form.'), 'POST /sessions')).toEqual(both);
    // A sentence of the answer's JSON says nothing of the request.
    expect(body(page('Returns the session as JSON or form data.'), 'POST /sessions')).toEqual(['application/json: user,password']);
  });

  it('should give a body only samples show both encodings where the page sends it as a form and as JSON, each sample an example of both', () => {
    const calls = [
      '## Log in',
      '`POST /sessions`',
      '```bash\ncurl https://api.example.com/sessions -d "user=ann&password=secret"\n```',
      '```bash\ncurl -H "Content-Type: application/json" https://api.example.com/sessions -d \'{"user": "ann", "password": "secret"}\'\n```',
    ].join('\n\n');
    const contents = (text: string) =>
      (operation(readGeneral(text), 'POST /sessions').requestBody?.content ?? []).map((c) => [
        c.mediaType,
        c.schema?.kind,
        c.examples.length,
      ]);
    expect(contents(calls)).toEqual([
      ['application/json', 'unknown', 2],
      ['application/x-www-form-urlencoded', 'unknown', 2],
    ]);
    // A sentence offering both, over the form call alone.
    const stated = calls
      .replace(/\n\n```bash\ncurl -H[\s\S]*$/, '')
      .replace('`POST /sessions`', '`POST /sessions`\n\nSend the user and password as form data or JSON.');
    expect(contents(stated)).toEqual([
      ['application/json', 'unknown', 1],
      ['application/x-www-form-urlencoded', 'unknown', 1],
    ]);
  });

  it('should document a form title’s fields for JSON too where the example request sends JSON', () => {
    const read = readGeneral(
      [
        '## Add a pet',
        '`POST /pets`',
        '#### Form data parameters',
        PET_FIELDS,
        '#### Example request',
        '```\nPOST /pets HTTP/1.1\nContent-Type: application/json\n\n{"name": "Rex", "age": 3}\n```',
      ].join('\n\n'),
    );
    expect(body(read, 'POST /pets')).toEqual(['application/json: name,age', 'application/x-www-form-urlencoded: name,age']);
    expect(operation(read, 'POST /pets').requestBody?.content[0]?.examples[0]?.value).toEqual({ name: 'Rex', age: 3 });
  });

  it('should take url-encoded data no table documents as the form’s own sample where the command states the form’s type', () => {
    const read = readGeneral(
      [
        '## Feed a pet',
        '`POST /pets/{id}/meals`',
        '```bash\ncurl https://api.example.com/pets/7/meals -H "Content-Type: application/x-www-form-urlencoded" -d "food=kibble&grams=120"\n```',
        '## Walk a pet',
        '`POST /pets/{id}/walks`',
        '```bash\ncurl https://api.example.com/pets/7/walks -d "minutes=30"\n```',
      ].join('\n\n'),
    );
    const content = (route: string) => (operation(read, route).requestBody?.content ?? []).map((c) => [c.mediaType, c.examples[0]?.value]);
    expect(content('POST /pets/{id}/meals')).toEqual([['application/x-www-form-urlencoded', { food: 'kibble', grams: '120' }]]);
    expect(content('POST /pets/{id}/walks')).toEqual([['application/json', { minutes: '30' }]]);
  });

  it('should read a form media type a headers table states in its value column, or a request line’s header', () => {
    const read = readGeneral(
      [
        '## Add a pet',
        '`POST /pets`',
        '### Headers',
        '| Name | Value |\n|---|---|\n| Content-Type | application/x-www-form-urlencoded |',
        '### Body',
        PET_FIELDS,
        '## Upload a photo',
        '`POST /pets/{id}/photos`',
        '| Name | Type | Description |\n|---|---|---|\n| `photo` | file | The photo |',
        '#### Example request',
        '```http\nPOST /pets/7/photos HTTP/1.1\nContent-Type: multipart/form-data; boundary=XyZ\n```',
        '## Tag a pet',
        '```\nPOST /pets/{id}/tags\nContent-Type: application/x-www-form-urlencoded\n```',
        '| Name | Type | Description |\n|---|---|---|\n| `tag` | string | The tag |',
      ].join('\n\n'),
    );
    expect(body(read, 'POST /pets')).toEqual(['application/x-www-form-urlencoded: name,age']);
    expect(body(read, 'POST /pets/{id}/photos')).toEqual(['multipart/form-data: photo']);
    expect(body(read, 'POST /pets/{id}/tags')).toEqual(['application/x-www-form-urlencoded: tag']);
  });
});
