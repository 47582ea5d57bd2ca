import { mkdirSync, renameSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/config/limits.js';
import { DiagnosticBag, sortDiagnostics } from '../../src/diagnostics/diagnostic.js';
import { isBinary, listInput, loadFiles } from '../../src/input/load-files.js';
import { useTempDir } from '../helpers/temp-dir.js';

// What happened, in order: each file asked of `known` (`known a.md`), each file read (`read a.md`).
const events = vi.hoisted(() => [] as string[]);

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...actual,
    readFile: ((file: Parameters<typeof actual.readFile>[0], options?: Parameters<typeof actual.readFile>[1]) => {
      events.push(`read ${path.basename(String(file))}`);
      return actual.readFile(file, options);
    }) as typeof actual.readFile,
  };
});

const tempDir = useTempDir();

describe('loadFiles', () => {
  it('should list pages recursively, sorted, with /-separated relative names', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'b/c'), { recursive: true });
    writeFileSync(path.join(dir, 'b/c/z.md'), '# z');
    writeFileSync(path.join(dir, 'a.txt'), 'a');
    writeFileSync(path.join(dir, 'b/page.html'), '<h1>x</h1>');
    writeFileSync(path.join(dir, 'b/old.HTM'), '<h1>y</h1>');
    writeFileSync(path.join(dir, 'b/create.mdx'), '---\napi: POST /x\n---\n');
    writeFileSync(path.join(dir, 'b/api.apib'), 'FORMAT: 1A\n');
    writeFileSync(path.join(dir, 'b/image.png'), 'not a page');
    mkdirSync(path.join(dir, 'node_modules'));
    writeFileSync(path.join(dir, 'node_modules/x.md'), 'skipped');
    const diagnostics = new DiagnosticBag();
    const { files } = await loadFiles(dir, diagnostics);
    expect(files.map((f) => [f.file, f.kind])).toEqual([
      ['a.txt', 'page'],
      ['b/api.apib', 'page'],
      ['b/c/z.md', 'page'],
      ['b/create.mdx', 'page'],
      ['b/old.HTM', 'page'],
      ['b/page.html', 'page'],
    ]);
    expect(diagnostics.items).toEqual([]);
  });

  it('should stat and classify every file before reading any, and read only those nothing vouches for', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'sub'));
    for (const name of ['a.md', 'b.md', 'sub/c.md', 'sub/d.md']) writeFileSync(path.join(dir, name), `# ${name}`);
    events.length = 0;
    const { files } = await loadFiles(dir, new DiagnosticBag(), {
      known: (file, size) => {
        events.push(`known ${path.basename(file)}`);
        return file === 'b.md' ? { kind: 'page', hash: `hash of ${size} bytes` } : undefined;
      },
    });
    expect(events.slice(0, 4).sort()).toEqual(['known a.md', 'known b.md', 'known c.md', 'known d.md']);
    expect(events.slice(4).sort()).toEqual(['read a.md', 'read c.md', 'read d.md']);
    expect(files.map((f) => [f.file, f.text ?? f.hash])).toEqual([
      ['a.md', '# a.md'],
      ['b.md', 'hash of 6 bytes'],
      ['sub/c.md', '# sub/c.md'],
      ['sub/d.md', '# sub/d.md'],
    ]);
  });

  it('should list with every candidate’s name, size and time, reading none: the same listing while nothing changes', () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'sub'));
    for (const name of ['a.md', 'sub/b.md', 'spec.json', 'image.png']) writeFileSync(path.join(dir, name), `# ${name}`);
    events.length = 0;
    const listed = listInput(dir, new DiagnosticBag());
    expect(events).toEqual([]);
    const entry = (name: string) => {
      const { size, mtimeMs } = statSync(path.join(dir, name));
      return { absolutePath: path.join(dir, name), file: name, size, mtimeMs };
    };
    expect([...listed.stated].sort((a, b) => a.file.localeCompare(b.file))).toEqual(['a.md', 'spec.json', 'sub/b.md'].map(entry));
    expect(listInput(dir, new DiagnosticBag()).stated).toEqual(listed.stated);
    // A size, a time, a name: another listing.
    const listingAfter = (change: () => void) => {
      change();
      return listInput(dir, new DiagnosticBag()).stated;
    };
    const sized = listingAfter(() => writeFileSync(path.join(dir, 'a.md'), '# a.md, longer'));
    expect(sized).not.toEqual(listed.stated);
    const timed = listingAfter(() => utimesSync(path.join(dir, 'a.md'), new Date(0), new Date(0)));
    expect(timed).not.toEqual(sized);
    expect(listingAfter(() => renameSync(path.join(dir, 'sub/b.md'), path.join(dir, 'sub/c.md')))).not.toEqual(timed);
  });

  it('should list a folder’s files before its later entries’ (in the order it lists them), each under its relative name', () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'x/y'), { recursive: true });
    for (const name of ['x/y/deep.md', 'x/mid.yaml', 'top.HTML', 'x/skip.png']) writeFileSync(path.join(dir, name), `# ${name}`);
    const names = listInput(dir, new DiagnosticBag()).stated.map((f) => f.file);
    expect([...names].sort()).toEqual(['top.HTML', 'x/mid.yaml', 'x/y/deep.md']);
    // A subfolder's files come where the subfolder is listed: those of x together.
    const inX = names.map((name, index) => (name.startsWith('x/') ? index : -1)).filter((index) => index >= 0);
    expect(inX[1]! - inX[0]!).toBe(1);
    // One file given as the input: its name, relative to its folder.
    expect(listInput(path.join(dir, 'x/y/deep.md'), new DiagnosticBag()).stated.map((f) => f.file)).toEqual(['deep.md']);
  });

  it('should strip a byte order mark', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'p.md'), '\ufeff# title');
    const { files } = await loadFiles(path.join(dir, 'p.md'), new DiagnosticBag());
    expect(files).toMatchObject([{ file: 'p.md', text: '# title', kind: 'page' }]);
  });

  it('should report binary and oversized files and go on', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'bin.md'), Buffer.from([0x23, 0x00, 0xff, 0x10]));
    writeFileSync(path.join(dir, 'huge.md'), Buffer.alloc(DEFAULT_LIMITS.pageSize + 1, 0x61));
    writeFileSync(path.join(dir, 'ok.md'), '# ok');
    const diagnostics = new DiagnosticBag();
    const { files } = await loadFiles(dir, diagnostics);
    expect(files.map((f) => f.file)).toEqual(['ok.md']);
    expect(sortDiagnostics(diagnostics.items).map((d) => [d.code, d.source.file])).toEqual([
      ['input-binary', 'bin.md'],
      ['input-too-large', 'huge.md'],
    ]);
  });

  it('should apply the size limits it is given, naming the setting that raises them', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'big.md'), `# big\n${'a'.repeat(3000)}`);
    writeFileSync(
      path.join(dir, 'spec.json'),
      JSON.stringify({ openapi: '3.1.0', info: { title: 't', version: '1' }, paths: {}, x: 'b'.repeat(3000) }),
    );
    const strict = new DiagnosticBag();
    expect((await loadFiles(dir, strict, { limits: { pageSize: 2048, specSize: 2048 } })).files).toEqual([]);
    expect(sortDiagnostics(strict.items).map((d) => [d.code, d.message])).toEqual([
      [
        'input-too-large',
        expect.stringMatching(
          /big\.md is 3006 bytes, over the 2 KiB limit for a page; skipped \(raise the limit: --max-page-size, or limits\.pageSize/,
        ),
      ],
      [
        'input-too-large',
        expect.stringMatching(/over the 2 KiB limit for a spec; skipped \(raise the limit: --max-spec-size, or limits\.specSize/),
      ],
    ]);
    const roomy = new DiagnosticBag();
    expect((await loadFiles(dir, roomy, { limits: { pageSize: 4096, specSize: 4096 } })).files.map((f) => f.file)).toEqual([
      'big.md',
      'spec.json',
    ]);
    expect(roomy.items).toEqual([]);
  });

  it('should report a missing input as an error', async () => {
    const diagnostics = new DiagnosticBag();
    expect((await loadFiles('/definitely/not/here', diagnostics)).files).toEqual([]);
    expect(diagnostics.items).toMatchObject([{ code: 'input-not-found', severity: 'error' }]);
  });

  it('should take OpenAPI documents and leave other JSON/YAML out', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'api.yaml'), 'openapi: 3.1.0\ninfo: { title: t, version: "1" }\npaths: {}\n');
    writeFileSync(path.join(dir, 'legacy.json'), JSON.stringify({ swagger: '2.0', info: { title: 't', version: '1' }, paths: {} }));
    writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify([{ file: 'a.md' }]));
    writeFileSync(path.join(dir, 'common.yaml'), 'Pet:\n  type: object\n');
    writeFileSync(path.join(dir, 'page.md'), '# page');
    const { files } = await loadFiles(dir, new DiagnosticBag());
    expect(files.map((f) => [f.file, f.kind])).toEqual([
      ['api.yaml', 'spec'],
      ['legacy.json', 'spec'],
      ['page.md', 'page'],
    ]);
  });

  it('should fail when a folder holds no pages, and only warn when an empty result is allowed', async () => {
    const diagnostics = new DiagnosticBag();
    await loadFiles(tempDir(), diagnostics);
    expect(diagnostics.items).toMatchObject([
      { code: 'input-empty', severity: 'error', message: expect.stringContaining('--allow-empty') },
    ]);
    const allowed = new DiagnosticBag();
    await loadFiles(tempDir(), allowed, { allowEmpty: true });
    expect(allowed.items).toMatchObject([{ code: 'input-empty', severity: 'warning' }]);
  });

  it('should say that a YAML file given as the input is not a spec', async () => {
    const file = path.join(tempDir(), 'settings.yaml');
    writeFileSync(file, 'foo: bar\n');
    const diagnostics = new DiagnosticBag();
    const { files } = await loadFiles(file, diagnostics);
    expect(files).toEqual([]);
    expect(diagnostics.items).toMatchObject([
      { code: 'input-empty', severity: 'error', message: expect.stringMatching(/settings\.yaml is not an OpenAPI or Swagger document/) },
    ]);
  });
});

describe('isBinary', () => {
  it.each([
    ['plain text', Buffer.from('hello'), false],
    ['utf-8 text', Buffer.from('héllo ✓'), false],
    ['a NUL byte', Buffer.from([0x61, 0x00]), true],
    ['invalid utf-8', Buffer.from([0xc3, 0x28]), true],
  ])('should judge %s', (_name, bytes, want) => {
    expect(isBinary(bytes)).toBe(want);
  });
});
