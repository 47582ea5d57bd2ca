/**
 * The `yaml` package as the spec reader loads it: its browser build (`yaml/browser/dist`, shipped
 * in the same package, the same code and version) where it can be found, else its Node build.
 * The Node build reads `process.env.LOG_TOKENS` for every token it parses, and an environment
 * variable read is a call into the C++ environment: 0.2–0.3 s of CPU for the 600,000 tokens of a
 * 3.7 MB spec, a fifth of parsing it. The browser build has no such read (nor any other use of
 * `process`). Loaded once, and only when a YAML spec is read (parse.ts imports the reader lazily).
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

type Yaml = typeof import('yaml');

async function loadYaml(): Promise<Yaml> {
  try {
    const root = path.dirname(createRequire(import.meta.url).resolve('yaml/package.json'));
    const browser = (await import(pathToFileURL(path.join(root, 'browser/dist/index.js')).href)) as Yaml;
    if (typeof browser.Parser === 'function' && typeof browser.Composer === 'function') return browser;
  } catch {
    // Not laid out as expected (another version, a bundler): the Node build does the same work.
  }
  return await import('yaml');
}

export const yaml: Yaml = await loadYaml();
