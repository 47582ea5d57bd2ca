/**
 * The values a description states a string takes, said in another language as "Possible values:
 * `red`, `blue`" is in English (`stated-values.ts`): the label, a colon half- or full-width, then two
 * or more values, in code or bare words, parted by commas (`,`, `，`), the ideographic comma `、`,
 * a pipe or a slash, the list closing the clause.
 *
 *     颜色，可选值：red、blue             可选值：`asc`，`desc`。         枚举值：`on` | `off`
 *     指定可能な値: `asc`, `desc`         가능한 값: asc, desc             Valores posibles: `rojo`, `azul`.
 *     Valeurs possibles : `rouge`, `bleu`   Mögliche Werte: `an`, `aus`    Возможные значения: `on`, `off`
 */

const LABEL =
  '(?:可选值|可选项|取值|枚举值|可能的值|有效值|允许值|允许的值|指定可能な値|取りうる値|取り得る値|有効な値|設定可能な値|가능한 값|허용 값|허용되는 값|valores posibles|valores permitidos|valores válidos|valores possíveis|valeurs possibles|valeurs autorisées|valeurs acceptées|mögliche werte|erlaubte werte|zulässige werte|gültige werte|valori possibili|valori ammessi|valori consentiti|возможные значения|допустимые значения)';
/** One value: a code span, or a bare word (`v1.2` keeps its dot, the sentence's own none). */
const VALUE = String.raw`(?:\x60[^\x60\n]+\x60|[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*)`;
const VALUES = new RegExp(VALUE, 'g');
const SEPARATOR = String.raw`[ \t]*[,，、|/][ \t]*`;
const TRANSLATED_VALUES = new RegExp(
  String.raw`(?<![\p{Script=Latin}\p{Script=Cyrillic}])${LABEL}[ \t]*[:：][ \t]*(${VALUE}(?:${SEPARATOR}${VALUE}){1,63})(?=[ \t]*(?:[。；;）)]|\.(?:\s|$)|\r?\n|$))`,
  'iu',
);

/** The values, if the description states them so. */
export function translatedValues(description: string): string[] | undefined {
  const list = TRANSLATED_VALUES.exec(description)?.[1];
  return list === undefined ? undefined : [...list.matchAll(VALUES)].map((match) => match[0].replace(/^\x60|\x60$/g, '').trim());
}
