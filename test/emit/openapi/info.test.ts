import { describe, expect, it } from 'vitest';
import { emitOpenApi } from '../../../src/emit/openapi/index.js';
import { type ApiDocument, type ApiInfo, IR_VERSION } from '../../../src/ir/types.js';
import { schemaErrors } from '../../helpers/openapi-validate.js';

function documentWith(info: ApiInfo): ApiDocument {
  return { irVersion: IR_VERSION, info, servers: [], tags: [], operations: [], schemas: [], securitySchemes: [] };
}

interface InfoCase {
  name: string;
  info: ApiInfo;
  /** The emitted `info` as JSON text (key order matters: it is the output). */
  want: string;
}

const cases: InfoCase[] = [
  {
    name: 'title and version only',
    info: { title: 'T', version: '1' },
    want: '{"title":"T","version":"1"}',
  },
  {
    name: 'every field, in the canonical key order',
    info: {
      license: { name: 'Apache 2.0', identifier: 'Apache-2.0' },
      contact: { email: 'a@example.com', name: 'A', url: 'https://example.com' },
      termsOfService: 'https://example.com/terms',
      description: 'D',
      version: '2',
      summary: 'S',
      title: 'T',
    },
    want:
      '{"title":"T","summary":"S","version":"2","description":"D","termsOfService":"https://example.com/terms",' +
      '"contact":{"name":"A","url":"https://example.com","email":"a@example.com"},"license":{"name":"Apache 2.0","identifier":"Apache-2.0"}}',
  },
  {
    name: 'a license with a url',
    info: { title: 'T', version: '1', license: { name: 'MIT', url: 'https://opensource.org/licenses/MIT' } },
    want: '{"title":"T","version":"1","license":{"name":"MIT","url":"https://opensource.org/licenses/MIT"}}',
  },
  {
    name: 'a license with both identifier and url (3.1 allows one: the identifier wins)',
    info: { title: 'T', version: '1', license: { name: 'MIT', identifier: 'MIT', url: 'https://opensource.org/licenses/MIT' } },
    want: '{"title":"T","version":"1","license":{"name":"MIT","identifier":"MIT"}}',
  },
  {
    name: 'an empty contact',
    info: { title: 'T', version: '1', contact: {} },
    want: '{"title":"T","version":"1","contact":{}}',
  },
];

describe('emitOpenApi: info', () => {
  it.each(cases)('should write $name', async ({ info, want }) => {
    const spec = emitOpenApi(documentWith(info));
    expect(JSON.stringify(spec.info)).toBe(want);
    expect(await schemaErrors(spec)).toEqual([]);
  });

  it('should not share objects with the IR', () => {
    const info: ApiInfo = { title: 'T', version: '1', contact: { name: 'A' }, license: { name: 'MIT' } };
    const spec = emitOpenApi(documentWith(info));
    (spec.info.contact as { name: string }).name = 'changed';
    expect(info.contact?.name).toBe('A');
  });
});
