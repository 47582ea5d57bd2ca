import { describe, expect, it } from 'vitest';
import type { ApiInfo } from '../../../src/ir/types.js';
import { importTexts } from './helpers.js';

interface InfoCase {
  name: string;
  spec: string;
  want: ApiInfo;
  lines?: string[];
}

const cases: InfoCase[] = [
  {
    name: 'OpenAPI 3.1 info with summary, terms, contact and an SPDX license',
    spec: `openapi: 3.1.0
info:
  title: Zoo
  summary: Animals, briefly.
  version: '2'
  description: Long text.
  termsOfService: https://example.com/terms
  contact: {name: Keeper, url: https://example.com, email: keeper@example.com}
  license: {name: Apache 2.0, identifier: Apache-2.0}
paths: {}
`,
    want: {
      title: 'Zoo',
      summary: 'Animals, briefly.',
      version: '2',
      description: 'Long text.',
      termsOfService: 'https://example.com/terms',
      contact: { name: 'Keeper', url: 'https://example.com', email: 'keeper@example.com' },
      license: { name: 'Apache 2.0', identifier: 'Apache-2.0' },
    },
  },
  {
    name: 'OpenAPI 3.0 info with a license url and a partial contact',
    spec: `openapi: 3.0.3
info:
  title: Zoo
  version: 1.0.0
  contact: {email: keeper@example.com}
  license: {name: MIT, url: https://opensource.org/licenses/MIT}
paths: {}
`,
    want: {
      title: 'Zoo',
      version: '1.0.0',
      contact: { email: 'keeper@example.com' },
      license: { name: 'MIT', url: 'https://opensource.org/licenses/MIT' },
    },
  },
  {
    name: 'Swagger 2.0 info',
    spec: `swagger: '2.0'
info:
  title: Zoo
  version: '1'
  termsOfService: https://example.com/terms
  contact: {name: Keeper}
  license: {name: BSD, url: https://example.com/bsd}
paths: {}
`,
    want: {
      title: 'Zoo',
      version: '1',
      termsOfService: 'https://example.com/terms',
      contact: { name: 'Keeper' },
      license: { name: 'BSD', url: 'https://example.com/bsd' },
    },
  },
  {
    name: 'an empty contact (kept: it says there is a contact object)',
    spec: `openapi: 3.1.0
info: {title: Zoo, version: '1', contact: {}}
paths: {}
`,
    want: { title: 'Zoo', version: '1', contact: {} },
  },
  {
    name: 'a license without a name (reported, not used)',
    spec: `openapi: 3.1.0
info:
  title: Zoo
  version: '1'
  license: {url: https://example.com/license}
paths: {}
`,
    want: { title: 'Zoo', version: '1' },
    lines: ['spec.yaml:5:12 warning A license needs a "name"; it was not used. (spec-invalid)'],
  },
  {
    name: 'a license with both identifier and url (the url is reported and not used)',
    spec: `openapi: 3.1.0
info:
  title: Zoo
  version: '1'
  license:
    name: MIT
    identifier: MIT
    url: https://opensource.org/licenses/MIT
paths: {}
`,
    want: { title: 'Zoo', version: '1', license: { name: 'MIT', identifier: 'MIT' } },
    lines: ['spec.yaml:8:5 warning A license has an "identifier" or a "url", not both; the url was not used. (spec-invalid)'],
  },
  {
    name: 'non-string info fields (ignored)',
    spec: `openapi: 3.1.0
info: {title: Zoo, version: '1', summary: 3, termsOfService: [x], contact: nope}
paths: {}
`,
    want: { title: 'Zoo', version: '1' },
  },
];

describe('importSpec: info', () => {
  it.each(cases)('should read $name', async ({ spec, want, lines: wantLines }) => {
    const { spec: imported, lines } = await importTexts({ 'spec.yaml': spec });
    expect(imported!.info).toEqual(want);
    expect(lines).toEqual(wantLines ?? []);
  });
});
