#!/usr/bin/env node
/**
 * The reference every bench:scale figure is divided by: bare `unified().use(remarkParse).use(remarkGfm).parse`
 * over the same pages, as its own process (node start and module loading included, as in a CLI
 * run): walk the folder, read each page, parse it, drop the tree.
 *
 *   node bench/scale/bare-remark.mjs DIR
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { listPages } from './synthetic-reference.mjs';

const dir = process.argv[2];
const processor = unified().use(remarkParse).use(remarkGfm);
let nodes = 0;
for (const file of listPages(dir)) nodes += processor.parse(readFileSync(path.join(dir, file), 'utf8')).children.length;
process.stdout.write(`${nodes}\n`);
