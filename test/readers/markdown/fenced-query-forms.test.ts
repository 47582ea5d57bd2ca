import { describe, expect, it } from 'vitest';
import { operation, parameterNames, readGeneral } from './helpers.js';

/** A call stated plainly, then again with its optional query in a fence of its own, curl's data flag after the URL. */
const SWITCH = [
  '## Lamps',
  '### Switch lamps on',
  '```\nPOST api/v1/<shelf id>/lamps -d \\\n\'{"lamp":"desk"}\'\n```',
  'Switches the lamps on. Add `wait=done` to the query to wait until they glow.',
  '```\nPOST api/v1/<shelf id>/lamps?wait=done -d \\\n\'{"lamp":"desk"}\'\n```',
  '#### Path variable',
  '| Variable | Description |\n| --- | --- |\n| `shelf id` | The shelf id |',
].join('\n\n');

describe('general reader: a fence of the stated route with its query', () => {
  it("should read the query keys of a fence repeating the section's route as optional query parameters", () => {
    const lamps = operation(readGeneral(SWITCH), 'POST /api/v1/{shelf_id}/lamps');
    expect(parameterNames(lamps)).toEqual(['path:shelf_id*', 'query:wait']);
    expect(lamps.parameters[1]?.schema.kind).toBe('string');
  });

  it('should read them from a request line over plain JSON too', () => {
    const text = SWITCH.replaceAll(' -d \\\n\'{"lamp":"desk"}\'', '\n{"lamp":"desk"}');
    expect(parameterNames(operation(readGeneral(text), 'POST /api/v1/{shelf_id}/lamps'))).toEqual(['path:shelf_id*', 'query:wait']);
  });

  it('should read no parameter from a query form whose key the prose never names', () => {
    const text = SWITCH.replace('Add `wait=done` to the query', 'Add a wait to the query');
    expect(parameterNames(operation(readGeneral(text), 'POST /api/v1/{shelf_id}/lamps'))).toEqual(['path:shelf_id*']);
  });

  it('should read thousands of such fences and a line of blanks around the query without stalling', () => {
    const fences = Array.from({ length: 3000 }, (_, i) => `\`\`\`\nPOST /v1/lamps?k${i}=v\n\`\`\``);
    const named = Array.from({ length: 3000 }, (_, i) => `\`k${i}\``).join(' ');
    const many = ['## Switch', '```\nPOST /v1/lamps\n```', `Keys: ${named}.`, ...fences].join('\n\n');
    expect(operation(readGeneral(many), 'POST /v1/lamps').parameters.length).toBe(3000);
    const blanks = [
      '## Switch',
      '```\nPOST /v1/lamps\n```',
      'Add `wait=done`.',
      `\`\`\`\nPOST /v1/lamps?${' '.repeat(300_000)}wait=done${'?'.repeat(60_000)}\n\`\`\``,
    ].join('\n\n');
    expect(() => readGeneral(blanks)).not.toThrow();
  });
});
