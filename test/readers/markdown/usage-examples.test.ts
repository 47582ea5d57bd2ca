/**
 * A guide of one resource whose calls are its curl commands, each under a title naming an action:
 * a command under a title naming none (`## Using lamp groups in a scene`) that calls another
 * resource is a usage example of an operation documented elsewhere, no operation of the page. The
 * fixture is a "lamp groups" API written by us.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGeneral } from './helpers.js';

const page = readFileSync(path.join(import.meta.dirname, 'fixtures/usage-examples/lamps.md'), 'utf8');

describe('general reader: a usage example on a page of curl commands', () => {
  it("should read the action sections' commands and no operation of the usage example", () => {
    const read = readGeneral(page, 'guide/lamps.md');
    expect(read.routes).toEqual(['POST /lamp_groups', 'GET /lamp_groups', 'DELETE /lamp_groups']);
  });

  it("should keep a command of a section titled by no action where it calls the page's resource", () => {
    const read = readGeneral(
      page.replace('"http://localhost:9200/scenes"', '"http://localhost:9200/lamp_groups/search"'),
      'guide/lamps.md',
    );
    expect(read.routes).toContain('POST /lamp_groups/search');
  });
});
