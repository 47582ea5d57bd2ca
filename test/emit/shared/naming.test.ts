import { describe, expect, it } from 'vitest';
import { buildNames, objectLiteralKey, toIdentifier, typePropertyKey } from '../../../src/emit/shared/naming.js';
import type { ApiDocument, NamedSchema } from '../../../src/ir/types.js';
import { richDocument } from './rich-document.js';

const isIdentifier = (text: string): boolean => /^[\p{ID_Start}$_][\p{ID_Continue}$\u200c\u200d]*$/u.test(text);

function docWith(schemaNames: string[], operationIds: string[] = []): ApiDocument {
  const base = richDocument();
  const schemas: NamedSchema[] = schemaNames.map((name) => ({ name, schema: { kind: 'string' }, origin: 'documented', sources: [] }));
  const operations = operationIds.map((operationId) => ({ ...(base.operations[0] as ApiDocument['operations'][number]), operationId }));
  return { ...base, schemas, operations };
}

describe('toIdentifier (PascalCase, the default)', () => {
  it.each([
    ['TicketMessageEntity', 'TicketMessageEntity'],
    ['DTO_ticket_conversation', 'DTOTicketConversation'],
    ['odata.nextLink', 'OdataNextLink'],
    ['SuperOffice.CRM.Services.Associate', 'SuperOfficeCRMServicesAssociate'],
    ['get-ticket by id', 'GetTicketById'],
    ['2fa-config', '_2faConfig'],
    ['__proto__', 'Proto'],
    ['class', 'Class'],
    ['List`1[System.String]', 'List1SystemString'],
    ['Ünïcode_name', 'ÜnïcodeName'],
    ['***', 'Unnamed'],
    ['', 'Unnamed'],
  ])('should turn %j into %j', (given, want) => {
    expect(toIdentifier(given)).toBe(want);
    expect(isIdentifier(toIdentifier(given))).toBe(true);
  });
});

describe('buildNames', () => {
  it('should give unchanged names priority and suffix the sanitised ones that collide', () => {
    const names = buildNames(docWith(['DTO_contact', 'DTOContact', 'dto.contact']));
    expect(names.types.get('DTOContact')).toBe('DTOContact');
    expect(names.types.get('DTO_contact')).toBe('DTOContact_2');
    expect(names.types.get('dto.contact')).toBe('DtoContact');
  });

  it('should not depend on the order of the schemas', () => {
    const a = buildNames(docWith(['b_x', 'BX', 'a', 'b.x', 'Record']));
    const b = buildNames(docWith(['Record', 'b.x', 'a', 'BX', 'b_x']));
    expect([...a.types].sort()).toEqual([...b.types].sort());
  });

  it('should avoid the names the generated files use themselves', () => {
    const names = buildNames(docWith(['Record', 'operations', 'z', 'Types']));
    expect(names.types.get('Record')).toBe('Record_2');
    expect(names.types.get('operations')).toBe('Operations');
    expect(names.types.get('z')).toBe('Z');
    expect(names.types.get('Types')).toBe('Types_2');
  });

  it('should name operation parts after the operation and keep them unique', () => {
    const names = buildNames(docWith(['GetTicketQuery'], ['get-ticket', 'TicketMessage_Get']));
    const op = names.operations.get('get-ticket');
    expect(op?.pathParams).toBe('GetTicketPathParams');
    expect(op?.query).toBe('GetTicketQuery_2');
    expect(op?.statuses.get('200')).toBe('GetTicket200Response');
    expect(op?.statuses.get('404')).toBe('GetTicket404Response');
    expect(names.operations.get('TicketMessage_Get')?.response).toBe('TicketMessageGetResponse');
  });

  it('should give every name a valid, unique identifier', () => {
    const all = ['a', 'A', '_a', 'a_', '1', '1a', 'a-1', 'A1', 'A_1', '$', 'with space', 'x'.repeat(3)];
    const names = buildNames(docWith(all));
    const values = [...names.types.values()];
    expect(new Set(values).size).toBe(all.length);
    for (const value of values) expect(isIdentifier(value), value).toBe(true);
  });
});

describe('property keys', () => {
  it.each([
    ['id', 'id', 'id'],
    ['odata.nextLink', "'odata.nextLink'", "'odata.nextLink'"],
    ['__proto__', "'__proto__'", "['__proto__']"],
    ['constructor', 'constructor', 'constructor'],
    ['default', 'default', 'default'],
    ['1st', "'1st'", "'1st'"],
    ["it's", "'it\\'s'", "'it\\'s'"],
    ['', "''", "''"],
  ])('should write %j as %s in types and %s in object literals', (name, inType, inLiteral) => {
    expect(typePropertyKey(name)).toBe(inType);
    expect(objectLiteralKey(name)).toBe(inLiteral);
  });

  it('should create an own __proto__ property with the object literal key', () => {
    // eslint-disable-next-line @typescript-eslint/no-implied-eval
    const object = new Function(`return { ${objectLiteralKey('__proto__')}: 1 };`)() as object;
    expect(Object.hasOwn(object, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(object)).toBe(Object.prototype);
    // eslint-disable-next-line @typescript-eslint/no-implied-eval
    const plain = new Function(`return { ${typePropertyKey('__proto__')}: {} };`)() as object;
    expect(Object.hasOwn(plain, '__proto__')).toBe(false);
  });
});
