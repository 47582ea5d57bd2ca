/**
 * References written in Spanish, Portuguese, French, German or Italian: section titles (`###
 * Parámetros de consulta`, `### Anfragekörper`, `### Resposta`), column headers (`Nombre | Tipo |
 * Requerido | Descripción`, `Name | Typ | Erforderlich | Beschreibung`), yes and no (`sí`, `sim`,
 * `ja`, `não`, `nein`) and type words (`cadena`, `Ganzzahl`, `inteiro`) read as their English ones.
 * The pages are ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Schema } from '../../../src/ir/types.js';
import { bodySchema, operation, readGeneral, strip } from './helpers.js';

const read = (name: string) =>
  readGeneral(readFileSync(path.join(import.meta.dirname, 'fixtures/latin-references', name), 'utf8'), `api/${name}`);

function fields(schema: Schema | undefined): Array<[string, string, boolean]> {
  return schema?.kind === 'object' ? schema.properties.map((p) => [p.name, p.schema.kind, p.required]) : [];
}

describe('general reader: references written in Spanish, Portuguese, French, German or Italian', () => {
  it('should read Spanish titles, columns, yes and no, and type words', () => {
    const page = read('pedidos.md');
    const get = operation(page, 'GET /v1/pedidos/{id}');
    expect(get.parameters.map((p) => [p.in, p.name, p.required, p.schema.kind])).toEqual([
      ['path', 'id', true, 'string'],
      ['query', 'expandir', false, 'boolean'],
    ]);
    expect(fields(get.responses[0]?.content[0]?.schema)).toEqual([
      ['id', 'string', false],
      ['total', 'number', false],
    ]);
    expect(get.responses[0]?.content[0]?.examples.length).toBe(1);
    expect(fields(bodySchema(operation(page, 'POST /v1/pedidos')))).toEqual([
      ['cliente', 'string', true],
      ['lineas', 'array', false],
    ]);
  });

  it('should read request-line labels in these languages as `Method:` and `Endpoint:` are', () => {
    const spanish = readGeneral('## Crear un pago\n\nMétodo: POST\nRuta: /v1/pagos\n\nCrea un pago.\n', 'api/pagos.md');
    expect(spanish.routes).toEqual(['POST /v1/pagos']);
    const french = readGeneral('## Supprimer un colis\n\n- Méthode : DELETE\n- Chemin : /v1/colis/{id}\n', 'api/colis.md');
    expect(french.routes).toEqual(['DELETE /v1/colis/{id}']);
    // A label whose value is no method states nothing.
    expect(readGeneral('## Hinweis\n\nMethode: siehe unten\nPfad: /v1/x\n', 'api/x.md').routes).toEqual([]);
  });

  it('should read German and Portuguese ones', () => {
    const german = operation(read('lieferungen.md'), 'POST /v2/lieferungen');
    expect(fields(bodySchema(german))).toEqual([
      ['adresse', 'string', true],
      ['gewicht', 'integer', false],
    ]);
    expect(fields(german.responses[0]?.content[0]?.schema)).toEqual([['id', 'string', false]]);
    const portuguese = operation(read('pagamentos.md'), 'GET /v1/pagamentos');
    expect(portuguese.parameters.map((p) => [p.in, p.name, p.required, p.schema.kind])).toEqual([
      ['query', 'limite', false, 'integer'],
      ['query', 'status', true, 'string'],
    ]);
    expect(fields(portuguese.responses[0]?.content[0]?.schema)).toEqual([['itens', 'array', false]]);
  });
  it('should read a range written with its opening word in these languages, and none with other words around it', () => {
    const page = readGeneral(
      [
        '## Listar pedidos',
        '',
        '`GET /v1/pedidos`',
        '',
        '### Parámetros de consulta',
        '',
        '| Nombre | Tipo | Descripción |',
        '|---|---|---|',
        '| limite | entero | Cuántos devolver, de 1 a 50. |',
        '| seite | Ganzzahl | Die Seite, von 1 bis 200. |',
        '| taille | entier | Entre 10 et 20. |',
        '| anno | intero | Versione da 1 a 2 del piano. |',
        '',
      ].join('\n'),
      'api/pedidos.md',
    );
    const limits = operation(page, 'GET /v1/pedidos').parameters.map((p) => [p.name, strip(p.schema)]);
    expect(limits).toEqual([
      ['limite', { kind: 'integer', minimum: 1, maximum: 50 }],
      ['seite', { kind: 'integer', minimum: 1, maximum: 200 }],
      ['taille', { kind: 'integer', minimum: 10, maximum: 20 }],
      ['anno', { kind: 'integer' }],
    ]);
  });

  it.each([
    ['Respuesta', 'Código', 'Descripción'],
    ['Códigos de status', 'Código', 'Descrição'],
    ['Risposta', 'Codice', 'Descrizione'],
    ['Réponse', 'Code HTTP', 'Description'],
    ['Antwort', 'HTTP-Statuscode', 'Beschreibung'],
  ])('should read a %j table headed %j | %j as the statuses', (title, code, description) => {
    const page = readGeneral(
      ['## Crear', '`POST /v1/lamparas`', `### ${title}`, `| ${code} | ${description} |\n|---|---|\n| 201 | Ok. |\n| 404 | No. |`].join(
        '\n\n',
      ),
    );
    expect(operation(page, 'POST /v1/lamparas').responses.map((r) => [r.status, r.description])).toEqual([
      ['201', 'Ok.'],
      ['404', 'No.'],
    ]);
  });

  it.each([
    ['Respuesta 201', 'Ejemplo de respuesta 404'],
    ['Resposta 201', 'Exemplo de resposta 404'],
    ['Réponse 201', 'Exemple de réponse 404'],
    ['Antwort 201', 'Beispielantwort 404'],
    ['Risposta 201', 'Esempio di risposta 404'],
    ['Ответ 201', 'Пример ответа 404'],
    ['Odpowiedź 201', 'Odpowiedź 404'],
  ])('should read a status after a title, %j and %j, as after `Response`', (success, failure) => {
    const page = readGeneral(
      [
        '## Crear',
        '`POST /v1/lamparas`',
        `### ${success}`,
        '```json\n{"id": "l1"}\n```',
        `### ${failure}`,
        '```json\n{"error": "no"}\n```',
      ].join('\n\n'),
    );
    expect(operation(page, 'POST /v1/lamparas').responses.map((r) => [r.status, r.content[0]?.examples.length])).toEqual([
      ['201', 1],
      ['404', 1],
    ]);
  });

  it('should read header parameters’ titles, the plural responses’ and response codes’ titles, and more type words (`testo`, `nombre`, `fichier`, `Objekt`)', () => {
    const kinds = (schema: Schema | undefined) =>
      schema?.kind === 'object'
        ? schema.properties.map((p) => [p.name, p.schema.kind, 'format' in p.schema ? p.schema.format : undefined])
        : [];
    const it = operation(read('fioriere.md'), 'POST /v1/fioriere');
    expect(it.parameters.map((p) => [p.in, p.name, p.required])).toEqual([['header', 'X-Serra', true]]);
    expect(kinds(bodySchema(it))).toEqual([
      ['nome', 'string', undefined],
      ['vasi', 'integer', undefined],
      ['dati', 'map', undefined],
    ]);
    expect(it.responses.map((r) => [r.status, r.description])).toEqual([
      ['201', 'Creata'],
      ['409', 'Esiste già'],
    ]);
    const fr = operation(read('jardinieres.md'), 'POST /v1/jardinieres');
    expect(fr.parameters.map((p) => [p.in, p.name, p.required])).toEqual([['header', 'X-Serre', true]]);
    expect(kinds(bodySchema(fr))).toEqual([
      ['nom', 'string', undefined],
      ['longueur', 'number', undefined],
      ['plan', 'string', 'binary'],
      ['plantee_le', 'string', 'date-time'],
    ]);
    expect(fr.responses.map((r) => r.status)).toEqual(['201', '400']);
  });
});
