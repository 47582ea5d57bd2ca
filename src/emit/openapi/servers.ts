/** Server Objects, for the document and for operations that override it. */
import type { Server } from '../../ir/types.js';
import { type JsonObject, objectFromEntries, orderKeys, sortedEntries } from './json-object.js';

export function emitServer(server: Server): JsonObject {
  const variables =
    server.variables &&
    objectFromEntries(
      sortedEntries(server.variables).map(
        ([name, variable]) =>
          [
            name,
            orderKeys(
              {
                enum: variable.enum && variable.enum.length > 0 ? [...variable.enum] : undefined,
                default: variable.default,
                description: variable.description,
              },
              ['enum', 'default', 'description'],
            ),
          ] as const,
      ),
    );
  return orderKeys({ url: server.url, description: server.description, variables }, ['url', 'description', 'variables']);
}
