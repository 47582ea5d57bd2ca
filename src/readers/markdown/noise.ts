/**
 * Site-generator noise → blanks, before parsing:
 *
 *     {% hint style="info" %} … {% endhint %}     Liquid / GitBook / Jekyll tags
 *     {{< note >}} … {{< /note >}}                Hugo shortcodes
 *     [!INCLUDE [title](../includes/x.md)]        DocFX includes
 *     <!-- comment -->                            HTML comments
 *     [![build](https://img.shields.io/…)](…)      badges (a linked image)
 *     ::: tip  /  :::                             container fences (VuePress, docusaurus)
 *
 * Each is replaced by spaces (line breaks kept), so every position still points at the page and
 * no description quotes a directive. The words between paired tags (`Permission required: …`)
 * are kept.
 */

const NOISE: readonly RegExp[] = [
  /\{%[\s\S]*?%\}/g,
  /\{\{<[\s\S]*?>\}\}/g,
  /\{\{%[\s\S]*?%\}\}/g,
  /\[!INCLUDE\s*\[[^\]\n]*\]\([^)\n]*\)\]/gi,
  /<!--[\s\S]*?-->/g,
  /\[!\[[^\]\n]*\]\([^)\n]*\)\]\([^)\n]*\)/g,
  /^[ \t]*:::.*$/gm,
];

export function blankNoise(text: string): string {
  let result = text;
  for (const pattern of NOISE) result = result.replace(pattern, (match) => match.replace(/[^\r\n]/g, ' '));
  return result;
}
