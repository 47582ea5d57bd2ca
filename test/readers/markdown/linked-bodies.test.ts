import { describe, expect, it } from 'vitest';
import type { Schema } from '../../../src/ir/types.js';
import { bodySchema, operation, readGeneral } from './helpers.js';

const OBJECT = [
  '# Shelf lamps',
  "## The lamp object\n\n`id` **string**\\\nThe lamp's id.\n\n`watts` **integer**\\\nHow much power it draws.",
].join('\n\n');

/** A page of the lamp object and one call per section, each with the given sentence (REST and SDK tabs as a CMS writes them). */
function page(...calls: Array<[string, string]>): string {
  const sections = calls.map(
    ([route, sentence], index) =>
      `## Call ${index}\n\n### Request\n\n<SnippetToggler :choices="['REST', 'SDK']">\n<template #rest>\n\n\`${route}\`\n\n${sentence}\n\n</template>\n</SnippetToggler>\n\n#### Request Body\n\nSee above.`,
  );
  return [OBJECT, ...sections].join('\n\n');
}

function bodyName(schema: Schema | undefined): string {
  if (schema?.kind === 'ref') return schema.name;
  if (schema?.kind === 'array' && schema.items.kind === 'ref') return `[${schema.items.name}]`;
  return schema === undefined ? '-' : schema.kind;
}

describe('general reader: "Provide a [lamp object](#the-lamp-object) as the body of your request."', () => {
  it('should read the linked object, or a list of it, as the request body', () => {
    const read = readGeneral(
      page(
        ['POST /shelves/:id/fittings', 'Provide a [lamp object](#the-lamp-object) as the body of your request.'],
        ['POST /shelves/:id/fittings/batch', 'Provide an array of [lamp objects](#the-lamp-object) as the body of your request.'],
        ['PUT /shelves/:id/fitting', 'Send the [lamp](#the-lamp-object) object in the request body.'],
      ),
    );
    expect(bodyName(bodySchema(operation(read, 'POST /shelves/{id}/fittings')))).toBe('Lamp');
    expect(bodyName(bodySchema(operation(read, 'POST /shelves/{id}/fittings/batch')))).toBe('[Lamp]');
    expect(bodyName(bodySchema(operation(read, 'PUT /shelves/{id}/fitting')))).toBe('Lamp');
  });

  it('should read no body from a partial object, a link to no object, other words, or a call that sends none', () => {
    const read = readGeneral(
      page(
        ['PATCH /shelves/:id/fittings', 'Provide a partial [lamp object](#the-lamp-object) as the body of your request.'],
        ['POST /shelves/:id/dim', 'Provide the [dimming rules](#dimming) as the body of your request.'],
        ['POST /shelves/:id/tags', "Provide the [lamp object](#the-lamp-object)'s id as the body of your request."],
        ['GET /shelves/:id/fittings', 'Provide a [lamp object](#the-lamp-object) as the body of your request.'],
      ),
    );
    for (const route of ['PATCH /shelves/{id}/fittings', 'POST /shelves/{id}/dim', 'POST /shelves/{id}/tags', 'GET /shelves/{id}/fittings'])
      expect(bodyName(bodySchema(operation(read, route)))).not.toMatch(/Lamp/);
  });

  it('should read 3,000 such calls in time', () => {
    const calls = Array.from({ length: 3000 }, (_, index): [string, string] => [
      `POST /fittings${index}`,
      'Provide a [lamp object](#the-lamp-object) as the body of your request.',
    ]);
    const read = readGeneral(page(...calls));
    // A few seconds alone; the limit leaves room for a loaded machine.
    expect(bodyName(bodySchema(operation(read, 'POST /fittings2999')))).toBe('Lamp');
  }, 240_000);

  it('should read a sentence of 60,000 letters and 300,000 blanks around the link in seconds', () => {
    const blanks = ' '.repeat(300_000);
    const read = readGeneral(
      page(
        ['POST /wide', `Provide a ${'a'.repeat(60_000)}${blanks}[lamp object](#the-lamp-object)${blanks}as the body of your request.`],
        ['POST /wider', `Provide a${blanks}[lamp object](#the-lamp-object) ${'b'.repeat(60_000)} as the body.`],
      ),
    );
    expect(bodyName(bodySchema(operation(read, 'POST /wide')))).not.toMatch(/Lamp/);
    expect(bodyName(bodySchema(operation(read, 'POST /wider')))).not.toMatch(/Lamp/);
  }, 120_000);
});
