/**
 * A route's heading over the list of its methods (drf-docs, the docs package of Django REST
 * framework, writes each endpoint so):
 *
 *     <h4 class="panel-title"><i class="fa fa-link"></i> /api/shelves/</h4>   → (the heading, as it is)
 *     <ul class="list-inline methods">                                      → `GET /api/shelves/`
 *       <li class="method get">GET</li> <li class="method post">POST</li>       `POST /api/shelves/`
 *       <li class="method plug"><i class="fa fa-plug"></i></li>               (an empty item: a button)
 *
 * The heading is a path alone; the list right under it holds methods alone, one an item (empty
 * items aside). Its request lines stand where the list did. Anything else is left as written.
 */
import type { Code, List, Root, RootContent } from 'mdast';
import { plainText } from '../../document/plain-text.js';

const PATH_ALONE = /^\/\S*$/;
const METHOD = /^(?:GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS)$/;

export function convertMethodLists(root: Root): void {
  const nodes = root.children;
  if (!nodes.some((node, index) => node.type === 'heading' && nodes[index + 1]?.type === 'list')) return;
  root.children = nodes.map((node, index): RootContent => {
    const heading = nodes[index - 1];
    if (node.type !== 'list' || heading?.type !== 'heading') return node;
    const path = plainText(heading).trim();
    const methods = PATH_ALONE.test(path) ? methodsOf(node) : undefined;
    if (!methods) return node;
    const lines: Code = { type: 'code', lang: null, meta: null, value: methods.map((method) => `${method} ${path}`).join('\n') };
    if (node.position) lines.position = node.position;
    return lines;
  });
}

/** The methods a list names, each item one alone (empty items aside); none where an item says more. */
function methodsOf(list: List): string[] | undefined {
  const words = list.children.map((item) => plainText(item).trim()).filter((word) => word !== '');
  return words.length > 0 && words.every((word) => METHOD.test(word)) ? words : undefined;
}
