/**
 * A Docusaurus admonition (`:::note` ⏎ … ⏎ `:::`, `:::warning Title`, `:::caution[Title]`) right
 * under an operation's request line is a note of its description, no summary: the sentence after
 * it is; so are GitBook's hints, GitHub's alerts and MkDocs' admonitions (`!!! note "Beta"` ⏎ its
 * indented words). The admonition's own title opens its words (`Irreversible: …`). The fixture is a
 * "lamps" API written by us.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operation, parameterNames, readGeneral } from './helpers.js';

const page = readFileSync(path.join(import.meta.dirname, 'fixtures/admonitions/lamps.md'), 'utf8');
const components = readFileSync(path.join(import.meta.dirname, 'fixtures/admonitions/components.mdx'), 'utf8');

describe('general reader: an admonition under the operation’s request line', () => {
  const read = readGeneral(page, 'api/lamps.md');
  const words = (route: string) => {
    const op = operation(read, route);
    return [op.summary, op.description];
  };

  it('should take the sentence after the admonition for the summary, the admonition staying in the description', () => {
    expect(words('GET /v1/lamps/{lamp_id}')).toEqual(['Returns one lamp.', 'Lamps in the attic are read only.']);
    expect(words('DELETE /v1/lamps/{lamp_id}')).toEqual(['Deletes the lamp for good.', 'Irreversible: Deleting a lamp cannot be undone.']);
    expect(words('POST /v1/lamps/{lamp_id}/switch')).toEqual(['Switches the lamp on or off.', 'Use the **toggle** mode to flip it.']);
    expect(words('POST /v1/lamps/{lamp_id}/dim')).toEqual(['Dims the lamp.', 'Heads up: Dimming is slow.']);
  });

  it("should pass over GitBook's hints and GitHub's alerts so, and leave any other quote as it is", () => {
    expect(words('GET /v1/lamps/{lamp_id}/room')).toEqual(["Returns the lamp's room.", 'Rooms of attic lamps are read only.']);
    expect(words('POST /v1/lamps/{lamp_id}/unplug')).toEqual(['Unplugs the lamp.', '> [!WARNING]\n> Unplugging a lamp resets its timer.']);
    // Another quote (the older `> **Note**` too) is left as it was: the title the summary, the quote the description's.
    expect(words('POST /v1/lamps/{lamp_id}/plug')[0]).toBe('Plug a lamp');
    expect(operation(read, 'POST /v1/lamps/{lamp_id}/paint').summary).toBe('Paint a lamp');
  });

  it('should pass over MkDocs\' admonitions so (`!!! note "Beta"`, `??? warning`, `???+ tip`), their words no code', () => {
    expect(words('PATCH /v1/lamps/{lamp_id}')).toEqual(['Renames the lamp.', 'Beta: Renaming is in beta and\nmay change.']);
    expect(words('POST /v1/lamps/{lamp_id}/move')).toEqual(['Moves the lamp.', 'Moving a lamp unplugs it.\n\nPlug it in again after.']);
    expect(words('POST /v1/lamps/{lamp_id}/clean')).toEqual(['Cleans the lamp.', 'Soft cloth: A soft cloth keeps the shade bright.']);
    for (const route of ['PATCH /v1/lamps/{lamp_id}', 'POST /v1/lamps/{lamp_id}/move'])
      expect(operation(read, route).requestBody).toBeUndefined();
  });

  it('should leave an MkDocs block titled by a part, or holding a fence, as it was: its title a label', () => {
    expect(parameterNames(operation(read, 'GET /v1/lamps/{lamp_id}/parts'))).toEqual(['query:kind', 'path:lamp_id*']);
    const fit = operation(read, 'POST /v1/lamps/{lamp_id}/bulbs');
    expect(fit.summary).toBe('Fits a bulb.');
    expect(fit.requestBody?.content[0]?.examples?.[0]?.value).toEqual({ watts: 40 });
  });

  it("should keep an admonition's own title in its words, a GitBook hint's heading too", () => {
    expect(words('POST /v1/lamps/{lamp_id}/timer')).toEqual(["Sets the lamp's timer.", 'Timers reset: Unplugging resets the timer.']);
    const wire = operation(read, 'POST /v1/lamps/{lamp_id}/wire');
    // Before, the hint's heading was a section of its own: the sentence after it lost, the summary the title.
    expect([wire.summary, wire.description]).toEqual(['Wires the lamp.', 'Electricians only: Wiring needs a licence.']);
    expect(parameterNames(wire)).toEqual(['path:lamp_id*']);
  });

  it('should leave a summary before the admonition as it is, and no fence in the words', () => {
    expect(words('GET /v1/lamps/count')).toEqual(['Counts the lamps.', 'Lamps being repaired are counted too.']);
    for (const op of read.fragment?.operations ?? []) expect(`${op.summary} ${op.description}`).not.toContain(':::');
  });
});

describe('general reader: an MDX admonition component (`<Note>` ⏎ … ⏎ `</Note>`, `<Callout type="info">`)', () => {
  const read = readGeneral(components, 'api/kettles.mdx');
  const words = (route: string) => {
    const op = operation(read, route);
    return [op.summary, op.description];
  };

  it('should read its words as a note of the description, no summary, its tags none of the words', () => {
    expect(words('GET /kettles/{id}')).toEqual(['Returns one kettle.', 'Kettles in the shed are read only.']);
    expect(words('POST /kettles/{id}/boil')).toEqual(['Boils the kettle.', 'Hot: Boiling takes a minute.']);
    // A fence inside it parts it into blocks: each of its words a note still, no tag left.
    expect(words('POST /kettles/{id}/fill')).toEqual(['Fills the kettle with water.', 'Fill it up to the line with:\n\nand no further.']);
  });

  it("should read a field's note as its words, none of the component's tags, nor a tag never closed", () => {
    const kettle = read.fragment?.schemas.find((named) => named.name === 'Kettle')?.schema;
    const described = kettle?.kind === 'object' ? kettle.properties.map((p) => `${p.name}: ${p.description}`) : [];
    expect(described).toEqual([
      'id: Identifier of the kettle Made from the serial number: So two kettles never share one.',
      'liters: Water the kettle holds Left open, a note is no note.',
    ]);
  });
});
