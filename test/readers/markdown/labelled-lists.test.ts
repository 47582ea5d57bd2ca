import { describe, expect, it } from 'vitest';
import { codes, operation, parameterNames, readGeneral, strip } from './helpers.js';

/** The "REST API docs template" READMEs copy: a bullet list of bold labels per endpoint. */
const TEMPLATE = `**Show User**
----
  Returns json data about a single user.

* **URL**

  /users/:id

* **Method:**

  \`GET\`

*  **URL Params**

   **Required:**

   \`id=[integer]\`

   **Optional:**

   \`fields=[alphanumeric]\`

* **Data Params**

  None

* **Success Response:**

  * **Code:** 200 <br />
    **Content:** \`{ "id": 12, "name": "Michael Bloom" }\`

* **Error Response:**

  * **Code:** 404 NOT FOUND <br />
    **Content:** \`{ error : "User doesn't exist" }\`

* **Sample Call:**

  \`\`\`javascript
  $.ajax({ url: "/users/1", type: "GET" });
  \`\`\`

**Create User**
----
  Creates a user.

* **URL**

  /users

* **Method:**

  \`POST\`

* **Data Params**

  **Required:**

  \`name=[string]\`

* **Success Response:**

  * **Code:** 201 <br />
    **Content:** \`{ "id": 12 }\`
`;

describe('general reader: the REST API docs template (labelled bullet lists)', () => {
  it('should read a label whose colon follows the bold (`**URL**: /users/{id}`)', () => {
    const read = readGeneral('## Get a user\n\n- **Method**: GET\n- **URL**: `/users/{id}`\n');
    expect(read.routes).toEqual(['GET /users/{id}']);
  });

  it('should read URL and Method items as the signature, URL/Data Params as parameters and fields, and the responses', () => {
    const read = readGeneral(TEMPLATE);
    expect(codes(read)).toEqual([]);
    expect(read.routes).toEqual(['GET /users/{id}', 'POST /users']);
    const show = operation(read, 'GET /users/{id}');
    expect(show.summary).toBe('Returns json data about a single user.');
    expect(parameterNames(show)).toEqual(['path:id*', 'query:fields']);
    expect(show.parameters.map((p) => p.schema.kind)).toEqual(['integer', 'string']);
    // Content that is no JSON (`{ error : "…" }`) gives the status, not a sample.
    expect(show.responses.map((r) => [r.status, r.description, r.content[0]?.examples[0]?.value])).toEqual([
      ['200', 'OK', { id: 12, name: 'Michael Bloom' }],
      ['404', 'Not Found', undefined],
    ]);
    const create = operation(read, 'POST /users');
    expect(strip(create.requestBody?.content[0]?.schema)).toEqual({
      kind: 'object',
      properties: [{ name: 'name', schema: { kind: 'string' }, required: true }],
    });
    expect(create.responses.map((r) => r.status)).toEqual(['201']);
  });

  it('should leave a list of bold labels that states no URL and method alone', () => {
    const read = readGeneral('## Things\n\n`GET /things`\n\n* **Note:** a note\n* **Method:** none of these\n');
    expect(read.routes).toEqual(['GET /things']);
    expect(read.root.children.some((node) => node.type === 'list')).toBe(true);
  });
});
