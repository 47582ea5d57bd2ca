/**
 * `bench:fidelity --render html|text`: a corpus's markdown pages as a static docs site renders them,
 * so the general reader is scored on the HTML (and on the text a browser copies from it) against the
 * same truth as the markdown.
 *
 * HTML, the way site generators build a page: remark-parse + remark-gfm → remark-rehype
 * (`allowDangerousHtml`: the pages' own `<table>`s pass through as raw HTML) → rehype-slug (heading
 * ids) → rehype-autolink-headings (an anchor link before each heading's text) → rehype-highlight
 * (lowlight's spans, `<code class="hljs language-json">`) → a copy button beside each code block →
 * a site layout around the article (head with title, meta, scripts and styles; a header with the
 * site's nav; a sidebar linking every other page; an "On this page" table of contents; a footer) →
 * rehype-stringify. Front matter is dropped (remark-frontmatter reads it, remark-rehype ignores it).
 *
 * Text: hast-util-to-text (the `innerText` algorithm) of that page's `<body>`: tables become
 * tab-separated lines, code blocks their plain text, as a browser's select-all and copy gives.
 *
 * Same pages in, same bytes out: pages are walked in sorted order and nothing depends on time.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { h } from 'hastscript';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeHighlight from 'rehype-highlight';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

/** The renderings `--render` accepts, and the extension each page gets. */
export const RENDERINGS = { html: '.html', text: '.txt' };

/** The pages rendered (MDX pages need their components: they are copied as they are, as other files are). */
const MARKDOWN = /\.(md|markdown)$/i;
const SITE = 'Example API docs';

/** Every file under `dir`, relative, `/`-separated, sorted. */
function listFiles(dir, prefix = '') {
  const out = [];
  for (const entry of readdirSync(path.join(dir, prefix), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...listFiles(dir, rel));
    else if (entry.isFile()) out.push(rel);
  }
  return out;
}

const markdownToHast = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml', 'toml'])
  .use(remarkGfm)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeSlug)
  .use(rehypeAutolinkHeadings, {
    behavior: 'prepend',
    properties: { className: ['anchor'], ariaHidden: 'true', tabIndex: -1 },
    content: h('span.anchor-icon', '#'),
  })
  .use(rehypeHighlight);

const stringify = unified().use(rehypeStringify, { allowDangerousHtml: true });

/** A relative link to another markdown page goes to its rendered page (`Title.md#name` → `Title.html#name`), as generators rewrite them. */
function rewriteLinks(node, ext) {
  if (
    node.type === 'element' &&
    node.tagName === 'a' &&
    typeof node.properties.href === 'string' &&
    !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(node.properties.href)
  )
    node.properties.href = node.properties.href.replace(/\.(?:md|markdown)(?=#|$)/i, ext);
  for (const child of node.children ?? []) rewriteLinks(child, ext);
}

/** Each `<pre>` inside a code-block frame, a copy button beside it (as docs themes add one). */
function addCopyButtons(node) {
  if (!node.children) return;
  node.children = node.children.map((child) => {
    if (child.type === 'element' && child.tagName === 'pre')
      return h('div.code-block', [
        child,
        h('button.copy-button', { type: 'button', title: 'Copy to clipboard', ariaLabel: 'Copy code to clipboard' }, [
          h('span.copy-label', 'Copy'),
        ]),
      ]);
    addCopyButtons(child);
    return child;
  });
}

/** The page's headings of rank 2 and 3, as an "On this page" list (h3s nested under their h2). */
function tableOfContents(tree) {
  const items = [];
  for (const node of tree.children)
    if (node.type === 'element' && (node.tagName === 'h2' || node.tagName === 'h3') && node.properties.id) {
      const words = toText({ type: 'element', tagName: 'span', properties: {}, children: node.children.slice(1) }).trim();
      const link = h('li', [h('a.toc-link', { href: `#${node.properties.id}` }, words)]);
      const parent = items.at(-1);
      if (node.tagName === 'h3' && parent) {
        if (parent.children.length === 1) parent.children.push(h('ul'));
        parent.children[1].children.push(link);
      } else items.push(link);
    }
  return h('nav.toc', { ariaLabel: 'On this page' }, [h('p.toc-title', 'On this page'), h('ul', items)]);
}

/** The page's title: its first `h1`'s words (past the anchor link), else its file name. */
function pageTitle(tree, rel) {
  const h1 = tree.children.find((n) => n.type === 'element' && n.tagName === 'h1');
  const words = h1 ? toText({ type: 'element', tagName: 'span', properties: {}, children: h1.children.slice(1) }).trim() : '';
  return words || path.posix.basename(rel).replace(MARKDOWN, '');
}

/** The whole document: head, header with the site nav, sidebar, article, table of contents, footer. */
function layout(page, pages, ext) {
  const here = path.posix.dirname(page.rel);
  const href = (rel) => path.posix.relative(here, rel.replace(MARKDOWN, ext)) || path.posix.basename(rel.replace(MARKDOWN, ext));
  const sidebar = h(
    'aside.sidebar',
    h('nav', { ariaLabel: 'Pages' }, [
      h(
        'ul',
        pages.map((p) => h('li', p === page ? { className: ['active'] } : {}, [h('a', { href: href(p.rel) }, p.title)])),
      ),
    ]),
  );
  const head = h('head', [
    h('meta', { charSet: 'utf-8' }),
    h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    h('title', `${page.title} | ${SITE}`),
    h('meta', { name: 'description', content: `${page.title}: reference documentation.` }),
    h('meta', { name: 'generator', content: 'unified (remark, rehype)' }),
    h('link', { rel: 'stylesheet', href: '/assets/site.css' }),
    h('link', { rel: 'stylesheet', href: '/assets/highlight.css' }),
    h('style', '.code-block{position:relative}.copy-button{position:absolute;top:.5rem;right:.5rem}'),
    h('script', "document.documentElement.dataset.theme = localStorage.getItem('theme') || 'light';"),
    h('script', { src: '/assets/site.js', defer: true }),
  ]);
  const header = h('header.site-header', [
    h('a.logo', { href: '/' }, SITE),
    h('nav.site-nav', { ariaLabel: 'Main' }, [
      h('ul', [
        h('li', h('a', { href: '/' }, 'Home')),
        h('li', h('a', { href: '/guides/' }, 'Guides')),
        h('li', h('a', { href: '/api/' }, 'API reference')),
      ]),
    ]),
    h('form.search', { role: 'search' }, [h('input', { type: 'search', name: 'q', placeholder: 'Search docs' })]),
  ]);
  const footer = h('footer.site-footer', [
    h('p', [h('a', { href: `https://git.example.com/docs/edit/main/${page.rel}` }, 'Edit this page')]),
    h('p', `© ${SITE}. All rights reserved.`),
  ]);
  const body = h('body', [
    header,
    h('div.layout', [sidebar, h('main.content', [h('article.markdown-body', page.tree.children)]), tableOfContents(page.tree)]),
    footer,
  ]);
  return { type: 'root', children: [{ type: 'doctype' }, h('html', { lang: 'en' }, [head, body])] };
}

/**
 * Renders every markdown page under `docsDir` into `outDir` (same tree, `.html` or `.txt`); other
 * files are copied. Returns the number of pages rendered.
 */
export function renderCorpus(docsDir, outDir, rendering) {
  const ext = RENDERINGS[rendering];
  if (!ext) throw new Error(`--render must be one of ${Object.keys(RENDERINGS).join(', ')}`);
  const files = listFiles(docsDir);
  const pages = [];
  for (const rel of files) {
    mkdirSync(path.join(outDir, path.posix.dirname(rel)), { recursive: true });
    if (!MARKDOWN.test(rel)) {
      copyFileSync(path.join(docsDir, rel), path.join(outDir, rel));
      continue;
    }
    const tree = markdownToHast.runSync(markdownToHast.parse(readFileSync(path.join(docsDir, rel), 'utf8')));
    addCopyButtons(tree);
    rewriteLinks(tree, ext);
    pages.push({ rel, tree, title: pageTitle(tree, rel) });
  }
  for (const page of pages) {
    const document = layout(page, pages, ext);
    const out = path.join(outDir, page.rel.replace(MARKDOWN, ext));
    const html = stringify.stringify(document);
    if (rendering === 'html') writeFileSync(out, `${html}\n`);
    else {
      // As a browser has it: the HTML parsed (the pages' raw `<table>`s become elements), then innerText.
      const root = fromHtml(html);
      const htmlElement = root.children.find((n) => n.type === 'element' && n.tagName === 'html');
      const body = htmlElement.children.find((n) => n.type === 'element' && n.tagName === 'body');
      writeFileSync(out, `${toText(body)}\n`);
    }
  }
  return pages.length;
}
