/**
 * Sentences in other languages saying what an operation returns, read as "Returns a shelf object."
 * is (`named-returns.ts`): Korean (`서가 객체를 반환합니다`, `Lamp을(를) 반환합니다`), Spanish,
 * Portuguese, French, Italian, German, Russian, Polish, Ukrainian, Indonesian and Vietnamese
 * (`translated-returns.ts`). The response is typed only where a page defines the type they name.
 * The pages are ours.
 */
import { describe, expect, it } from 'vitest';
import { cjkNamedReturn } from '../../../src/readers/markdown/cjk-object-titles.js';
import { translatedObjectTitle } from '../../../src/readers/markdown/translated-object-titles.js';
import { translatedNamedReturn } from '../../../src/readers/markdown/translated-returns.js';
import { generate } from '../../../src/run/generate.js';
import { writeFiles } from '../../emit/shared/generated-project.js';
import { makeTempDir } from '../../helpers/temp-dir.js';

describe('general reader: what an operation returns, said in other languages', () => {
  it.each([
    ['Lamp 객체를 반환합니다.', 'Lamp', false],
    ['`Lamp` 객체를 반환합니다', 'Lamp', false],
    ['Lamp을(를) 반환합니다.', 'Lamp', false],
    ['서가 객체의 목록을 반환합니다.', '서가', true],
    ['서가 목록을 반환합니다', '서가', true],
    ['성공 시 생성된 서가 객체가 반환됩니다.', '서가', false],
  ])('should read the Korean %j as returning %j (a list: %j)', (text, words, list) => {
    expect(cjkNamedReturn(text)).toEqual({ words, list });
  });

  it.each([
    ['Devuelve un objeto `Lamp`.', 'Lamp', false],
    ['Devuelve una lista de objetos `Lamp`.', 'Lamp', true],
    ['Devuelve `Lamp`.', 'Lamp', false],
    ['Devuelve el objeto Lampara.', 'Lampara', false],
    ['Retorna um objeto `Lamp`.', 'Lamp', false],
    ['Retorna uma lista de objetos `Lamp`', 'Lamp', true],
    ['Retourne un objet `Lamp`.', 'Lamp', false],
    ["Renvoie une liste d'objets `Lamp`.", 'Lamp', true],
    ["Renvoie l'objet `Lamp`.", 'Lamp', false],
    ['Restituisce un oggetto `Lamp`.', 'Lamp', false],
    ['Restituisce un elenco di oggetti `Lamp`.', 'Lamp', true],
    ['Gibt ein `Lamp`-Objekt zurück.', 'Lamp', false],
    ['Gibt eine Liste von `Lamp`-Objekten zurück.', 'Lamp', true],
    ['Liefert ein Objekt vom Typ `Lamp`.', 'Lamp', false],
    ['Возвращает объект `Lamp`.', 'Lamp', false],
    ['Возвращает список объектов `Lamp`.', 'Lamp', true],
    ['Zwraca obiekt `Lamp`.', 'Lamp', false],
    ['Повертає об’єкт `Lamp`.', 'Lamp', false],
    ['Mengembalikan daftar objek `Lamp`.', 'Lamp', true],
    ['Trả về một đối tượng `Lamp`.', 'Lamp', false],
    ['`Lamp` nesnesini döndürür.', 'Lamp', false],
    ['Bir `Lamp` nesnesi döner.', 'Lamp', false],
    ['`Lamp` döndürür.', 'Lamp', false],
    ['Lamba nesnesini döndürür', 'Lamba', false],
    ['`Lamp` nesnelerinin listesini döndürür.', 'Lamp', true],
  ])('should read %j as returning %j (a list: %j)', (text, words, list) => {
    expect(translatedNamedReturn(text)).toEqual({ words, list });
  });

  it.each([
    'Devuelve un error si la lámpara no existe.',
    'Devuelve la lista.',
    'Devuelve Lamp.',
    'Gibt die Lampe zurück, wenn sie existiert.',
    'Возвращает данные.',
    'Hata döndürür.',
    'Bir nesne döndürür.',
  ])('should read %j as naming no type', (text) => {
    expect(translatedNamedReturn(text)).toBeUndefined();
  });

  it('should type the success where a page defines the type the sentence names, and leave it where none does', async () => {
    const dir = makeTempDir('specdown-returns-');
    const op = (n: number, sentence: string) => `## Op ${n}\n\n\`GET /v1/lamps${n}\`\n\n${sentence}\n`;
    writeFiles(dir, {
      'lamp.md': '## The Lamp object\n\n| Field | Type | Description |\n|---|---|---|\n| id | string | The id. |\n',
      'a.md': op(1, 'Devuelve una lista de objetos `Lamp`.'),
      'b.md': op(2, 'Gibt ein `Lamp`-Objekt zurück.'),
      'c.md': op(3, 'Lamp 객체를 반환합니다.'),
      'd.md': op(4, 'Retourne un objet `Garden`.'),
      'e.md': op(5, 'Devuelve un objeto JSON.'),
      'f.md': op(6, '`Lamp` nesnelerinin listesini döndürür.'),
    });
    const result = await generate({ input: dir });
    const success = (n: number) =>
      result.document.operations.find((o) => o.path === `/v1/lamps${n}`)?.responses.find((r) => r.status.startsWith('2'))?.content[0]
        ?.schema;
    expect(success(1)).toMatchObject({ kind: 'array', items: { kind: 'ref', name: 'Lamp' } });
    expect(success(2)).toMatchObject({ kind: 'ref', name: 'Lamp' });
    expect(success(3)).toMatchObject({ kind: 'ref', name: 'Lamp' });
    expect(success(4)).toBeUndefined();
    expect(success(5)).toBeUndefined();
    expect(success(6)).toMatchObject({ kind: 'array', items: { kind: 'ref', name: 'Lamp' } });
  });

  it.each([
    ['El objeto Libro', 'Libro'],
    ['Objeto `Livro`', 'Livro'],
    ["L'objet Livre", 'Livre'],
    ['L’oggetto Libro', 'Libro'],
    ['Das Buch-Objekt', 'Buch'],
    ['Objekt Buch', 'Buch'],
    ['Объект Book', 'Book'],
    ['Obiekt Lampa', 'Lampa'],
    ['Objek Rak', 'Rak'],
    ['Đối tượng Kệ', 'Kệ'],
    ['Bahçe nesnesi', 'Bahçe'],
  ])('should read the heading %j as naming the type %j', (title, words) => {
    expect(translatedObjectTitle(title)).toEqual({ words });
  });

  it.each(['Objeto de respuesta', 'Objeto JSON', 'El objeto', 'Objeto respuesta', 'Objetos anidados y otros'])(
    'should read the heading %j as naming no type',
    (title) => {
      expect(translatedObjectTitle(title)).toBeUndefined();
    },
  );

  it('should define the type a European object heading names, so that a sentence naming it types the success', async () => {
    const dir = makeTempDir('specdown-object-titles-');
    const page = (type: string, title: string, route: string, sentence: string) =>
      `## ${title}\n\n| Campo | Tipo | Descripción |\n|---|---|---|\n| id | string | Id. |\n\n## Get\n\n\`GET ${route}\`\n\n${sentence.replace('NAME', type)}\n`;
    writeFiles(dir, {
      'es.md': page('Libro', 'El objeto Libro', '/v1/libros', 'Devuelve un objeto `NAME`.'),
      'pl.md': page('Lampa', 'Obiekt Lampa', '/v1/lampy', 'Zwraca obiekt `NAME`.'),
      'tr.md': page('Bahce', 'Bahce nesnesi', '/v1/bahceler', '`NAME` nesnelerinin listesini döndürür.'),
    });
    const result = await generate({ input: dir });
    const success = (route: string) => result.document.operations.find((o) => o.path === route)?.responses[0]?.content[0]?.schema;
    expect(success('/v1/libros')).toMatchObject({ kind: 'ref', name: 'Libro' });
    expect(success('/v1/lampy')).toMatchObject({ kind: 'ref', name: 'Lampa' });
    expect(success('/v1/bahceler')).toMatchObject({ kind: 'array', items: { kind: 'ref', name: 'Bahce' } });
    expect(result.document.schemas.map((s) => s.name).sort()).toEqual(['Bahce', 'Lampa', 'Libro']);
  });
});
