/** An `OutputLayout` (emit/layout.ts) as JSON, kept beside the outputs it describes in the cache. */
import type { OutputLayout } from '../../emit/layout.js';
import type { EmitNames, OperationNames } from '../../emit/shared/naming.js';

type Entries<V> = Array<[string, V]>;

interface LayoutJson {
  pieces: Entries<{ length: number; ranges: Entries<Array<[number, number]>> }>;
  openapi?: { keys: Entries<string> };
  code?: {
    lowering: { renames: { request: Entries<string>; response: Entries<string> }; narrowed: boolean };
    names: { types: Entries<string>; operations: Entries<Omit<OperationNames, 'statuses'> & { statuses: Entries<string> }> };
  };
  zod?: { recursive: string[]; component: Entries<number>; partTexts: Entries<number>; functionForm: boolean };
}

export function layoutToJson(layout: OutputLayout): string {
  const json: LayoutJson = {
    pieces: [...layout.pieces].map(([path, { length, ranges }]) => [path, { length, ranges: [...ranges] }]),
  };
  if (layout.openapi) json.openapi = { keys: [...layout.openapi.keys] };
  if (layout.code) {
    const { lowering, names } = layout.code;
    json.code = {
      lowering: {
        renames: { request: [...lowering.renames.request], response: [...lowering.renames.response] },
        narrowed: lowering.narrowed,
      },
      names: {
        types: [...names.types],
        operations: [...names.operations].map(([id, parts]) => [id, { ...parts, statuses: [...parts.statuses] }]),
      },
    };
  }
  if (layout.zod) {
    const { recursive, component, partTexts, functionForm } = layout.zod;
    json.zod = { recursive: [...recursive], component: [...component], partTexts: [...partTexts], functionForm };
  }
  return JSON.stringify(json);
}

/** The layout in `text`, or undefined when it is not one (a damaged file). */
export function layoutFromJson(text: string): OutputLayout | undefined {
  try {
    const json = JSON.parse(text) as LayoutJson;
    const layout: OutputLayout = {
      pieces: new Map(json.pieces.map(([path, { length, ranges }]) => [path, { length, ranges: new Map(ranges) }])),
    };
    if (json.openapi) layout.openapi = { keys: new Map(json.openapi.keys) };
    if (json.code) {
      const { lowering, names } = json.code;
      const emitNames: EmitNames = {
        types: new Map(names.types),
        operations: new Map(names.operations.map(([id, parts]) => [id, { ...parts, statuses: new Map(parts.statuses) }])),
      };
      layout.code = {
        lowering: {
          renames: { request: new Map(lowering.renames.request), response: new Map(lowering.renames.response) },
          narrowed: lowering.narrowed,
        },
        names: emitNames,
      };
    }
    if (json.zod) {
      const { recursive, component, partTexts, functionForm } = json.zod;
      layout.zod = {
        recursive: new Set(recursive),
        component: new Map(component),
        partTexts: new Map(partTexts),
        functionForm: functionForm === true,
      };
    }
    return layout;
  } catch {
    return undefined;
  }
}
