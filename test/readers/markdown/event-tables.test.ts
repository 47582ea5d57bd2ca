/**
 * Tables under a title naming the events a call streams (`### Event Types`, `#### Event Type:
 * LampLit`, `Event Stream Type: …`, `Event payload: …`, as Icinga's reference titles the objects
 * its event stream sends): no fields of the call's request, set aside. The fixture is ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodySchema, operation, parameterNames, readGeneral } from './helpers.js';

const PAGE = readFileSync(path.join(import.meta.dirname, 'fixtures/event-tables/watch.md'), 'utf8');

describe('general reader: tables of the events a call streams', () => {
  const read = readGeneral(PAGE, 'api/watch.md');

  it('should read the call parameters only as its body, no field of an event', () => {
    expect(read.routes).toEqual(['POST /v1/watch', 'GET /v1/status']);
    const schema = bodySchema(operation(read, 'POST /v1/watch'));
    expect(schema?.kind === 'object' ? schema.properties.map((p) => p.name) : schema).toEqual(['kinds', 'room']);
  });

  it('should leave the next operation its own table', () => {
    expect(parameterNames(operation(read, 'GET /v1/status'))).toEqual(['query:verbose']);
  });
});

describe('general reader: event titles on hostile input', () => {
  it('should read 3,000 event titles and a title of 300,000 blanks in seconds', () => {
    // Every tenth title over a table of its event's fields.
    const titles = Array.from({ length: 3_000 }, (_, i) =>
      i % 10 === 0 ? `#### Event type: E${i}\n\n| Name | Type |\n| --- | --- |\n| f${i} | String |\n` : `#### Event type: E${i}\n`,
    ).join('\n');
    const odd = `#### Event${' '.repeat(300_000)}type: x\n\n#### Event type:${' '.repeat(300_000)}\n\n#### ${'event '.repeat(60_000)}types\n`;
    const text = `## Watch\n\n\`POST /v1/watch\`\n\n| Name | Type |\n| --- | --- |\n| kinds | Array |\n\n${titles}\n${odd}`;
    const read = readGeneral(text, 'api/hostile.md');
    const schema = bodySchema(operation(read, 'POST /v1/watch'));
    expect(schema?.kind === 'object' ? schema.properties.map((p) => p.name) : schema).toEqual(['kinds']);
  }, 60_000);
});
