import { describe, expect, it } from 'vitest';
import { findViewerSpecs, readsAsSpec, type ViewerFind } from '../../src/input/viewer-pages.js';

const DOC = '{"openapi":"3.1.0","info":{"title":"Moorings","version":"1"},"paths":{}}';

/** Each find as plain data: a document's text, or a link's URL, and the page text at its start. */
async function summary(page: string): Promise<Array<Record<string, unknown>>> {
  return (await findViewerSpecs(page)).map((find: ViewerFind) => {
    const at = page.slice(find.start, find.start + 8);
    if (find.kind === 'document') return { kind: find.kind, viewer: find.viewer, text: find.document.text, literal: find.literal, at };
    if (find.kind === 'link') return { kind: find.kind, viewer: find.viewer, url: find.url, at };
    return { kind: find.kind, viewer: find.viewer, what: find.what, at };
  });
}

describe('findViewerSpecs', () => {
  it.each<{ name: string; page: string; want: Array<Record<string, unknown>> }>([
    {
      name: "a Redoc bundle's state: its spec.data",
      page: `<div>rendered</div>\n<script>\n  const __redoc_state = {"menu":{"a":"}"},"spec":{"data":${DOC}},"searchIndex":{},"options":{}};\n</script>`,
      want: [{ kind: 'document', viewer: 'Redoc', text: DOC, literal: false, at: '{"openap' }],
    },
    {
      name: "Scalar's JSON script",
      page: `<script id="api-reference" type="application/json">\n  ${DOC}\n</script>`,
      want: [{ kind: 'document', viewer: 'Scalar', text: DOC, literal: false, at: '{"openap' }],
    },
    {
      name: "Scalar's data-configuration, its spec.content an object",
      page: `<script id="api-reference" data-configuration='{"theme":"moon","spec":{"content":${DOC}}}'></script>`,
      want: [{ kind: 'document', viewer: 'Scalar', text: DOC, literal: false, at: '{"openap' }],
    },
    {
      name: "Scalar's data-url",
      page: '<script id="api-reference" data-url="moorings.yaml"></script>',
      want: [{ kind: 'link', viewer: 'Scalar', url: 'moorings.yaml', at: 'moorings' }],
    },
    {
      name: 'Scalar.createApiReference with content',
      page: `<script>\n  Scalar.createApiReference('#app', { theme: 'moon', content: ${DOC} })\n</script>`,
      want: [{ kind: 'document', viewer: 'Scalar', text: DOC, literal: true, at: '{"openap' }],
    },
    {
      name: 'SwaggerUIBundle with a spec literal, beside calls and functions',
      page: `<script>SwaggerUIBundle({ dom_id: '#ui', plugins: [f({ a: 1 })], onComplete: () => { x(); }, spec: ${DOC}, layout: "BaseLayout" });</script>`,
      want: [{ kind: 'document', viewer: 'Swagger UI', text: DOC, literal: true, at: '{"openap' }],
    },
    {
      name: 'SwaggerUIBundle with a spec variable',
      page: "<script>SwaggerUIBundle({ spec: window.mooringsSpec, dom_id: '#ui' });</script>",
      want: [{ kind: 'unreadable', viewer: 'Swagger UI', what: '`window.mooringsSpec`', at: 'window.m' }],
    },
    {
      name: 'SwaggerUIBundle with a url',
      page: "<script>\nconst ui = SwaggerUIBundle({\n  url: 'https://moorings.example/openapi.json',\n  dom_id: '#swagger-ui',\n});\n</script>",
      want: [{ kind: 'link', viewer: 'Swagger UI', url: 'https://moorings.example/openapi.json', at: "'https:/" }],
    },
    {
      name: "Stoplight Elements' apiDescriptionDocument, entities decoded",
      page: `<elements-api router="hash" apiDescriptionDocument="${DOC.replaceAll('"', '&quot;')}" />`,
      want: [{ kind: 'document', viewer: 'Stoplight Elements', text: DOC, literal: false, at: '{&quot;o' }],
    },
    {
      name: 'elements naming a spec URL',
      page: '<redoc spec-url="specs/moorings.yaml"></redoc>\n<rapi-doc spec-url="https://moorings.example/spec.json"></rapi-doc>',
      want: [
        { kind: 'link', viewer: 'Redoc', url: 'specs/moorings.yaml', at: 'specs/mo' },
        { kind: 'link', viewer: 'RapiDoc', url: 'https://moorings.example/spec.json', at: 'https://' },
      ],
    },
    {
      name: "SwaggerUIBundle's urls",
      page: `<script>SwaggerUIBundle({ urls: [{ url: "tides.json", name: "Tides" }, { "url": 'currents.yaml', name: "Currents" }], dom_id: '#ui' })</script>`,
      want: [
        { kind: 'link', viewer: 'Swagger UI', url: 'tides.json', at: '"tides.j' },
        { kind: 'link', viewer: 'Swagger UI', url: 'currents.yaml', at: "'current" },
      ],
    },
    {
      name: 'Redoc.init with a URL',
      page: "<script>Redoc.init('openapi.yaml', { scrollYOffset: 50 }, document.getElementById('redoc'))</script>",
      want: [{ kind: 'link', viewer: 'Redoc', url: 'openapi.yaml', at: "'openapi" }],
    },
    {
      name: 'Scalar.createApiReference with a url',
      page: "<script>Scalar.createApiReference('#app', { url: '/specs/moorings.json', proxyUrl: 'https://proxy.example' })</script>",
      want: [{ kind: 'link', viewer: 'Scalar', url: '/specs/moorings.json', at: "'/specs/" }],
    },
    {
      name: 'Redoc.init with a spec object',
      page: `<script>Redoc.init(${DOC}, {}, document.getElementById('redoc'))</script>`,
      want: [{ kind: 'document', viewer: 'Redoc', text: DOC, literal: true, at: '{"openap' }],
    },
    {
      name: 'two documents, in page order',
      page: `<script id="api-reference" type="application/json">${DOC}</script><script>SwaggerUIBundle({ spec: ${DOC} })</script>`,
      want: [
        { kind: 'document', viewer: 'Scalar', text: DOC, literal: false, at: '{"openap' },
        { kind: 'document', viewer: 'Swagger UI', text: DOC, literal: true, at: '{"openap' },
      ],
    },
    {
      name: "Scalar's sources: a document and a URL",
      page: `<script>Scalar.createApiReference('#app', { sources: [{ title: 'Moorings', content: ${DOC} }, { title: 'Tides', url: 'tides.json' }] })</script>`,
      want: [
        { kind: 'document', viewer: 'Scalar', text: DOC, literal: true, at: '{"openap' },
        { kind: 'link', viewer: 'Scalar', url: 'tides.json', at: "'tides.j" },
      ],
    },
    {
      name: "Scalar's data-configuration with sources",
      page: `<script id="api-reference" data-configuration='{"sources":[{"content":${DOC}}]}'></script>`,
      want: [{ kind: 'document', viewer: 'Scalar', text: DOC, literal: false, at: '{"openap' }],
    },
    {
      name: 'Scalar.createApiReference with spec.content (older releases)',
      page: `<script>Scalar.createApiReference('#app', { spec: { content: ${DOC} } })</script>`,
      want: [{ kind: 'document', viewer: 'Scalar', text: DOC, literal: true, at: '{"openap' }],
    },
    {
      name: "RapiDoc's loadSpec with a spec object, and with a URL",
      page: `<rapi-doc id="doc"></rapi-doc><script>document.getElementById('doc').loadSpec(${DOC});</script><script>doc.loadSpec('tides.yaml')</script>`,
      want: [
        { kind: 'document', viewer: 'RapiDoc', text: DOC, literal: true, at: '{"openap' },
        { kind: 'link', viewer: 'RapiDoc', url: 'tides.yaml', at: "'tides.y" },
      ],
    },
    {
      name: 'a spec given by a variable declared with it (Swagger UI, RapiDoc, Scalar)',
      page: `<script>\nconst spec = ${DOC};\nSwaggerUIBundle({ spec: spec });\nel.loadSpec(spec);\nScalar.createApiReference('#app', { content: spec });\n</script>`,
      want: [
        { kind: 'document', viewer: 'Swagger UI', text: DOC, literal: true, at: '{"openap' },
        { kind: 'document', viewer: 'RapiDoc', text: DOC, literal: true, at: '{"openap' },
        { kind: 'document', viewer: 'Scalar', text: DOC, literal: true, at: '{"openap' },
      ],
    },
    {
      name: 'options given by a variable',
      page: `<script>var options = { dom_id: '#ui', spec: ${DOC} };\nSwaggerUIBundle(options);</script>`,
      want: [{ kind: 'document', viewer: 'Swagger UI', text: DOC, literal: true, at: '{"openap' }],
    },
    {
      name: 'a variable declared twice: not read (which one is meant is not known here)',
      page: `<script>let spec = ${DOC};\nif (x) { let spec = {}; }\nSwaggerUIBundle({ spec: spec });</script>`,
      want: [{ kind: 'unreadable', viewer: 'Swagger UI', what: '`spec`', at: 'spec });' }],
    },
    {
      name: 'a truncated Redoc state: read as it stands, so the parser says where it breaks',
      page: '<script>const __redoc_state = {"menu":{},"spec":{"data":{"openapi":"3.0.0","paths":{</script>',
      want: [
        {
          kind: 'document',
          viewer: 'Redoc',
          text: '{"menu":{},"spec":{"data":{"openapi":"3.0.0","paths":{',
          literal: false,
          at: '{"menu":',
        },
      ],
    },
  ])('should read $name', async ({ page, want }) => {
    expect(await summary(page)).toEqual(want);
  });

  it.each([
    ['an ordinary page', '<h1>Moorings</h1><p>GET /moorings</p>'],
    ['a tutorial showing Swagger UI set-up as code', '<pre><code>SwaggerUIBundle({ url: "openapi.json" })</code></pre>'],
    ['an escaped element in prose', '<p>Write &lt;redoc spec-url="x.yaml"&gt; in your page.</p>'],
    ["a Redoc state's name outside a script", '<p>__redoc_state = {"spec":{"data":{}}}</p>'],
    ['a Redoc state without spec.data', '<script>const __redoc_state = {"menu":{}};</script>'],
    ['a longer element name', '<redocly-thing spec-url="x.yaml"></redocly-thing>'],
  ])('should find nothing in %s', async (_name, page) => {
    expect(await findViewerSpecs(page)).toEqual([]);
  });

  it('should find a call after many scripts, and keep no more than 20 finds of a page', async () => {
    const late = `${'<script>x</script>'.repeat(20_000)}<script>SwaggerUIBundle({ url: "tides.json" })</script>`;
    expect((await findViewerSpecs(late)).map((find) => find.kind)).toEqual(['link']);
    const calls = await findViewerSpecs('<script>SwaggerUIBundle({ spec: {} });</script>'.repeat(5000));
    expect(calls).toHaveLength(20);
    const markers = await findViewerSpecs(`<script>${'SwaggerUIBundle; __redoc_state; Redoc.init;'.repeat(20_000)}</script>`);
    expect(markers).toEqual([]);
    // The HTML parser reads any number of attributes (the hand-written scanner stopped at 64).
    expect((await summary(`<redoc ${'a="b" '.repeat(1000)}spec-url="x.yaml">`)).map((find) => find.url)).toEqual(['x.yaml']);
  });

  it('should report a viewer call in a script that does not parse where it breaks, once', async () => {
    const page = '<script>\nSwaggerUIBundle({ spec: {"openapi": "3.1.0",, "paths": {}} })\n</script>';
    expect(await summary(page)).toEqual([
      {
        kind: 'unreadable',
        viewer: 'Swagger UI',
        what: 'in a script that does not parse as JavaScript (Unexpected token)',
        at: ', "paths',
      },
    ]);
    const many = await findViewerSpecs(`<script>${'SwaggerUIBundle({ spec: {'.repeat(1000)}</script>`);
    expect(many.map((find) => find.kind)).toEqual(['unreadable']);
  });

  it('should read a Redoc state of megabytes, and a script nested deeper than the parser goes, without a crash', async () => {
    const big = `{"openapi":"3.1.0","info":{"title":"${'T'.repeat(4_000_000)}","version":"1"},"paths":{}}`;
    const found = await findViewerSpecs(`<script>const __redoc_state = {"spec":{"data":${big}}};</script>`);
    expect(found.map((find) => find.kind === 'document' && find.document.text === big)).toEqual([true]);
    const deep = await findViewerSpecs(`<script>SwaggerUIBundle(${'['.repeat(200_000)}${']'.repeat(200_000)})</script>`);
    expect(deep.map((find) => find.kind)).toEqual(['unreadable']);
  });

  it("should place an attribute's value exactly when written as read, else everything in it at the value's start", async () => {
    const plain = '<elements-api apiDescriptionDocument=\'{"k":"v"}\'></elements-api>';
    const [exact] = await findViewerSpecs(plain);
    expect(
      exact?.kind === 'document' && [exact.document.exact, plain.slice(exact.document.pageOffset(5), exact.document.pageOffset(8))],
    ).toEqual([true, '"v"']);
    // Entities decoded: parse5 keeps no map from decoded to written characters, so every offset is the value's start.
    const encoded = '<elements-api apiDescriptionDocument="{&quot;k&quot;:&#x22;v&amp;w&#34;}"></elements-api>';
    const [decoded] = await findViewerSpecs(encoded);
    expect(decoded?.kind === 'document' && [decoded.document.text, decoded.document.exact, decoded.document.pageOffset(6)]).toEqual([
      '{"k":"v&w"}',
      false,
      encoded.indexOf('{'),
    ]);
  });
});

describe('readsAsSpec', () => {
  const swaggerUi = '<script>SwaggerUIBundle({ url: "https://tides.example/openapi.json", dom_id: "#ui" });</script>';
  it.each([
    [
      'a Swagger UI shell: a title, an empty mount point, a noscript note',
      `<html><head><title>Tides API</title><style>body{margin:0}</style></head><body><div id="ui"></div><noscript>Turn on JavaScript.</noscript>${swaggerUi}</body></html>`,
    ],
    ['a Redoc shell whose element holds a fallback text', '<redoc spec-url="tides.yaml"><p>Loading the reference…</p></redoc>'],
    [
      'a page with words of its own that embeds its document',
      `<h1>Tides</h1><p>Read the reference below.</p><script>SwaggerUIBundle({ spec: ${DOC} });</script>`,
    ],
    ['a page with words of its own whose spec is a variable', '<h1>Tides</h1><script>SwaggerUIBundle({ spec: window.spec });</script>'],
  ])('should read %s as a spec', async (_name, page) => {
    expect(await readsAsSpec(page)).toBe(true);
  });

  it.each([
    [
      'a page written by hand around a "Try it" console loaded by URL',
      `<h1>Tides API</h1><h2>GET /tides/{portId}</h2><p>Tides at a port.</p>${swaggerUi}`,
    ],
    ['a header over a viewer loaded by URL', `<body><header>Acme docs</header><div id="ui"></div>${swaggerUi}</body>`],
    ['a page no viewer set up', '<h1>Tides</h1><p>GET /tides</p>'],
  ])('should read %s as docs', async (_name, page) => {
    expect(await readsAsSpec(page)).toBe(false);
  });
});
