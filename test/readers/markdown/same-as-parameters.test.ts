/**
 * A call whose parameters its page gives as another call's (`**Parameters:**` ⏎ "Same as `POST
 * /v1/lamps`", as Binance's reference writes its test call): the parameters and body of that
 * operation of the page are the call's; a sentence naming no operation of the page is reported and
 * copies nothing. Before, such a call had none. The fixture is ours.
 */
import { describe, expect, it } from 'vitest';
import { bodySchema, codes, operation, parameterNames, readGeneral } from './helpers.js';

const page = `# Lamps

### Light a lamp
\`\`\`
POST /v1/lamps/:lamp/light
\`\`\`

**Parameters:**

Name | Type | Mandatory | Description
---- | ---- | --------- | -----------
lamp | STRING | YES | The lamp.
watts | INT | NO | How bright.

**Response:**
\`\`\`javascript
{"lit": true}
\`\`\`

### Try lighting a lamp
\`\`\`
POST /v1/lamps/:lamp/light/try
\`\`\`

**Parameters:**

Same as \`POST /v1/lamps/:lamp/light\`

**Response:**
\`\`\`javascript
{}
\`\`\`

### Find lamps
\`\`\`
GET /v1/lamps
\`\`\`

**Parameters:**

Name | Type | Mandatory | Description
---- | ---- | --------- | -----------
room | STRING | NO | The room.

### Count lamps
\`\`\`
GET /v1/lamps/count
\`\`\`

**Parameters:**

Same as \`GET /v1/lamps\`.

### Dim a lamp
\`\`\`
POST /v1/lamps/dim
\`\`\`

**Parameters:**

Same as \`POST /v1/shelves\`
`;

const fields = (read: ReturnType<typeof readGeneral>, route: string): string[] => {
  const schema = bodySchema(operation(read, route));
  return schema?.kind === 'object' ? schema.properties.map((p) => `${p.name}${p.required ? '*' : ''}`) : [];
};

describe('general reader: parameters the same as another call’s', () => {
  const read = readGeneral(page, 'api/lamps.md');

  it('should give the call the parameters and body of the call it names', () => {
    expect(read.routes).toContain('POST /v1/lamps/{lamp}/light/try');
    expect(parameterNames(operation(read, 'POST /v1/lamps/{lamp}/light/try'))).toEqual(
      parameterNames(operation(read, 'POST /v1/lamps/{lamp}/light')),
    );
    expect(fields(read, 'POST /v1/lamps/{lamp}/light/try')).toEqual(['watts']);
    expect(parameterNames(operation(read, 'GET /v1/lamps/count'))).toEqual(['query:room']);
  });

  it('should copy nothing, and say so, where the page documents no such call', () => {
    expect(parameterNames(operation(read, 'POST /v1/lamps/dim'))).toEqual([]);
    expect(operation(read, 'POST /v1/lamps/dim').requestBody).toBeUndefined();
    expect(codes(read)).toContain('same-as-unknown');
  });

  it('should read thousands of such calls, and sentences of long runs of blanks', () => {
    const calls = Array.from(
      { length: 3_000 },
      (_, n) => `### Call ${n}\n\`\`\`\nGET /v1/c${n}\n\`\`\`\n\n**Parameters:**\n\nSame as \`GET /v1/lamps\`\n`,
    ).join('\n');
    const odd = `### Odd\n\`\`\`\nGET /v1/odd\n\`\`\`\n\nSame as${' '.repeat(300_000)}GET /v1/lamps\n\nSame as GET /v1/lamps${' '.repeat(300_000)}.\n\n${'same as '.repeat(60_000)}\n`;
    const head = '### Find lamps\n```\nGET /v1/lamps\n```\n\n| Name | Type | In |\n| --- | --- | --- |\n| room | STRING | query |\n\n';
    const lots = readGeneral(`${head}${calls}\n${odd}`, 'api/lots.md');
    expect(parameterNames(operation(lots, 'GET /v1/c2999'))).toEqual(['query:room']);
    expect(parameterNames(operation(lots, 'GET /v1/odd'))).toEqual([]);
  }, 60_000);
});
