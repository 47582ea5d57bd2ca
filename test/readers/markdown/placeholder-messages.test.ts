/**
 * Messages written with placeholders, as the registry HTTP API's specification writes them:
 * `GET /v2/_catalog?n=<integer>&last=<last repository>` (a placeholder of several words in the
 * query) and `Content-Type: <media type of manifest>` (a placeholder where a media type stands).
 */
import { describe, expect, it } from 'vitest';
import { operation, parameterNames, readGeneral } from './helpers.js';

const fence = (lines: string[], lang = '') => `\`\`\`${lang}\n${lines.join('\n')}\n\`\`\``;

describe('general reader: request and response messages written with placeholders', () => {
  it('should read a request line whose query holds a placeholder of several words', () => {
    const read = readGeneral(
      [
        '# Registry',
        '#### GET Catalog',
        'Retrieve a sorted, json list of repositories.',
        fence(['GET /v2/_catalog?n=<integer>&last=<last repository>']),
        '#### GET Tags',
        'List the tags of a repository.',
        fence(['GET /v2/<repository name>/tags/list']),
      ].join('\n\n'),
    );
    expect([...read.routes].sort()).toEqual(['GET /v2/_catalog', 'GET /v2/{repository_name}/tags/list']);
    expect(parameterNames(operation(read, 'GET /v2/_catalog'))).toEqual(['query:n', 'query:last']);
  });

  it('should take no placeholder for the media type a response message states', () => {
    const read = readGeneral(
      [
        '#### GET Manifest',
        'Fetch the manifest.',
        fence(['GET /v2/<name>/manifests/<reference>', 'Host: <registry host>']),
        '###### On Success: OK',
        fence(['200 OK', 'Docker-Content-Digest: <digest>', 'Content-Type: <media type of manifest>', '', '{', '   "name": <name>', '}']),
      ].join('\n\n'),
    );
    const responses = operation(read, 'GET /v2/{name}/manifests/{reference}').responses;
    expect(responses.map((r) => r.status)).toEqual(['200']);
    expect(responses.flatMap((r) => r.content.map((c) => c.mediaType))).not.toContainEqual(expect.stringMatching(/^</));
  });
});
