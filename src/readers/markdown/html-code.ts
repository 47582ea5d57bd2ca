/**
 * Code blocks written in HTML in a markdown page (`<pre><code class="language-json">`), through
 * hast-util-from-html and hast-util-to-mdast as the page's other HTML: the fences they are.
 */
import type { Element as HastElement, RootContent as HastRootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toMdast } from 'hast-util-to-mdast';
import type { Code, Root, RootContent } from 'mdast';
import { isVoidElement } from './paths.js';

/** A block that opens a `<pre>` (maybe inside the `<div class="highlight">` Rouge wraps it in). */
const PRE_BLOCK = /^\s*(?:<div\b[^>]*>\s*)*<pre\b/i;
/** A class that names the language: `language-json`, `lang-bash` (highlight.js, Prism, Rouge). */
const LANGUAGE_CLASS = /^(?:language|lang)-([\w+#-]+)$/i;
/** Class names that are a language by themselves (`<code class="cmd bash">`). */
const LANGUAGES = new Set([
  'bash',
  'sh',
  'shell',
  'zsh',
  'console',
  'curl',
  'powershell',
  'json',
  'json5',
  'jsonc',
  'http',
  'xml',
  'html',
  'yaml',
  'yml',
  'javascript',
  'js',
  'typescript',
  'ts',
  'python',
  'py',
  'ruby',
  'rb',
  'php',
  'java',
  'go',
  'csharp',
  'text',
  'plaintext',
]);

/**
 * A code block written in HTML (`<pre><code class="language-json">{…}</code></pre>`, `<pre
 * class="highlight"><code>…`, `<code class="cmd bash">curl …`): a fence, its language from a
 * class (`language-x`, `lang-x`, or a class that is a language's name), its text as the browser
 * shows it (entities decoded, tags dropped). Placed where the HTML block is.
 */
export function convertHtmlCode(root: Root): void {
  if (!root.children.some((node) => node.type === 'html' && PRE_BLOCK.test(node.value))) return;
  root.children = root.children.map((node): RootContent => {
    if (node.type !== 'html' || !node.position || !PRE_BLOCK.test(node.value)) return node;
    const code = htmlCode(node.value);
    return code ? { ...code, position: node.position } : node;
  });
}

/** Deeper than this, an HTML block is no code block a page writes (and would exhaust the converter's stack). */
const MAX_DEPTH = 64;
const TAG = /<(\/?)([a-z][\w-]*)\b[^<>]*?(\/?)>/gi;

/** Whether a block holds one `<pre>` and nests its tags no deeper than `MAX_DEPTH` (a linear scan). */
function isOneShallowPre(html: string): boolean {
  let depth = 0;
  let pres = 0;
  for (const [, closing, name, selfClosing] of html.matchAll(TAG)) {
    const tag = name!.toLowerCase();
    if (tag === 'pre' && !closing && ++pres > 1) return false;
    if (selfClosing || isVoidElement(tag)) continue;
    depth += closing ? -1 : 1;
    if (depth > MAX_DEPTH) return false;
  }
  return pres === 1;
}

function htmlCode(html: string): Code | undefined {
  if (!isOneShallowPre(html)) return undefined;
  const tree = fromHtml(html, { fragment: true });
  const pre = onlyPre(tree.children);
  if (!pre) return undefined;
  const root = toMdast({ type: 'root', children: [pre] }) as Root;
  const code = root.children[0];
  if (code?.type !== 'code') return undefined;
  const lang = languageOf(pre);
  return { type: 'code', lang: lang ?? null, meta: null, value: code.value };
}

/** The one `<pre>` a block holds, wrappers (`<div>`) aside; undefined where it holds more. */
function onlyPre(nodes: readonly HastRootContent[]): HastElement | undefined {
  const elements = nodes.filter((node) => node.type !== 'comment' && !(node.type === 'text' && node.value.trim() === ''));
  const [only] = elements;
  if (elements.length !== 1 || only?.type !== 'element') return undefined;
  if (only.tagName === 'pre') return only;
  return only.tagName === 'div' ? onlyPre(only.children) : undefined;
}

/** The language the classes of a `<pre>` or of its `<code>` name (`wrappers`: the elements around it, nearest first). */
export function languageOf(pre: HastElement, wrappers: readonly HastElement[] = []): string | undefined {
  const code = pre.children.find((child): child is HastElement => child.type === 'element' && child.tagName === 'code');
  const classes = [code, pre].flatMap((element) => {
    const names = element?.properties.className;
    const lang = element?.properties.dataLang ?? element?.properties.dataLanguage;
    return [...(Array.isArray(names) ? names.map(String) : []), ...(typeof lang === 'string' ? [`language-${lang}`] : [])];
  });
  for (const name of classes) {
    const language = LANGUAGE_CLASS.exec(name)?.[1];
    if (language) return language.toLowerCase();
  }
  return classes.map((name) => name.toLowerCase()).find((name) => LANGUAGES.has(name)) ?? wrapperLanguage(wrappers);
}

/**
 * The language a code block's wrapper names: Sphinx's `<div class="highlight-json">`, Rouge's and
 * MkDocs' `<div class="language-json highlight">`, GitHub's `highlight-source-json`; only a
 * language's name (a wrapper's `language-en` is no code's).
 */
function wrapperLanguage(wrappers: readonly HastElement[]): string | undefined {
  for (const wrapper of wrappers) {
    const names = wrapper.properties.className;
    for (const name of Array.isArray(names) ? names.map(String) : []) {
      const language = WRAPPER_CLASS.exec(name)?.[1]?.toLowerCase();
      if (language && LANGUAGES.has(language)) return language;
    }
  }
  return undefined;
}

/** `language-json`, `lang-json`, `highlight-json`, `highlight-source-json`. */
const WRAPPER_CLASS = /^(?:language|lang|highlight(?:-source)?)-([\w+#-]+)$/i;
