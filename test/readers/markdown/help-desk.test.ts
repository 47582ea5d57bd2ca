/**
 * Help-desk references (the convention of Zendesk's API reference and its like): a page per
 * resource (`# Knives`), its object's properties under `### JSON format`, an operation per `###`
 * heading over its route in code, `#### Allowed For` / `#### Pagination` / `#### Sideloads` prose,
 * `#### Code Samples` under language headings, `#### Example body`, and `#### Example response(s)`
 * whose fence opens with a status line without its protocol (`Status 201 Created`). The fixtures
 * are ours, a fictional kitchen's API written in that convention.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operation, readGeneral, strip } from './helpers.js';

const DIR = path.join(import.meta.dirname, 'fixtures/help-desk');
const page = (name: string) => readGeneral(readFileSync(path.join(DIR, name), 'utf8'), `api/${name}`);

describe('general reader: help-desk references', () => {
  const knives = page('knives.md');
  const people = page('people.md');

  it('should read `Status 200 OK` / `Status 201 Created` opening a response fence as its status, its body the sample', () => {
    const statuses = (read: typeof knives, route: string) => operation(read, route).responses.map((r) => r.status);
    expect(statuses(knives, 'GET /api/v3/knives')).toEqual(['200']);
    expect(statuses(knives, 'POST /api/v3/knives')).toEqual(['201']);
    const created = operation(knives, 'POST /api/v3/knives').responses[0]!;
    expect(created.description).toBe('Created');
    expect(strip(created.content[0]?.examples[0]?.value)).toEqual({ knife: { id: 4002, label: 'Paring knife', blade_length: 9 } });
  });

  it('should read a fence of `Status 204 No Content` alone as the status, no body', () => {
    const retired = operation(knives, 'DELETE /api/v3/knives/{knife_id}').responses;
    expect(retired.map((r) => [r.status, r.description, r.content.length])).toEqual([['204', 'No Content', 0]]);
  });

  it('should read the status over a `Content-Type` line, and in an unlabelled fence', () => {
    const list = operation(people, 'GET /api/v3/people').responses[0]!;
    expect([list.status, list.content[0]?.mediaType]).toEqual(['200', 'application/json']);
    expect(operation(people, 'GET /api/v3/people/{person_id}').responses.map((r) => r.status)).toEqual(['200']);
  });

  it('should read the JSON under `#### Example body` as the request sample, the body only it shows', () => {
    const register = operation(knives, 'POST /api/v3/knives');
    expect(strip(register.requestBody?.content.map((c) => [c.mediaType, c.examples[0]?.value]))).toEqual([
      ['application/json', { knife: { label: 'Paring knife', blade_length: 9 } }],
    ]);
  });

  it('should report nothing', () => {
    expect([...knives.diagnostics.items, ...people.diagnostics.items].filter((d) => d.severity !== 'info')).toEqual([]);
  });
});
