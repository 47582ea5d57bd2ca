/**
 * Input limits: guards against accidents and hostile input (a generated dump saved as a page, a
 * spec whose `$ref`s fan out without end), with defaults no real docs reach. Each is a setting:
 * `limits` in the config, `--max-page-size`, `--max-spec-size`, `--max-spec-files`,
 * `--max-nesting` on the command line. What passes a limit is a diagnostic, never a crash.
 */
export interface Limits {
  /** Bytes of one documentation page: markdown parsing takes about 2 GB of memory per MB of table rows. */
  pageSize: number;
  /** Bytes of one OpenAPI/Swagger document (GitHub's is 13 MB). */
  specSize: number;
  /** Documents one spec may reach through `$ref`s (DigitalOcean's spans 2,907 files). */
  specFiles: number;
  /** Levels of block quotes or lists a page may nest: remark's time and memory grow steeply with it. */
  nesting: number;
}

export const DEFAULT_LIMITS: Readonly<Limits> = {
  pageSize: 1024 * 1024,
  specSize: 64 * 1024 * 1024,
  specFiles: 10_000,
  nesting: 32,
};

const UNITS: Record<string, number> = {
  '': 1,
  b: 1,
  k: 1024,
  kb: 1024,
  kib: 1024,
  m: 1024 ** 2,
  mb: 1024 ** 2,
  mib: 1024 ** 2,
  g: 1024 ** 3,
  gb: 1024 ** 3,
  gib: 1024 ** 3,
};

/** A size in bytes from `1048576`, `512k`, `4MiB`, `1.5 MB` (units of 1024); undefined when it is none. */
export function parseSize(text: string): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(text);
  const unit = match ? UNITS[match[2]!.toLowerCase()] : undefined;
  if (!match || unit === undefined) return undefined;
  const bytes = Math.round(Number(match[1]) * unit);
  return bytes > 0 && Number.isSafeInteger(bytes) ? bytes : undefined;
}

/** `1 MiB`, `64 MiB`, `1500 bytes`: a size as a limit message says it. */
export function formatSize(bytes: number): string {
  for (const [unit, size] of [
    ['GiB', 1024 ** 3],
    ['MiB', 1024 ** 2],
    ['KiB', 1024],
  ] as const) {
    if (bytes >= size && bytes % size === 0) return `${bytes / size} ${unit}`;
  }
  return `${bytes} bytes`;
}
