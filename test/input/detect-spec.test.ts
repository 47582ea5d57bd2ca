import { describe, expect, it, vi } from 'vitest';
import { isSpecFile } from '../../src/input/detect-spec.js';

const cases: { name: string; file: string; text: string; want: boolean }[] = [
  { name: 'a YAML 3.1 spec', file: 'api.yaml', text: 'openapi: 3.1.0\ninfo: {}\n', want: true },
  { name: 'a .yml Swagger spec', file: 'api.yml', text: '# comment\nswagger: "2.0"\n', want: true },
  { name: 'a quoted YAML key', file: 'api.yaml', text: '"openapi": 3.0.0\n', want: true },
  { name: 'a JSON spec with a BOM', file: 'api.json', text: '\uFEFF{"info": {}, "openapi": "3.0.0"}', want: true },
  { name: 'a JSON Swagger spec', file: 'API.JSON', text: '{"swagger": "2.0"}', want: true },
  { name: 'a nested openapi key in YAML', file: 'a.yaml', text: 'x:\n  openapi: 3.0.0\n', want: false },
  { name: 'a nested openapi key in JSON', file: 'a.json', text: '{"x": {"openapi": "3.0.0"}}', want: false },
  { name: 'a JSON array', file: 'a.json', text: '[{"openapi": "3.0.0"}]', want: false },
  { name: 'a markdown page mentioning openapi', file: 'page.md', text: 'openapi: 3.0.0\n', want: false },
  { name: 'a package.json', file: 'package.json', text: '{"name": "x"}', want: false },
  { name: 'a broken JSON file that starts like a spec', file: 'a.json', text: '{"openapi": "3.0.0", ', want: true },
];

describe('isSpecFile', () => {
  it.each(cases)('should say $want for $name', ({ file, text, want }) => {
    expect(isSpecFile(text, file)).toBe(want);
  });
});

describe('isSpecFile on a JSON spec', () => {
  it('should not parse a text whose first key names it (the loader parses it: big specs were parsed twice)', () => {
    const parse = vi.spyOn(JSON, 'parse');
    try {
      expect(isSpecFile(' {\n  "openapi": "3.1.0", "info": {}, "paths": {}}', 'api.json')).toBe(true);
      expect(isSpecFile('{"swagger": "2.0", "paths": {', 'api.json')).toBe(true);
      expect(parse).not.toHaveBeenCalled();
      // Any other key first: parsed, as before.
      expect(isSpecFile('{"info": {}, "openapi": "3.0.0"}', 'api.json')).toBe(true);
      expect(parse).toHaveBeenCalledTimes(1);
    } finally {
      parse.mockRestore();
    }
  });
});
