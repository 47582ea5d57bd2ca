import { z } from 'zod';
import { DIAGNOSTIC_CODES, type DiagnosticCode } from '../diagnostics/codes.js';
import { COLUMN_ROLES } from '../document/column-roles.js';
import { parseTypeText } from '../extract/type-text.js';
import { VOCABULARY_SECTIONS } from '../readers/markdown/section-titles.js';
import { DIALECT_IDS } from '../readers/types.js';
import { emitConflict } from './emit-check.js';
import { type Limits, parseSize } from './limits.js';

const dialectId = z.enum(DIALECT_IDS);
const severityOrOff = z.enum(['error', 'warning', 'info', 'off']);

/** Which outputs a target writes. */
const EmitSchema = z
  .strictObject({
    /** `types.ts` */
    types: z.boolean().default(true),
    /** `schemas.ts` */
    zod: z.boolean().default(true),
    /** `openapi.json`, `openapi.yaml`, or none. */
    openapi: z.union([z.literal(false), z.enum(['json', 'yaml'])]).default('json'),
    /** `ir.json` */
    ir: z.boolean().default(false),
    /** `validate.ts`: runtime validation by operationId over schemas.ts (copied from templates/); needs `zod`. */
    helpers: z.boolean().default(false),
  })
  .superRefine((emit, context) => {
    const conflict = emitConflict(emit);
    if (conflict) context.addIssue({ code: 'custom', message: conflict, path: ['helpers'] });
  });

/**
 * The general reader's vocabulary, extended with the user's words: column header names per role,
 * section titles per section, type words → the type words they mean.
 */
const VocabularySchema = z.strictObject({
  columns: z.partialRecord(z.enum(COLUMN_ROLES), z.array(z.string().trim().min(1))).optional(),
  sections: z.partialRecord(z.enum(VOCABULARY_SECTIONS), z.array(z.string().trim().min(1))).optional(),
  types: z
    .record(z.string().trim().min(1), z.string().trim().min(1))
    .superRefine((value, context) => {
      for (const [word, meaning] of Object.entries(value)) {
        if (parseTypeText(meaning) === undefined)
          context.addIssue({ code: 'custom', message: `"${meaning}" is not a type specdown knows (for "${word}")`, path: [word] });
      }
    })
    .optional(),
});

/** One docs folder (or spec) → one output folder. */
const TargetSchema = z.strictObject({
  input: z.string().min(1),
  out: z.string().min(1),
  emit: EmitSchema.default({ types: true, zod: true, openapi: 'json', ir: false, helpers: false }),
  /** Read every page of this target as this dialect. */
  dialect: dialectId.optional(),
  /** Per-file dialect overrides: glob (relative to `input`) → dialect. The first matching glob wins. */
  dialects: z.record(z.string().min(1), dialectId).optional(),
  title: z.string().optional(),
  version: z.string().optional(),
  /** How docs names become identifiers in types.ts and schemas.ts. */
  naming: z
    .strictObject({
      /** Named schemas: `pascal` (`DTO_contact` → `DTOContact`, default) or `preserve` (`DTO_contact`). */
      types: z.enum(['pascal', 'preserve']).optional(),
      /** Operation part types from the operationId: `pascal` (default) or `preserve`. */
      operations: z.enum(['pascal', 'preserve']).optional(),
    })
    .optional(),
  /** Words of the docs the general reader should know (column names, section titles, type words). */
  vocabulary: VocabularySchema.optional(),
  /** A run that finds no operation in a non-empty input is an error (`no-operations`) unless this is set. */
  allowEmpty: z.boolean().optional(),
  /** Per-rule severities: a diagnostic code → `error` | `warning` | `info` | `off`. */
  diagnostics: z
    .record(z.string(), severityOrOff)
    .superRefine((value, context) => {
      for (const code of Object.keys(value)) {
        if (!(code in DIAGNOSTIC_CODES)) {
          context.addIssue({ code: 'custom', message: `unknown diagnostic code "${code}"`, path: [code] });
        }
      }
    })
    .optional(),
});

/** A size: bytes, or a string with a unit (`512k`, `4MiB`). */
const size = z.union([z.number(), z.string()]).transform((value, context) => {
  const bytes = typeof value === 'number' ? (Number.isSafeInteger(value) && value > 0 ? value : undefined) : parseSize(value);
  if (bytes === undefined)
    context.addIssue({ code: 'custom', message: `${JSON.stringify(value)} is not a size (e.g. 1048576, 512k, 4MiB)` });
  return bytes ?? 0;
});

/** Input limits (`limits.ts`): each overrides its default. */
const LimitsSchema = z.strictObject({
  pageSize: size.optional(),
  specSize: size.optional(),
  specFiles: z.number().int().positive().optional(),
  nesting: z.number().int().positive().optional(),
});

const TopLevelSchema = z.strictObject({
  targets: z.array(TargetSchema).min(1),
  /** Fail when a run reports more warnings than this. */
  maxWarnings: z.number().int().nonnegative().optional(),
  /** Incremental cache; `false` turns it off. Default `node_modules/.cache/specdown`. */
  cache: z.union([z.literal(false), z.string().min(1)]).optional(),
  /** Worker threads for parsing large folders (default: by folder size and cores). */
  workers: z.number().int().min(1).max(64).optional(),
  /** Input limits: page and spec sizes, spec documents, nesting depth. */
  limits: LimitsSchema.optional(),
});

const SingleTargetSchema = TargetSchema.extend({
  maxWarnings: TopLevelSchema.shape.maxWarnings,
  cache: TopLevelSchema.shape.cache,
  workers: TopLevelSchema.shape.workers,
  limits: TopLevelSchema.shape.limits,
});

/**
 * A config is either one target's fields at the top level, or `{ targets: [...] }`. The shape is
 * chosen by the `targets` key (not tried in turn), so that errors name the wrong field precisely.
 */
export function parseConfig(value: unknown) {
  const multi = typeof value === 'object' && value !== null && 'targets' in value;
  return multi ? TopLevelSchema.safeParse(value) : SingleTargetSchema.safeParse(value);
}

export type SpecdownConfig = z.input<typeof TopLevelSchema> | z.input<typeof SingleTargetSchema>;
export type TargetConfig = z.output<typeof TargetSchema>;
export type EmitConfig = z.output<typeof EmitSchema>;
export type DiagnosticSeverities = Partial<Record<DiagnosticCode, 'error' | 'warning' | 'info' | 'off'>>;

/** The config after validation and defaults: always a list of targets. */
export interface ResolvedConfig {
  /** The config file, when one was loaded. */
  file?: string;
  targets: TargetConfig[];
  maxWarnings?: number;
  cache?: string | false;
  workers?: number;
  limits?: Partial<Limits>;
}
