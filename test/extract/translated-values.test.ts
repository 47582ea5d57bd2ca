/**
 * The values a description states a string takes, said in other languages (`translated-values.ts`),
 * read as "Possible values: `red`, `blue`" is: an enum of them.
 */
import { describe, expect, it } from 'vitest';
import { withStatedValues } from '../../src/extract/stated-values.js';
import { operation, readGeneral } from '../readers/markdown/helpers.js';

const values = (description: string) => {
  const schema = withStatedValues({ kind: 'string' }, description);
  return schema.kind === 'enum' ? schema.values.map((v) => v.value) : undefined;
};

describe('values stated in other languages', () => {
  it.each([
    ['颜色，可选值：red、blue', ['red', 'blue']],
    ['排序方式。可选值：`asc`，`desc`。', ['asc', 'desc']],
    ['开关，枚举值：`on` | `off`', ['on', 'off']],
    ['並び順。指定可能な値: `asc`, `desc`', ['asc', 'desc']],
    ['정렬. 가능한 값: asc, desc', ['asc', 'desc']],
    ['Color. Valores posibles: `rojo`, `azul`.', ['rojo', 'azul']],
    ['Cor. Valores possíveis: `a/b`, `c`', ['a/b', 'c']],
    ['Couleur. Valeurs possibles : `rouge`, `bleu`', ['rouge', 'bleu']],
    ['Zustand. Mögliche Werte: an, aus.', ['an', 'aus']],
    ['Colore. Valori ammessi: `rosso`, `blu`', ['rosso', 'blu']],
    ['Режим. Возможные значения: `on`, `off`', ['on', 'off']],
  ])('should read %j as an enum of %j', (description, expected) => {
    expect(values(description)).toEqual(expected);
  });

  it.each([
    ['功率，取值范围 1-100'],
    ['可选值：red'],
    ['可选值：red、blue 等颜色'],
    ['Valores posibles: los que defina el administrador.'],
  ])('should read %j as no values', (description) => {
    expect(values(description)).toBeUndefined();
  });

  it('should make a table row of such words an enum', () => {
    const page = readGeneral(
      [
        '## 创建台灯',
        '`POST /v1/lamps`',
        '### 请求参数',
        '| 参数名 | 类型 | 说明 |\n|---|---|---|\n| color | string | 颜色，可选值：red、blue |',
      ].join('\n\n'),
    );
    const body = operation(page, 'POST /v1/lamps').requestBody?.content[0]?.schema;
    expect(body?.kind === 'object' && body.properties[0]?.schema).toMatchObject({
      kind: 'enum',
      values: [{ value: 'red' }, { value: 'blue' }],
    });
  });
});
