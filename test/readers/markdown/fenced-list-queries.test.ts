/**
 * A call's variants written as a list, each item's words over a fence of its request line, the
 * plain route first and then forms with a query of placeholders (`POST /lamps?room={room}`), as
 * Drone's build-create page writes them: the query's keys are the call's optional parameters.
 * Before, the query forms were dropped as examples of the plain route. A key whose value is a
 * sample (`?room=attic`) or no key (`&{key=value}`) states nothing. The fixtures are ours.
 */
import { describe, expect, it } from 'vitest';
import { operation, parameterNames, readGeneral } from './helpers.js';

const item = (words: string, line: string) => `* ${words}:\n  \`\`\`\n  ${line}\n  \`\`\`\n`;

describe('general reader: query forms of a call in a list of fences', () => {
  it('should read the placeholder keys of the forms as optional query parameters', () => {
    const page = [
      '# Lamp Create\n',
      item('Creates a lamp on the shelf', 'POST /api/shelves/{shelf}/lamps'),
      item('Creates a lamp of a color', 'POST /api/shelves/{shelf}/lamps?color={color}'),
      item('Creates a lamp of a color and size', 'POST /api/shelves/{shelf}/lamps?color={color}&size={size}'),
      item('Creates a lamp with your own words', 'POST /api/shelves/{shelf}/lamps?color={color}&{key=value}'),
    ].join('\n');
    const read = readGeneral(page, 'api/lamp-create.md');
    expect(read.routes).toEqual(['POST /api/shelves/{shelf}/lamps']);
    expect(parameterNames(operation(read, 'POST /api/shelves/{shelf}/lamps'))).toEqual(['query:color', 'query:size', 'path:shelf*']);
  });

  it('should leave a form of sample values an example', () => {
    const page = ['# Lamp Create\n', item('Creates a lamp', 'POST /api/lamps'), item('In the attic', 'POST /api/lamps?room=attic')].join(
      '\n',
    );
    expect(parameterNames(operation(readGeneral(page, 'api/lamp-create.md'), 'POST /api/lamps'))).toEqual([]);
  });

  it('should read thousands of forms, and a query of a long run of blanks, in a moment', () => {
    const name = (at: number) => at.toString(26).replace(/./g, (d) => String.fromCharCode(97 + Number.parseInt(d, 26)));
    const forms = Array.from({ length: 3000 }, (_, at) => item(`Form ${at}`, `POST /api/lamps?k${name(at)}={v}`));
    const read = readGeneral(['# Lamp Create\n', item('Creates a lamp', 'POST /api/lamps'), ...forms].join('\n'), 'api/many.md');
    expect(parameterNames(operation(read, 'POST /api/lamps'))).toHaveLength(3000);
    const blanks = ' '.repeat(300_000);
    const wide = [
      '# Lamp\n',
      item('Creates', 'POST /api/lamps'),
      item(`Form${blanks}x`, `POST /api/lamps?a={v}${'&'.repeat(60_000)}`),
    ].join('\n');
    expect(parameterNames(operation(readGeneral(wide, 'api/wide.md'), 'POST /api/lamps'))).toEqual(['query:a']);
  });
});
