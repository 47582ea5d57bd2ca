import { describe, expect, it } from 'vitest';
import { operation, parameterNames, readGeneral } from './helpers.js';

/** A streaming API's guide: the routes stated as templates in its words, its calls showing sample values. */
const PAGE = [
  '# Listen to a channel',
  'There are two endpoints, which differ only in the format of the answer:',
  '* [Line stream](#line-stream): `<channel>/lines` answers one JSON object a line\n* [Text stream](#text-stream): `<channel>/text` answers one message a line',
  '## Line stream',
  'Open the line stream of a channel (`<channel>/lines`).',
  '```http\nGET /garden-lamps/lines HTTP/1.1\nHost: lamps.example\n\nHTTP/1.1 200 OK\nContent-Type: text/plain\n\nlamp on\n```',
  '## Text stream',
  'Open the text stream of a channel.',
  '```http\nGET /porch/text HTTP/1.1\nHost: lamps.example\n\nHTTP/1.1 200 OK\nContent-Type: text/plain\n\nlamp off\n```',
  '### Reading older messages',
  'Add the `since=` query parameter to read the messages you missed.',
  '```\ncurl -s "lamps.example/porch/lines?since=10m"\n```',
].join('\n\n');

describe('general reader: routes stated as templates (`<channel>/lines`), their calls samples of them', () => {
  it("should read a call whose path fits a template the page states as that template's route, its placeholder a path parameter", () => {
    const read = readGeneral(PAGE);
    // Before: `GET /garden-lamps/lines`, `GET /porch/text`, `GET /porch/lines`, an operation per sample value.
    expect([...new Set(read.routes)]).toEqual(['GET /{channel}/lines', 'GET /{channel}/text']);
    expect(parameterNames(operation(read, 'GET /{channel}/text'))).toEqual(['path:channel*']);
    const lines = read.fragment?.operations.filter((o) => o.path === '/{channel}/lines') ?? [];
    expect(lines.flatMap((o) => parameterNames(o))).toContain('query:since');
  });

  it('should leave a path two templates fit, and hostile template spans, as they are', () => {
    const spans = Array.from({ length: 3_000 }, (_, index) => `\`<a${index}>/x\` \`<__proto__>/*/\``).join(' ');
    const read = readGeneral(
      ['Both `<room>/lamps` and `<floor>/lamps` answer the lamps.', spans, '## Lamps', '```http\nGET /hall/lamps HTTP/1.1\n```'].join(
        '\n\n',
      ),
    );
    expect(read.routes).toEqual(['GET /hall/lamps']);
  });
});
