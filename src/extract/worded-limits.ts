/**
 * The limits a description states in words, in a sentence or parentheses of nothing else (or
 * closing a sentence after a comma):
 *
 *     Gardens per page. Max 100.                      → maximum 100
 *     How many to return (max 50).                    → maximum 50
 *     Must be between 1 and 500.                      → minimum 1, maximum 500
 *     Days to look back. Default 7, max 30.           → maximum 30 (the default is `stated-values`' kin's)
 *     Words to search for, max length 64.             → maxLength 64
 *     The name (1-64 chars). / (max. 64 characters)   → minLength 1, maxLength 64 / maxLength 64
 *     The name. At most 32 characters.                → maxLength 32
 *     Must be >= 0. / At least 1. / No more than 10.  → minimum 0 / minimum 1 / maximum 10
 *     1–100, default 20. / Range: 0..255.             → minimum 1, maximum 100 / minimum 0, maximum 255
 *     от 1 до 50. / de 1 a 50. / von 1 bis 50.        → minimum 1, maximum 50 (and Russian's `не более 50`)
 *
 * Only where the words are the bound and nothing else: "Max 100 per minute" (a rate), "Returns up
 * to 100 items" (what a call does), "Maximum 3 days" (a unit) state none. The limits bind the value
 * itself (`constraints.ts`' `worded`): a number's value, a string's length; never an array's members,
 * of which the words may be speaking (`ids` "Max 20." is as likely a count).
 */
/** The limits words can state (a part of `constraints.ts`' `Limits`). */
export interface WordedLimits {
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
}

const NUMBER = String.raw`\`?(-?\d+(?:\.\d+)?)\`?`;
const COUNT = String.raw`\`?(\d+)\`?`;
const CHARACTERS = String.raw`(?:characters?|chars?)(?:[ \t]+long)?`;
const MUST = String.raw`(?:(?:the[ \t]+)?value[ \t]+)?(?:(?:must|should|can|may)[ \t]+be[ \t]+)?`;
/** Chinese, Japanese and Korean words for a string's length, and for its characters after a count. */
const LENGTH_WORDS = '长度|長度|長さ|文字数|字符数|字数|길이|글자 수|글자수';
const CHARACTER_WORDS = '个字符|個字元|字符|文字|자|글자';
/** An inclusive lower bound's words (a number's: `at least 1 characters` is a length's, above). */
const AT_LEAST = String.raw`at[ \t]+least|no[ \t]+less[ \t]+than|greater[ \t]+than[ \t]+or[ \t]+equal[ \t]+to|>=|≥`;
const AT_MOST = String.raw`at[ \t]+most|no[ \t]+more[ \t]+than|no[ \t]+greater[ \t]+than|less[ \t]+than[ \t]+or[ \t]+equal[ \t]+to|<=|≤`;
/** One part of a clause, each anchored: the whole part is the bound. */
const PARTS: ReadonlyArray<[RegExp, Array<keyof WordedLimits>]> = [
  [
    new RegExp(String.raw`^max(?:imum|\.)?[ \t]+length(?:[ \t]+of|[ \t]+is)?[ \t]*(?:[:=][ \t]*)?${COUNT}(?:[ \t]+${CHARACTERS})?$`, 'i'),
    ['maxLength'],
  ],
  [
    new RegExp(String.raw`^min(?:imum|\.)?[ \t]+length(?:[ \t]+of|[ \t]+is)?[ \t]*(?:[:=][ \t]*)?${COUNT}(?:[ \t]+${CHARACTERS})?$`, 'i'),
    ['minLength'],
  ],
  [
    new RegExp(
      String.raw`^${MUST}(?:at[ \t]+most|up[ \t]+to|no[ \t]+more[ \t]+than|max(?:imum|\.)?)[ \t]*(?::[ \t]*)?${COUNT}[ \t]+${CHARACTERS}$`,
      'i',
    ),
    ['maxLength'],
  ],
  [new RegExp(String.raw`^${MUST}(?:at[ \t]+least|min(?:imum|\.)?)[ \t]*(?::[ \t]*)?${COUNT}[ \t]+${CHARACTERS}$`, 'i'), ['minLength']],
  // A length's range, characters its unit: `1-64 chars`, `1 to 64 characters`, `from 2 to 8 characters long`.
  [
    new RegExp(String.raw`^${MUST}(?:from[ \t]+)?${COUNT}[ \t]*(?:[-–—]|\.\.|[ \t]to[ \t])[ \t]*${COUNT}[ \t]+${CHARACTERS}$`, 'i'),
    ['minLength', 'maxLength'],
  ],
  [
    new RegExp(String.raw`^${MUST}between[ \t]+${COUNT}[ \t]+and[ \t]+${COUNT}[ \t]+${CHARACTERS}(?:[ \t]*\(inclusive\))?$`, 'i'),
    ['minLength', 'maxLength'],
  ],
  [new RegExp(String.raw`^max(?:imum|\.)?(?:[ \t]+value)?(?:[ \t]+of|[ \t]+is)?[ \t]*(?:[:=][ \t]*)?${NUMBER}$`, 'i'), ['maximum']],
  [new RegExp(String.raw`^min(?:imum|\.)?(?:[ \t]+value)?(?:[ \t]+of|[ \t]+is)?[ \t]*(?:[:=][ \t]*)?${NUMBER}$`, 'i'), ['minimum']],
  [new RegExp(String.raw`^${MUST}between[ \t]+${NUMBER}[ \t]+and[ \t]+${NUMBER}(?:[ \t]*\(inclusive\))?$`, 'i'), ['minimum', 'maximum']],
  // A range alone or labelled: `1–100`, `1 to 100`, `Range: 1-100`, `Valid range 0..255`, `from 1 to 100`.
  [
    new RegExp(
      String.raw`^(?:(?:(?:valid|allowed|accepted)[ \t]+)?(?:range|values?)(?:[ \t]+is)?[ \t]*(?::[ \t]*)?|${MUST}from[ \t]+)?${NUMBER}[ \t]*(?:[-–—]|\.\.|[ \t]to[ \t])[ \t]*${NUMBER}(?:[ \t]*\(inclusive\))?$`,
      'i',
    ),
    ['minimum', 'maximum'],
  ],
  // The same in Russian, Spanish, Portuguese, French, German and Italian, its opening word written:
  // `от 1 до 100`, `de 1 a 100`, `de 1 à 100`, `von 1 bis 100`, `da 1 a 100`, `entre 1 y 100`, `zwischen 1 und 100`.
  [
    new RegExp(
      String.raw`^(?:от|de|von|da|entre|zwischen|tra|fra)[ \t]+${NUMBER}[ \t]+(?:до|a|à|bis|e|y|et|und)[ \t]+${NUMBER}(?:[ \t]*\((?:включительно|inclusive|inklusive|inclus)\))?$`,
      'i',
    ),
    ['minimum', 'maximum'],
  ],
  // Chinese, Japanese and Korean (read full-width as half-width, `wordedLimits`): a range, labelled or
  // alone (`取值范围：1-100`, `范围 1~100`, `1～100`, `범위: 1~100`), a bound's label then the number
  // (`最大值 100`, `最小値：1`, `최댓값 100`), a length's (`最大长度 20`, `最大文字数：50`, `최대 길이 20`,
  // `最大50文字`, `50文字以内`).
  [
    new RegExp(
      String.raw`^(?:(?:取值范围|值范围|范围|範囲|値の範囲|범위|값 범위)[ \t]*(?::[ \t]*)?)?${NUMBER}[ \t]*[~〜][ \t]*${NUMBER}$`,
      'i',
    ),
    ['minimum', 'maximum'],
  ],
  [
    new RegExp(String.raw`^(?:取值范围|值范围|范围|範囲|値の範囲|범위|값 범위)[ \t]*(?::[ \t]*)?${NUMBER}[ \t]*[-–—][ \t]*${NUMBER}$`, 'i'),
    ['minimum', 'maximum'],
  ],
  // A length's range, its word before it or a unit of characters after (`长度1~32`, `長さ：1～40`,
  // `길이 1~20`, `1~32个字符`, `1～40文字`, `1~20자`), and a range of two labelled bounds
  // (`最小 1 ~ 最大 10`, `최소 1 ~ 최대 100`; `최소 1자 ~ 최대 20자` a length's).
  [
    new RegExp(
      String.raw`^(?:${LENGTH_WORDS})[ \t]*(?:(?:为|は|:)[ \t]*)?${COUNT}[ \t]*[~〜\-–—][ \t]*${COUNT}(?:[ \t]*(?:${CHARACTER_WORDS}))?$`,
      'i',
    ),
    ['minLength', 'maxLength'],
  ],
  [new RegExp(String.raw`^${COUNT}[ \t]*[~〜\-–—][ \t]*${COUNT}[ \t]*(?:${CHARACTER_WORDS})$`, 'i'), ['minLength', 'maxLength']],
  [new RegExp(String.raw`^(?:最小|최소)[ \t]*${NUMBER}[ \t]*[~〜][ \t]*(?:最大|최대)[ \t]*${NUMBER}$`, 'i'), ['minimum', 'maximum']],
  [
    new RegExp(
      String.raw`^(?:最小|최소)[ \t]*${COUNT}[ \t]*(?:${CHARACTER_WORDS})[ \t]*[~〜][ \t]*(?:最大|최대)[ \t]*${COUNT}[ \t]*(?:${CHARACTER_WORDS})$`,
      'i',
    ),
    ['minLength', 'maxLength'],
  ],
  [
    new RegExp(String.raw`^(?:最大长度|最大長|最大文字数|최대 길이)[ \t]*(?::[ \t]*)?${COUNT}(?:[ \t]*(?:个字符|字符|文字|자))?$`, 'i'),
    ['maxLength'],
  ],
  [
    new RegExp(String.raw`^(?:最小长度|最小長|最小文字数|최소 길이)[ \t]*(?::[ \t]*)?${COUNT}(?:[ \t]*(?:个字符|字符|文字|자))?$`, 'i'),
    ['minLength'],
  ],
  [new RegExp(String.raw`^最大[ \t]*${COUNT}[ \t]*文字$`, 'i'), ['maxLength']],
  [new RegExp(String.raw`^${COUNT}[ \t]*文字以内$`, 'i'), ['maxLength']],
  [new RegExp(String.raw`^(?:最大值|最大値|최댓값|최대값)[ \t]*(?::[ \t]*)?${NUMBER}$`, 'i'), ['maximum']],
  [new RegExp(String.raw`^(?:最小值|最小値|최솟값|최소값)[ \t]*(?::[ \t]*)?${NUMBER}$`, 'i'), ['minimum']],
  // Russian's `не менее 1` (at least), `не более 100` (at most), `минимум 1`, `максимум 100`.
  [new RegExp(String.raw`^(?:не[ \t]+(?:менее|меньше)|минимум|минимальное[ \t]+значение[ \t]*:?)[ \t]*${NUMBER}$`, 'i'), ['minimum']],
  [new RegExp(String.raw`^(?:не[ \t]+(?:более|больше)|максимум|максимальное[ \t]+значение[ \t]*:?)[ \t]*${NUMBER}$`, 'i'), ['maximum']],
  // Inclusive bounds in words or signs: `Must be >= 0`, `at least 1`, `less than or equal to 100`.
  [new RegExp(String.raw`^${MUST}(?:${AT_LEAST})[ \t]*${NUMBER}$`, 'i'), ['minimum']],
  [new RegExp(String.raw`^${MUST}(?:${AT_MOST})[ \t]*${NUMBER}$`, 'i'), ['maximum']],
];
/** A default beside a bound (`Default 7, max 30`): no limit, but no other words either. */
const DEFAULT_PART = /^default(?:[ \t]+is)?[ \t]*(?:[:=][ \t]*)?(?:`[^`\n]+`|"[^"\n]+"|[\w.-]+)$/i;
const PARENTHESES = /\(([^()\n]{1,80})\)/g;

/** The limits the description's words state; none where no sentence or parentheses state one alone. */
export function wordedLimits(written: string): WordedLimits {
  const limits: WordedLimits = {};
  // Full-width punctuation and digits as half-width (`，`, `（`, `：`, `～`, `１`): Chinese, Japanese and Korean clauses part so.
  const description = /[\u3000-\u9FFF\uAC00-\uD7AF\uFF00-\uFFEF]/.test(written) ? written.normalize('NFKC') : written;
  if (
    !/最大|最小|范围|範囲|범위|최대|최소|최댓|최솟|文字以内|长度|長度|長さ|文字数|字符数|字数|길이|글자|\d\s*[~〜]\s*\d|\b(?:min|max|between|at\s+(?:most|least)|up\s+to|no\s+(?:more|less|greater)|(?:greater|less)\s+than\s+or\s+equal)|[<>]=|[≤≥]|\d\s*(?:[-–—]|\.\.|\sto\s)\s*`?\d|\d`?\s(?:до|a|à|bis|e|y|et|und)\s`?-?\d|не\s+(?:более|менее|больше|меньше)|минимум|максимум|минимальное|максимальное/i.test(
      description,
    )
  )
    return limits;
  const clauses = [
    ...description.split(/(?<=[.;!?])[ \t]+|。|\r?\n|<br\s*\/?>/i).map((sentence) => sentence.trim().replace(/[.;!?]$/, '')),
    ...[...description.matchAll(PARENTHESES)].map((match) => match[1]!.trim()),
  ];
  for (const clause of clauses) {
    const found = clauseLimits(clause);
    for (const [key, value] of Object.entries(found) as Array<[keyof WordedLimits, number]>) limits[key] ??= value;
  }
  return limits;
}

/**
 * A clause's limits: every comma-parted part a bound or a default (at least one a bound); or the
 * sentence's closing parts so, after words of its own (`Words to search for, max length 64`).
 */
function clauseLimits(clause: string): WordedLimits {
  const parts = clause.split(',').map((part) => part.trim().replace(/^and[ \t]+/i, ''));
  const read = parts.map(partLimits);
  let from = read.length;
  while (from > 0 && read[from - 1] !== undefined) from--;
  const bounds = read.slice(from) as WordedLimits[];
  if (!bounds.some((bound) => Object.keys(bound).length > 0)) return {};
  return Object.assign({}, ...bounds) as WordedLimits;
}

/** A part's bound (`{}` for a default), undefined for other words. */
function partLimits(part: string): WordedLimits | undefined {
  if (DEFAULT_PART.test(part)) return {};
  for (const [pattern, keys] of PARTS) {
    const found = pattern.exec(part);
    if (!found) continue;
    const values = found.slice(1, 1 + keys.length).map(Number);
    const counts = keys.some((key) => key === 'minLength' || key === 'maxLength');
    if (!values.every((value) => (counts ? Number.isSafeInteger(value) && value >= 0 : Number.isFinite(value)))) return undefined;
    if (values.length === 2 && values[0]! > values[1]!) return undefined;
    return Object.fromEntries(keys.map((key, index) => [key, values[index]!]));
  }
  return undefined;
}
