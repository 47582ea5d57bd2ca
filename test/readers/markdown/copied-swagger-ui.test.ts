/**
 * Swagger UI's rendered operations copied as text (fixtures/copied-text, written by us for made-up
 * APIs): `shelves-swagger-ui.txt` an OpenAPI 3 page (its `Links` column, `Media type` selects,
 * `Example Value` / `Schema` tabs), `lamps-swagger-ui.txt` a Swagger 2 one (a body parameter, form
 * data, `Response content type`, `Model` tabs, the models expanded after the operations). Read as
 * the same API written in markdown (`shelves.md`) is (copied-swagger-ui.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { plainText } from '../../../src/document/plain-text.js';
import type { Schema } from '../../../src/ir/types.js';
import { operation, parameterNames, readGeneral, strip } from './helpers.js';

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, 'fixtures/copied-text', name), 'utf8');
const ROUTES = ['GET /shelves', 'POST /shelves', 'DELETE /shelves/{shelfId}', 'GET /shelves/{shelfId}'];
/** The words of Swagger UI's buttons, selects and tabs. */
const CHROME = ['Try it out', 'No links', 'Controls Accept header', 'Example Value', 'Media type', 'No parameters', 'Schemas', '--'];

describe("general reader: Swagger UI's operations copied as text", () => {
  it('should read an OpenAPI 3 page as its markdown: typed parameters by place, the request body, statuses, samples and headers', () => {
    const text = readGeneral(fixture('shelves-swagger-ui.txt'), 'api/shelves.txt');
    const md = readGeneral(fixture('shelves.md'), 'api/shelves.md');
    expect(text.routes).toEqual(ROUTES);
    expect(md.routes).toEqual(ROUTES);
    for (const route of ROUTES) {
      const [copied, written] = [operation(text, route), operation(md, route)];
      expect(strip(copied.parameters)).toEqual(strip(written.parameters));
      expect(strip(copied.requestBody)).toEqual(strip(written.requestBody));
      expect(strip(copied.responses)).toEqual(strip(written.responses));
      expect([copied.summary, copied.description]).toEqual([written.summary, written.description]);
    }
    const list = operation(text, 'GET /shelves');
    expect(list.parameters.map((p) => [p.in, p.name, p.schema.kind, p.description])).toEqual([
      ['query', 'limit', 'integer', 'How many shelves to return. Default: 20.'],
      ['query', 'room', 'enum', 'Only shelves in this room. Enum: north, south.'],
      ['query', 'tags', 'array', 'Shelves with all of these tags.'],
      ['query', 'order', 'string', 'The order of the shelves; use sort instead.'],
    ]);
    expect(list.parameters[0]?.schema).toMatchObject({ format: 'int32', default: 20 });
    expect(list.parameters[3]?.deprecated).toBe(true);
    expect(list.responses.map((r) => [r.status, r.description, r.headers?.map((h) => h.name)])).toEqual([
      ['200', 'The shelves.', ['X-Rate-Limit']],
      ['401', 'Unauthorized', []],
    ]);
    // `shelfId *`: required; `string($uuid)`: a uuid; `(header)`: a header.
    const get = operation(text, 'GET /shelves/{shelfId}');
    expect(parameterNames(get)).toEqual(['path:shelfId*', 'header:If-None-Match']);
    expect(get.parameters[0]?.schema).toMatchObject({ kind: 'string', format: 'uuid' });
    const create = operation(text, 'POST /shelves');
    expect(create.requestBody?.description).toBe('The shelf to add.');
    expect(create.responses.map((r) => [r.status, r.content[0]?.mediaType])).toEqual([
      ['201', 'application/json'],
      ['400', undefined],
    ]);
    const words = text.root.children.map((node) => plainText(node)).join('\n');
    for (const chrome of CHROME) expect(words).not.toContain(chrome);
  });

  it("should read Swagger 2's layout: the body parameter as the request body, form data, a select's options and the models no words", () => {
    const read = readGeneral(fixture('lamps-swagger-ui.txt'), 'api/lamps.txt');
    expect(read.routes).toEqual(['POST /lamps', 'GET /lamps/{lampId}', 'POST /lamps/{lampId}/photo']);
    const add = operation(read, 'POST /lamps');
    expect(add.parameters).toEqual([]);
    expect(add.requestBody?.description).toBe('The lamp to add.');
    // Its example (the fields are inferred from it when the pages merge).
    expect(add.requestBody?.content.map((c) => [c.mediaType, c.examples?.[0]?.value])).toEqual([
      ['application/json', { name: 'Reading lamp', watts: 40 }],
    ]);
    expect(add.responses.map((r) => [r.status, r.description])).toEqual([
      ['201', 'Created'],
      ['405', 'Invalid input'],
    ]);
    // `lampId` and its star a no-break space apart; the boolean's select (`--`, `true`, `false`) no words.
    const get = operation(read, 'GET /lamps/{lampId}');
    expect(get.parameters.map((p) => [p.in, p.name, p.required, p.schema.kind, p.description])).toEqual([
      ['path', 'lampId', true, 'integer', "The lamp's id. Example: 7."],
      ['query', 'lit', false, 'boolean', 'Only lamps that are on.'],
    ]);
    expect(get.responses.map((r) => [r.status, r.content.length])).toEqual([
      ['200', 1],
      ['404', 0],
    ]);
    const photo = operation(read, 'POST /lamps/{lampId}/photo');
    expect(parameterNames(photo)).toEqual(['path:lampId*']);
    expect(photo.requestBody?.content.map((c) => c.mediaType)).toEqual(['multipart/form-data']);
    const form = photo.requestBody?.content[0]?.schema;
    expect(form?.kind === 'object' && form.properties.map((p) => `${p.name}${p.required ? '*' : ''}`)).toEqual(['caption', 'file*']);
    // The models after the last operation are no words of its last status.
    expect(photo.responses.map((r) => [r.status, r.description])).toEqual([['200', 'successful operation']]);
    const words = read.root.children.map((node) => plainText(node)).join('\n');
    for (const chrome of [...CHROME, 'Model', 'Parameter content type', 'Response content type', 'Lamp{'])
      expect(words).not.toContain(chrome);
  });

  it("should read Swagger UI's text pasted into a markdown page as copied text", () => {
    const text = readGeneral(fixture('lamps-swagger-ui.txt'), 'api/lamps.txt');
    const md = readGeneral(fixture('lamps-swagger-ui.txt'), 'api/lamps.md');
    expect(md.routes).toEqual(text.routes);
    expect(parameterNames(operation(md, 'GET /lamps/{lampId}'))).toEqual(['path:lampId*', 'query:lit']);
    expect(strip(md.fragment?.operations)).toEqual(strip(text.fragment?.operations));
  });

  it('should read an operation copied after Try it out was pressed and executed as before: its inputs, buttons, curl and live response no words', () => {
    const executed = readGeneral(fixture('shelves-swagger-ui-executed.txt'), 'api/shelves.txt');
    const plain = readGeneral(fixture('shelves-swagger-ui.txt'), 'api/shelves.txt');
    expect(executed.routes).toEqual(ROUTES);
    for (const route of ROUTES) {
      const [copied, before] = [operation(executed, route), operation(plain, route)];
      expect(strip(copied.parameters)).toEqual(strip(before.parameters));
      expect(strip(copied.requestBody)).toEqual(strip(before.requestBody));
      expect(strip(copied.responses)).toEqual(strip(before.responses));
      expect([copied.summary, copied.description]).toEqual([before.summary, before.description]);
    }
    // The live answer's status (an undocumented 422) and values are no documented facts.
    expect(operation(executed, 'POST /shelves').responses.map((r) => r.status)).toEqual(['201', '400']);
    const words = executed.root.children.map((node) => plainText(node)).join('\n');
    for (const chrome of [
      ...CHROME,
      'Cancel',
      'Execute',
      'Clear',
      'Download',
      'Curl',
      'Request URL',
      'Server response',
      'Details',
      'Undocumented',
      'Add string item',
      'x-rate-limit',
      '87 ms',
      'capacity too large',
    ])
      expect(words).not.toContain(chrome);
  });

  it("should read the Schema tab's model (`PotInput{` ⏎ `name*⇥string` ⏎ … ⏎ `}`) as the body's fields: names, types, formats, required marks, words, nested objects and arrays", () => {
    const read = readGeneral(fixture('pots-swagger-ui-schema.txt'), 'api/pots.txt');
    expect(read.routes).toEqual(['POST /pots', 'GET /pots/{potId}']);
    const create = operation(read, 'POST /pots');
    const fields = (schema: Schema | undefined): unknown =>
      schema?.kind === 'object'
        ? schema.properties.map((p) => [
            p.name,
            p.required,
            p.schema.kind,
            'format' in p.schema ? p.schema.format : undefined,
            p.description,
          ])
        : schema?.kind;
    const body = create.requestBody?.content[0]?.schema;
    expect(create.requestBody?.content[0]?.mediaType).toBe('application/json');
    expect(fields(body)).toEqual([
      ['name', true, 'string', undefined, "The pot's name. maxLength: 40"],
      ['colour', false, 'enum', undefined, "The glaze's colour. Enum: red, blue, green."],
      ['volume_l', false, 'number', 'double', 'Minimum: 0.1. Example: 2.5.'],
      ['owner', false, 'object', undefined, undefined],
      ['tags', false, 'array', undefined, 'Labels on the pot.'],
    ]);
    const owner = body?.kind === 'object' ? body.properties[3]?.schema : undefined;
    expect(fields(owner)).toEqual([
      ['email', true, 'string', 'email', "The owner's email."],
      ['since', false, 'string', 'date', undefined],
    ]);
    expect(body?.kind === 'object' && strip(body.properties[4]?.schema)).toMatchObject({ kind: 'array', items: { kind: 'string' } });
    expect(body?.kind === 'object' && body.properties[2]?.schema).toMatchObject({ minimum: 0.1 });
    // The 201's model: its body's fields; an array of objects (`handles⇥[` ⏎ `Handle{` … `}]`) their items'.
    const created = create.responses[0]?.content[0];
    expect([create.responses.map((r) => r.status), created?.mediaType]).toEqual([['201', '400'], 'application/json']);
    expect(fields(created?.schema)).toEqual([
      ['id', true, 'string', 'uuid', "The pot's id."],
      ['name', true, 'string', undefined, undefined],
      ['handles', false, 'array', undefined, undefined],
    ]);
    const handles = created?.schema?.kind === 'object' ? created.schema.properties[2]?.schema : undefined;
    expect(handles?.kind === 'array' && fields(handles.items)).toEqual([['side', false, 'enum', undefined, 'Enum: left, right.']]);
    // Beside it, the Example Value's JSON stays the sample.
    expect(operation(read, 'GET /pots/{potId}').responses[0]?.content[0]?.examples?.[0]?.value).toEqual({ id: 'p1', name: 'Tall' });
    const words = read.root.children.map((node) => plainText(node)).join('\n');
    for (const chrome of [...CHROME, 'PotInput', 'Owner{', 'Handle{', 'description:']) expect(words).not.toContain(chrome);
  });

  it("should read the examples' select (`Examples:` ⏎ the shown example's summary) as no words, the example under it the sample", () => {
    const read = readGeneral(fixture('shelves-swagger-ui-examples.txt'), 'api/shelves.txt');
    const plain = readGeneral(fixture('shelves-swagger-ui.txt'), 'api/shelves.txt');
    expect(read.routes).toEqual(ROUTES);
    for (const route of ROUTES) {
      const [copied, before] = [operation(read, route), operation(plain, route)];
      expect(strip(copied.requestBody)).toEqual(strip(before.requestBody));
      expect(strip(copied.responses)).toEqual(strip(before.responses));
    }
    const words = read.root.children.map((node) => plainText(node)).join('\n');
    for (const chrome of ['Examples:', 'A full page', 'A shelf by the north wall']) expect(words).not.toContain(chrome);
  });

  it("should read an example that is no JSON (`application/xml`'s XML indented by tabs, `text/plain`'s line) as the status's sample, no words of it", () => {
    const read = readGeneral(fixture('vases-swagger-ui.txt'), 'api/vases.txt');
    const get = operation(read, 'GET /vases/{vaseId}');
    // Before, the XML was the 200's words and its first indented line closed the row; the text the 404's words.
    expect(get.responses.map((r) => [r.status, r.description, r.content.map((c) => c.mediaType)])).toEqual([
      ['200', 'The vase.', ['application/xml']],
      ['404', 'No vase has this id.', []],
    ]);
    expect(get.responses[0]?.content[0]?.examples?.[0]?.raw).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<Vase>\n\t<id>v1</id>\n\t<colour>blue</colour>\n</Vase>',
    );
    // A cookie's row is a cookie parameter, read under a Cookie parameters part (before, it was left unread).
    expect(parameterNames(get)).toEqual(['path:vaseId*', 'cookie:session*']);
  });
});
