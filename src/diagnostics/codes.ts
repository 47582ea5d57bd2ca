/** How bad a diagnostic is; `error` fails the run. */
export type Severity = 'error' | 'warning' | 'info';

interface CodeInfo {
  severity: Severity;
  /** One line: what the rule finds. */
  summary: string;
}

/**
 * Every diagnostic code, with its default severity. Codes are stable rule ids (kebab-case);
 * add new ones here, never inline.
 */
export const DIAGNOSTIC_CODES = {
  // input
  'input-not-found': { severity: 'error', summary: 'The input path does not exist.' },
  'input-unreadable': { severity: 'error', summary: 'An input file could not be read.' },
  'input-binary': { severity: 'warning', summary: 'An input file is binary and was skipped.' },
  'nesting-too-deep': {
    severity: 'error',
    summary:
      'A page nests block quotes, lists or emphasis, or HTML elements (past 256 levels), deeper than any docs page does; it was not read.',
  },
  'inline-too-dense': {
    severity: 'error',
    summary:
      'A paragraph, table row or heading holds more than 5,000 emphasis or strikethrough marks (the parser slows with their square); the page was not read.',
  },
  'input-too-large': { severity: 'error', summary: 'An input file is larger than the size limit and was skipped.' },
  'input-empty': {
    severity: 'error',
    summary: 'The input holds no documentation pages or OpenAPI documents (a warning with --allow-empty / allowEmpty).',
  },
  'unknown-dialect': { severity: 'warning', summary: 'A file matches no documentation dialect and was skipped.' },
  'no-operations': {
    severity: 'error',
    summary: 'The input holds pages but no operation was found in any (allow it with --allow-empty / allowEmpty).',
  },
  // document structure
  'unknown-section': { severity: 'warning', summary: 'A section the reader does not know; its content was not used.' },
  'malformed-table': { severity: 'error', summary: 'A table whose header or rows cannot be read.' },
  'malformed-row': { severity: 'error', summary: 'A table row that cannot be split into its cells.' },
  'unclosed-fence': {
    severity: 'warning',
    summary: 'A code fence never closed: markdown reads the rest of the page as its code, and nothing in it was used.',
  },
  'unclosed-html': {
    severity: 'warning',
    summary: 'An HTML table never closed (no `</table>`): it was read to its last row before the next markdown block.',
  },
  'nested-rows-unread': {
    severity: 'warning',
    summary:
      'A flat table row opens nested fields ("Properties of `x`") without saying where they end; it and the rows under it were not read.',
  },
  'wrapped-row': { severity: 'info', summary: 'A table line read as the wrapped end of the row above (its second word is no type).' },
  'missing-request-line': { severity: 'error', summary: 'An endpoint page without a method and path.' },
  'invalid-front-matter': { severity: 'warning', summary: 'Front matter that is not valid YAML.' },
  'not-an-endpoint': { severity: 'info', summary: 'A page without an operation (an index page) was skipped.' },
  'same-as-unknown': {
    severity: 'warning',
    summary: 'A call’s parameters are “Same as `POST /orders`”, an operation its page does not document; none were copied.',
  },
  'called-route': {
    severity: 'info',
    summary:
      'A sample call to a concrete route no page states (`curl …/lamps/desk/settings`) calls the one documented template it matches (`/lamps/{lamp}/settings`); it was read as that operation’s sample.',
  },
  'sample-route': {
    severity: 'warning',
    summary:
      'A section’s only request line shows a sample value (`GET /feeds/42`) and no table names its parameter; it was read as an example, no operation.',
  },
  'route-without-method': {
    severity: 'warning',
    summary:
      'A URL alone in a block (`https://<host>/lamps/csv/download`), outside every operation, whose method the page states nowhere; no operation was read.',
  },
  'unstated-method': {
    severity: 'warning',
    summary:
      'A section named by a method of the URL scheme a page states (`createShelf(name)`, `Name: `login``) whose HTTP method the page states nowhere; no operation was read.',
  },
  'unstated-target': {
    severity: 'warning',
    summary:
      'An action page of AWS’s JSON or Query protocol (every action `POST /`) whose sample requests state no `X-Amz-Target` header or `Action` parameter, or two: its action is not told apart by its route.',
  },
  'unsupported-method': {
    severity: 'warning',
    summary:
      'An operation whose method OpenAPI 3.1 has no operation for (Vault’s LIST, Directus’ SEARCH, WebDAV’s PROPFIND, QUERY), or a route for ANY method; it was not emitted.',
  },
  'unsupported-declaration': {
    severity: 'warning',
    summary:
      'A TypeScript declaration in a fence that does not parse, or a part of one that states no schema (a generic’s type parameters or arguments, `Partial`/`Pick`/… of a type no page states as an object, a mapped or conditional type, a function); that part was typed unknown, or the declaration not read.',
  },
  'unsupported-component': {
    severity: 'info',
    summary:
      'An MDX endpoint component (`<Endpoint method="GET" path="…" params={…} />`, `<ApiEndpoint … headers={…} />`) whose params are code (a variable, a call), not a literal; only its method and path (and its literal props) were read.',
  },
  'invalid-document': {
    severity: 'error',
    summary: 'A reader produced a document that breaks the normalised-document contract (a reader bug).',
  },
  // extraction
  'unknown-type': { severity: 'warning', summary: 'A type word the vocabulary does not know; the value is typed unknown.' },
  'invalid-sample': { severity: 'warning', summary: 'A sample body that is not valid JSON (or XML).' },
  'repaired-sample': {
    severity: 'info',
    summary: 'A JSON sample written with typographic quotes (“ ”) or HTML-escaped ones (`&quot;`); read with plain quotes.',
  },
  'duplicate-parameter': { severity: 'warning', summary: 'The same parameter is documented twice on one page.' },
  'duplicate-property': { severity: 'warning', summary: 'The same property is documented twice in one table.' },
  'path-parameter-undocumented': { severity: 'warning', summary: 'A path template parameter has no row in the table.' },
  'path-parameter-misplaced': {
    severity: 'warning',
    summary: 'A placeholder of the route is documented as a query parameter only; it is read as the path parameter.',
  },
  'path-parameter-respelt': {
    severity: 'warning',
    summary:
      'A row names a placeholder of the route spelt another way (`order_id` for `{orderId}`); read as the path parameter, named as the route names it.',
  },
  'path-parameter-not-in-route': { severity: 'warning', summary: 'A documented path parameter does not occur in the route.' },
  'body-table-ignored': { severity: 'warning', summary: 'A body typed as a primitive also has a property table; the table was not used.' },
  'invalid-status-code': { severity: 'warning', summary: 'A response status that is not an HTTP status code.' },
  'invisible-character': {
    severity: 'warning',
    summary:
      'A name or route written with a character the page does not show (a zero-width space or joiner, a byte-order mark: read without it) or a non-breaking space inside a name (kept).',
  },
  'misspelt-header': {
    severity: 'info',
    summary: 'A table column header written with a slip (`Paramter`, `Requried`, `Desciption`); read as the word it misspells.',
  },
  'misspelt-title': {
    severity: 'info',
    summary: 'A section title written with a slip (`Path Paramters`, `Respone`); read as the title it misspells.',
  },
  'misspelt-type': {
    severity: 'info',
    summary: 'A type word written with a slip (`Interger`, `Boolen`, `Stirng`); read as the type word it misspells.',
  },
  'unclosed-placeholder': {
    severity: 'warning',
    summary: 'A placeholder of a route left open (`/notes/{noteId`) or never opened (`/notes/noteId}`); read as `{noteId}`.',
  },
  'spaced-route': {
    severity: 'warning',
    summary: 'A route written with a space before its placeholder (`/notes/ {noteId}`, `/notes /{noteId}`); read without it.',
  },
  'empty-path-segment': { severity: 'warning', summary: 'A route with an empty segment (`//books`); read with one slash (`/books`).' },
  // OpenAPI / Swagger import
  'spec-invalid': {
    severity: 'error',
    summary: 'An OpenAPI/Swagger document (or part of one) that cannot be read as the specification defines it.',
  },
  'remote-ref-refused': { severity: 'error', summary: 'A $ref to a remote document, not fetched without --allow-remote-refs.' },
  'ref-not-found': { severity: 'error', summary: 'A $ref whose file or JSON pointer does not resolve.' },
  'ref-cycle': { severity: 'warning', summary: 'A $ref chain (or YAML alias) that refers back to itself with no content between.' },
  'unsupported-keyword': { severity: 'info', summary: 'A spec keyword the IR cannot carry; it was not used.' },
  'viewer-spec-unread': {
    severity: 'warning',
    summary:
      'A saved viewer page (Swagger UI, Redoc, Scalar, RapiDoc, Stoplight Elements) loads its spec from a URL that is not in the input (never fetched), or holds a second spec; that spec was not read.',
  },
  // merge
  'duplicate-operation': { severity: 'error', summary: 'Two pages give the same operationId to different routes.' },
  'operation-conflict': { severity: 'warning', summary: 'Two places document the same method and path differently; the first is kept.' },
  'entity-conflict': { severity: 'warning', summary: 'The same entity is documented differently on two pages.' },
  'undocumented-type': { severity: 'warning', summary: 'Types that the docs name but no page defines.' },
  'unresolved-link': {
    severity: 'warning',
    summary:
      "A body's link to another page's section that goes to no section with a field table (or to one whose table does not read as fields, which it says, or to one of several pages); the body is left untyped (typed by its sample alone where it shows one).",
  },
  'parameters-elsewhere': {
    severity: 'info',
    summary:
      'An operation says it takes the parameters a link documents ("supports the [pagination] parameters") and the linked page is not among the pages read: add it to the input to document them.',
  },
  'spec-operation-absent': {
    severity: 'warning',
    summary:
      "A page's front matter names an operation of an OpenAPI spec (`openapi: GET /users/{id}`) that no spec in the input holds; only what the page itself states was read.",
  },
  'body-on-no-content': {
    severity: 'warning',
    summary:
      'A response body is documented for an operation whose success status has no content (204), or that documents no success status.',
  },
  'headers-without-response': {
    severity: 'warning',
    summary:
      'Response headers are documented for an operation that documents no success status, or not the status their row names; they were not used.',
  },
  'sample-mismatch': { severity: 'warning', summary: 'A sample disagrees with its table.' },
  'sample-unknown-property': { severity: 'warning', summary: 'A sample shows a property its table does not list (the table wins).' },
  'sample-type-mismatch': {
    severity: 'warning',
    summary: 'A sample shows a value of another type than its table documents (the table wins).',
  },
  // output
  'zod-dependency': {
    severity: 'warning',
    summary: "schemas.ts needs zod 4, which the output folder's nearest package.json does not list (or lists at another major).",
  },
  'write-failed': { severity: 'error', summary: 'The output folder could not be written; nothing in it was changed.' },
  'emit-failed': { severity: 'error', summary: 'An emitter failed; nothing was written.' },
  'internal-error': { severity: 'error', summary: 'specdown failed on this input (a bug: please report it with the file).' },
} as const satisfies Record<string, CodeInfo>;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;
