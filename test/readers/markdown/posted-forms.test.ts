/**
 * A query list shared by a GET and a POST of one route, where a sentence says the POST sends the
 * parameters in its body (as Loki's series API writes it): the GET's query, the POST's body (a form
 * where the sentence says so), never the POST's query. The fixtures are ours, about lamps.
 */
import { describe, expect, it } from 'vitest';
import { bodySchema, operation, parameterNames, readGeneral } from './helpers.js';

function page(sentence: string, sections = 1): string {
  const one = (index: number) =>
    [
      `## Find lamps ${index}`,
      'The finder is available under the following:',
      `- \`GET /v1/lamps${index}/find\`\n- \`POST /v1/lamps${index}/find\``,
      'It returns the lamps that match a selector.',
      'URL query parameters:',
      '- `match[]=<selector>`: A repeated selector of lamps.\n- `since=<epoch>`: Start time.\n- `room`: A room name.',
      sentence,
    ].join('\n\n');
  return ['# Lamp API', ...Array.from({ length: sections }, (_, index) => one(index))].join('\n\n');
}

const FORM =
  'You can URL-encode these parameters directly in the request body by using the POST method and `Content-Type: application/x-www-form-urlencoded` header.';

function fieldNames(read: ReturnType<typeof readGeneral>, route: string): string[] {
  const schema = bodySchema(operation(read, route));
  return schema?.kind === 'object' ? schema.properties.map((property) => property.name) : [];
}

describe('general reader: a GET query list the POST of the route sends in its body', () => {
  it('should read the list as the GET query and as the POST form body, not as the POST query', () => {
    const read = readGeneral(page(FORM));
    expect(parameterNames(operation(read, 'GET /v1/lamps0/find'))).toEqual(['query:match[]', 'query:since', 'query:room']);
    const post = operation(read, 'POST /v1/lamps0/find');
    expect(parameterNames(post)).toEqual([]);
    expect(post.requestBody?.content.map((content) => content.mediaType)).toEqual(['application/x-www-form-urlencoded']);
    expect(fieldNames(read, 'POST /v1/lamps0/find')).toEqual(['match', 'since', 'room']);
  });

  it('should read them as the POST JSON body where the sentence names no form', () => {
    const read = readGeneral(page('These parameters may also be sent in the request body of a POST, as JSON.'));
    const post = operation(read, 'POST /v1/lamps0/find');
    expect(parameterNames(post)).toEqual([]);
    expect(post.requestBody?.content.map((content) => content.mediaType)).toEqual(['application/json']);
    expect(fieldNames(read, 'POST /v1/lamps0/find')).toEqual(['match', 'since', 'room']);
  });

  it('should keep the list the query of both where no sentence puts it in the POST body', () => {
    const read = readGeneral(page('The POST is there for long selectors.'));
    expect(parameterNames(operation(read, 'POST /v1/lamps0/find'))).toEqual(['query:match[]', 'query:since', 'query:room']);
    expect(operation(read, 'POST /v1/lamps0/find').requestBody).toBeUndefined();
  });

  it('should read 1,500 such sections (3,000 calls), and a sentence among 300,000 blanks, in seconds', () => {
    const read = readGeneral(page(FORM, 1500));
    expect(read.routes).toHaveLength(3000);
    expect(parameterNames(operation(read, 'POST /v1/lamps1499/find'))).toEqual([]);
    const blanks = ' '.repeat(300_000);
    const wide = readGeneral(page(`You can send${blanks}these parameters${blanks}in the request body by using the POST method.${blanks}x`));
    expect(parameterNames(operation(wide, 'POST /v1/lamps0/find'))).toEqual([]);
    const runs = readGeneral(page(`${'these parameters '.repeat(60_000)} POST ${'body.'.repeat(60_000)}`));
    expect(runs.routes).toEqual(['GET /v1/lamps0/find', 'POST /v1/lamps0/find']);
  }, 120_000);
});
