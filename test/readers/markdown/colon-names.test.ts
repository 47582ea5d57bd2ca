/**
 * A nested field named with a colon (prmd's `**soil:id**`) or a slash (`**plants/name**`, a field of
 * an array's objects), nested where the page's samples nest it (`"soil": { "id": … }`, `"plants": [ {
 * "name": … } ]`); a colon or slash the samples do not nest stays part of the name. JSON:API's flat
 * paths (`data.attributes.title`) alike: nested where a sample nests each step, also where a step is
 * written in bold (`attributes.**name**`).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodySchema, operation, readGeneral } from './helpers.js';

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, 'fixtures/colon-names', name), 'utf8');

describe('general reader: fields named parent:child', () => {
  it('should nest a colon name the page’s sample nests, and leave one it does not as written', () => {
    const body = bodySchema(operation(readGeneral(fixture('bed.md')), 'POST /beds'));
    expect(body?.kind === 'object' ? body.properties.map((p) => p.name) : body).toEqual(['name', 'soil', 'xml:lang']);
    const soil = body?.kind === 'object' ? body.properties.find((p) => p.name === 'soil')?.schema : undefined;
    expect(soil?.kind === 'object' ? soil.properties.map((p) => `${p.name}:${p.schema.kind}`) : soil).toEqual([
      'id:string',
      'depth:integer',
    ]);
  });

  it('should nest a slash name as a field of the array’s objects where the sample nests it so', () => {
    const body = bodySchema(operation(readGeneral(fixture('row.md')), 'POST /beds/{bed_id}/rows'));
    expect(body?.kind === 'object' ? body.properties.map((p) => p.name) : body).toEqual(['plants', 'read/write', 'label']);
    const plants = body?.kind === 'object' ? body.properties.find((p) => p.name === 'plants')?.schema : undefined;
    const item = plants?.kind === 'array' ? plants.items : plants;
    expect(item?.kind === 'object' ? item.properties.map((p) => `${p.name}:${p.schema.kind}`) : item).toEqual([
      'name:string',
      'spacing:integer',
      'tags:object',
    ]);
    const tags = item?.kind === 'object' ? item.properties.find((p) => p.name === 'tags')?.schema : undefined;
    expect(tags?.kind === 'object' ? tags.properties.map((p) => p.name) : tags).toEqual(['colour']);
  });

  it("should nest JSON:API's dotted paths where the page's sample nests each step, and leave them as written where none does", () => {
    const table = [
      '| Field | Type | Required | Description |',
      '|---|---|---|---|',
      '| `data.type` | string | yes | Always `"shelves"`. |',
      '| `data.attributes.title` | string | yes | The title. |',
      '| `data.attributes.tags.name` | string | no | A tag. |',
      '| `data.relationships.garden.data.id` | string | no | The garden. |',
      '| `app.version` | string | no | The client. |',
    ].join('\n');
    const sample =
      '```bash\ncurl -X POST https://api.example.com/v1/shelves -d \'{"data": {"type": "shelves", "attributes": {"title": "Oak", "tags": [{"name": "x"}]}, "relationships": {"garden": {"data": {"type": "gardens", "id": "2"}}}}, "app.version": "3"}\'\n```';
    const paths = (schema: ReturnType<typeof bodySchema>, prefix = ''): string[] =>
      schema?.kind === 'object'
        ? schema.properties.flatMap((p) => [`${prefix}${p.name}`, ...paths(p.schema, `${prefix}${p.name}.`)])
        : schema?.kind === 'array'
          ? paths(schema.items, `${prefix}[].`)
          : [];
    const read = readGeneral(['## Create a shelf', '`POST /v1/shelves`', table, sample].join('\n\n'));
    expect(paths(bodySchema(operation(read, 'POST /v1/shelves')))).toEqual([
      'data',
      'data.type',
      'data.attributes',
      'data.attributes.title',
      'data.attributes.tags',
      'data.attributes.tags.[].name',
      'data.relationships',
      'data.relationships.garden',
      'data.relationships.garden.data',
      'data.relationships.garden.data.id',
      'app.version',
    ]);
    // (The sample's `"relationships"` comes after the `"attributes"` object: a key of `data`'s own all the same.)
    const alone = readGeneral(['## Create a shelf', '`POST /v1/shelves`', table].join('\n\n'));
    expect(paths(bodySchema(operation(alone, 'POST /v1/shelves')))).toEqual([
      'data.type',
      'data.attributes.title',
      'data.attributes.tags.name',
      'data.relationships.garden.data.id',
      'app.version',
    ]);
  });

  it('should nest a dotted name whose step is in bold as one written plain, and leave one no sample nests as written', () => {
    const read = readGeneral(fixture('lamp.md'), 'lamps/create.md');
    const body = bodySchema(operation(read, 'POST /api/lamps'));
    expect(body?.kind === 'object' ? body.properties.map((p) => p.name) : body).toEqual(['type', 'attributes']);
    const attributes = body?.kind === 'object' ? body.properties.find((p) => p.name === 'attributes')?.schema : undefined;
    expect(
      attributes?.kind === 'object' ? attributes.properties.map((p) => `${p.name}:${p.schema.kind}:${p.required}`) : attributes,
    ).toEqual(['name:string:true', 'watts:integer:false']);
    const patch = bodySchema(operation(read, 'PATCH /api/lamps/{id}'));
    expect(patch?.kind === 'object' ? patch.properties.map((p) => p.name) : patch).toEqual(['type', 'settings.mode']);
  });
});
