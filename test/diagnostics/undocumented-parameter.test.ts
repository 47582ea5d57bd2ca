import { describe, expect, it } from 'vitest';
import { shownRoute, undocumentedParameterMessage, undocumentedParameterName } from '../../src/diagnostics/undocumented-parameter.js';

describe('the words of path-parameter-undocumented', () => {
  it('says the parameter and its route', () => {
    expect(undocumentedParameterMessage('treeId', '/trees/{treeId}')).toBe(
      'path parameter "treeId" of /trees/{treeId} has no row; typed string',
    );
  });

  it.each(['treeId', 'a"b', 'back\\slash', 'quote" of /x', 'ünïcode-名前', ''])('reads back the name %j it wrote', (name) => {
    expect(undocumentedParameterName(undocumentedParameterMessage(name, '/x/{y}'))).toBe(name);
  });

  it('shows a route past 200 characters by its first 200', () => {
    const route = `/lamps${'/{lamp}'.repeat(100)}`;
    expect(shownRoute('/trees/{treeId}')).toBe('/trees/{treeId}');
    expect(shownRoute(route)).toBe(`${route.slice(0, 200)}…`);
    expect(undocumentedParameterName(undocumentedParameterMessage('lamp', route))).toBe('lamp');
  });

  it('reads no name from other words', () => {
    expect(undocumentedParameterName('"a", "b" of the URL scheme X: the page states nothing of them')).toBeUndefined();
    expect(undocumentedParameterName('path parameter treeId of /t has no row')).toBeUndefined();
  });
});
