/**
 * Pages swagger-markdown writes from a spec, in the layouts of its versions: a path heading over
 * method headings with `##### Summary` / `##### Description` sections (method-headings.md), the
 * same with `##### ***GET***` and `**Summary:**` / `**Description:**` labels (bold-labels.md), and
 * `### [GET] /dogs` headings with a bold summary (bracketed-methods.md).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operation, readGeneral } from './helpers.js';

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, 'fixtures/swagger-markdown', name), 'utf8');

describe('general reader: pages swagger-markdown writes', () => {
  it('should read a `##### Description` section under a method heading as the description, its title no part of it', () => {
    const read = readGeneral(fixture('method-headings.md'));
    const list = operation(read, 'GET /dogs');
    expect([list.summary, list.description]).toEqual(['List dogs', 'Returns the dogs of the kennel, oldest first.']);
    expect(operation(read, 'POST /dogs').description).toBeUndefined();
  });

  it('should read the words beside `**Summary:**` and `**Description:**` labels, the labels no part of them', () => {
    const read = readGeneral(fixture('bold-labels.md'));
    const add = operation(read, 'POST /dogs');
    expect([add.summary, add.description]).toEqual(['Add a dog', 'Adds a dog to the kennel.']);
    // `**Description:** ` with no words: no description.
    const get = operation(read, 'GET /dogs/{dogId}');
    expect([get.summary, get.description]).toEqual(['Get a dog', undefined]);
  });
});
