/**
 * Query parameters a sentence states without a table: "The optional `mode` query parameter can be
 * used to …" (the names, then "query parameter", then words offering it), and a query the sentence
 * passes in code, "Passing `?format=short` gives …" (each key a query parameter, whatever the
 * method, its value the example). The fixtures are ours, about lamps.
 */
import { describe, expect, it } from 'vitest';
import { operation, parameterNames, readGeneral } from './helpers.js';

const page = (sentence: string, method = 'GET') =>
  readGeneral(`## Lamp settings\n\n\`\`\`\n${method} /v1/settings\n\`\`\`\n\n${sentence}\n`);
const names = (sentence: string, method = 'GET') => parameterNames(operation(page(sentence, method), `${method} /v1/settings`));

describe('general reader: query parameters a sentence names or passes', () => {
  it.each([
    ['`/v1/settings` shows the settings. The optional `mode` query parameter can be used to change the output.', ['query:mode']],
    ['The `room` and `floor` query parameters are supported.', ['query:room', 'query:floor']],
    ['The required `key` query parameter may be given instead of a header.', ['query:key*']],
    ['Passing `?format=short` gives fewer lines.', ['query:format']],
    ['Append `?pretty` to indent the answer.', ['query:pretty']],
    ['Use `?page=2&size=10` for the next ten.', ['query:page', 'query:size']],
  ])('should read "%s"', (sentence, want) => {
    expect(names(sentence)).toEqual(want);
  });

  it('should take the passed value as the example, a placeholder as none, and read it for a POST too', () => {
    const passed = operation(page('Passing `?format=short&since=<epoch>` gives fewer lines.'), 'GET /v1/settings');
    expect(JSON.stringify(passed.parameters[0])).toContain('"short"');
    expect(JSON.stringify(passed.parameters[1])).not.toContain('epoch>"');
    expect(names('Passing `?wait=true` waits for the lamp.', 'POST')).toEqual(['query:wait']);
  });

  it.each([
    ['a query no verb passes', 'The answer links the next page, `?page=2`.'],
    ['a path, not a query', 'Passing `/v1/settings?mode=x` is the same.'],
    ['a name no word calls a query parameter', 'The optional `mode` can be used to change the output.'],
  ])('should read no parameter from %s', (_, sentence) => {
    expect(names(sentence)).toEqual([]);
  });

  it("should leave a name a table documents to the table's row", () => {
    const read = page(
      'The optional `mode` query parameter can be used.\n\n| Name | Type | Description |\n| --- | --- | --- |\n| mode | integer | How. |',
    );
    const settings = operation(read, 'GET /v1/settings');
    expect(parameterNames(settings)).toEqual(['query:mode']);
    expect(settings.parameters[0]?.schema).toMatchObject({ kind: 'integer' });
  });

  it('should read 3,000 sentences, and 300,000 blanks or 60,000 repeated marks around them, in seconds', () => {
    const many = Array.from(
      { length: 3000 },
      (_, index) => `Passing \`?k${index}=1\` sets it. The optional \`m${index}\` query parameter can be used.`,
    ).join(' ');
    expect(names(many)).toHaveLength(6000);
    const blanks = ' '.repeat(300_000);
    expect(
      names(`Passing${blanks}\`?format=short\`${blanks}gives it. The optional${blanks}\`mode\`${blanks}query parameter can be used.`),
    ).toEqual(['query:mode', 'query:format']);
    expect(names(`${'`?'.repeat(60_000)} passing ${'the `a` query '.repeat(60_000)}parameter x`)).toBeDefined();
  }, 120_000);
});
