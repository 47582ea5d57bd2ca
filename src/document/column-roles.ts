/**
 * Table columns by their header names. Dialects name the same column differently
 * (`Property Name`, `Parameter Name`, `Path Part`, `Name`); this is the one place that knows.
 * Readers use it to tell which tables are parameter tables, the extractor to read their rows.
 */
import type { Table } from 'mdast';
import { plainText } from './plain-text.js';
import { meantWord } from './slips.js';

export type ColumnRole =
  | 'name'
  | 'type'
  | 'description'
  | 'required'
  | 'optional'
  | 'readOnly'
  | 'nullable'
  | 'deprecated'
  | 'in'
  | 'status'
  | 'value'
  | 'default'
  | 'example'
  | 'method'
  | 'url'
  | 'constraints'
  | 'minimum'
  | 'maximum'
  | 'minLength'
  | 'maxLength';

export const COLUMN_ROLES: readonly ColumnRole[] = [
  'name',
  'type',
  'description',
  'required',
  'optional',
  'readOnly',
  'nullable',
  'deprecated',
  'in',
  'status',
  'value',
  'default',
  'example',
  'method',
  'url',
  'constraints',
  'minimum',
  'maximum',
  'minLength',
  'maxLength',
];

const COLUMN_NAMES: ReadonlyArray<[ColumnRole, RegExp]> = [
  [
    'name',
    /^(?:property|parameter|param|field|member|attribute|argument|variable|key|header|query|body|path|form|request)?\s*name$|^path\s*(?:parts?|components?|segments?)$|^(?:query(?:\s+string)?|path|body|header|form|request|url|uri)\s+(?:parameters?|params?|fields?)$|^(?:parameters?|params?|property|properties|field|fields|key|keys|header|headers|attributes?|arguments?|arg|options?|variables?)$/i,
  ],
  ['type', /^(?:data\s*)?type$|^format$|^value\s+type$|^schema$/i],
  ['description', /^description$|^summary$|^remarks?$|^notes?$|^details$|^meaning$|^purpose$|^definition$/i],
  // Help Pages: `Additional information` holds `Required` (or `None.`), never the description.
  // `Required / Optional` (a column naming both): its cells say which, `Required` the one that is;
  // so do a specification document's `M/O` (`M/O/C`: conditional) and `Mandatory (Y/N)`.
  [
    'required',
    /^required\??$|^mandatory\??$|^additional\s+information$|^req(?:uired)?\.?$|^(?:required|req\.?|mandatory)\s*[/|]\s*(?:optional|opt\.?)$|^optional\s*[/|]\s*(?:required|mandatory)$|^m\s*\/\s*o(?:\s*\/\s*c)?$|^o\s*\/\s*m$|^(?:required|mandatory)\s*\(\s*y\s*\/\s*n\s*\)$/i,
  ],
  ['optional', /^optional\??$/i],
  ['readOnly', /^read\s*-?\s*only$/i],
  // Okta's `Nullable | Unique | Readonly` property tables: `TRUE` where the value may be null.
  ['nullable', /^nullable\??$|^null\s+allowed$|^allows?\s+null$/i],
  ['deprecated', /^deprecated\??$/i],
  ['in', /^source$|^in$|^location$|^located\s+in$|^param(?:eter)?\s+type$|^parameter\s+location$|^passed\s+in$/i],
  ['status', /^response$|^status(?:\s*code)?$|^code$|^http\s+(?:status(?:\s*code)?|code)$|^response\s+code$/i],
  ['value', /^value$/i],
  ['default', /^default(?:\s+value)?$/i],
  ['example', /^examples?(?:\s+values?)?$|^sample(?:\s+values?)?$/i],
  ['method', /^(?:http[\s-]*)?(?:method|verb)s?$/i],
  ['url', /^(?:url|uri|endpoint|path|route|resource|request\s+url|url\s+path|http\s+request)$/i],
  // The limits a row states (`extract/constraints.ts` reads the fixed forms only).
  ['constraints', /^(?:constraints?|validations?|restrictions?|limits?)$/i],
  ['minLength', /^min(?:imum|\.)?\s*-?\s*length$/i],
  ['maxLength', /^max(?:imum|\.)?\s*-?\s*length$/i],
  ['minimum', /^min(?:imum|\.)?(?:\s+value)?$/i],
  ['maximum', /^max(?:imum|\.)?(?:\s+value)?$/i],
];

/**
 * Chinese and Japanese header names (`参数名 | 类型 | 是否必填 | 说明`, `名前 | 型 | 必須 | 説明`), as
 * their English words are; a Required column's note in parentheses after it (`是否必填（Y/N）`) is no
 * part of its name. Matched whole, as the English names are.
 */
const CJK_COLUMN_NAMES: ReadonlyArray<[ColumnRole, RegExp]> = [
  [
    'name',
    /^(?:参数|字段|属性|请求参数|返回参数|响应参数|参数名|参数名称|字段名|字段名称|属性名|属性名称|名称|键|パラメータ|パラメーター|パラメータ名|パラメーター名|項目|項目名|フィールド|フィールド名|名前|キー|プロパティ|プロパティ名|引数|ヘッダー名|ヘッダ名|请求头名称|头部名称|header名)$/i,
  ],
  ['type', /^(?:类型|数据类型|参数类型|字段类型|值类型|型|データ型|タイプ|種別)$/],
  ['description', /^(?:说明|描述|备注|参数说明|参数描述|字段说明|字段描述|含义|释义|注释|説明|備考|概要|内容|詳細)$/],
  [
    'required',
    /^(?:必填|是否必填|必选|是否必选|必须|是否必须|必需|是否必需|必传|是否必传|必须项|必填项|必須|必須項目|必須\/任意|必须\/可选|必填\/选填)(?:\s*[(（][^()（）]{0,20}[)）])?$/,
  ],
  ['optional', /^(?:可选|是否可选|选填|任意)$/],
  ['in', /^(?:位置|参数位置|请求类型|参数位置\/类型|場所|指定場所)$/],
  ['status', /^(?:状态码|http\s*状态码|响应码|http\s*响应码|ステータスコード|ステータス|http\s*ステータス(?:コード)?)$/i],
  ['value', /^(?:值|取值|値)$/],
  ['default', /^(?:默认值|默认|缺省值|デフォルト値|デフォルト|初期値|既定値)$/],
  ['example', /^(?:示例|示例值|样例|样例值|例子|举例|例|例示|サンプル|サンプル値|値の例)$/],
  ['method', /^(?:请求方式|请求方法|方法|http\s*方法|メソッド|http\s*メソッド)$/i],
  ['url', /^(?:请求地址|接口地址|请求路径|接口路径|路径|エンドポイント|パス)$/],
  ['constraints', /^(?:约束|限制|校验|制約|制限)$/],
  ['minLength', /^(?:最小长度|最小長|最小文字数)$/],
  ['maxLength', /^(?:最大长度|最大長|最大文字数)$/],
  ['minimum', /^(?:最小值|最小値)$/],
  ['maximum', /^(?:最大值|最大値)$/],
];

/**
 * Spanish, Portuguese, French, German and Italian header names (`Nombre | Tipo | Requerido |
 * Descripción`, `Nome | Tipo | Obrigatório | Descrição`, `Nom | Type | Obligatoire | Description`,
 * `Name | Typ | Erforderlich | Beschreibung`), matched whole, as the English names are.
 */
const LATIN_COLUMN_NAMES: ReadonlyArray<[ColumnRole, RegExp]> = [
  [
    'name',
    /^(?:nombre|nombre del parámetro|parámetro|parametro|campo|nome|nome do parâmetro|parâmetro|nom|paramètre|champ|nom du paramètre|feld|feldname|parametername|attributo|nome del parametro)$/i,
  ],
  ['type', /^(?:tipo|tipo de dato|tipo de dados|tipo di dato|typ|datentyp)$/i],
  ['description', /^(?:descripción|descripcion|descrição|descricao|beschreibung|descrizione)$/i],
  [
    'required',
    /^(?:requerido|obligatorio|obrigatório|obrigatorio|requis|obligatoire|erforderlich|pflicht|pflichtfeld|obbligatorio|richiesto)$/i,
  ],
  ['optional', /^(?:opcional|optionnel|facoltativo)$/i],
  ['in', /^(?:ubicación|ubicacion|localização|localizacao|emplacement|ort|posizione)$/i],
  [
    'status',
    /^(?:código|codigo|código de estado|código de respuesta|código http|código de status|código de resposta|code de statut|code de réponse|code d['’]état|code http|http-statuscode|status-code|antwortcode|codice|codice di stato|codice di risposta|codice http)$/i,
  ],
  ['default', /^(?:valor por defecto|valor predeterminado|valor padrão|valor padrao|valeur par défaut|standardwert|valore predefinito)$/i],
  ['example', /^(?:ejemplo|exemplo|exemple|beispiel|esempio)$/i],
];

/**
 * Polish, Turkish, Indonesian and Vietnamese header names (`Nazwa | Typ | Wymagany | Opis`, `Parametre
 * | Tip | Zorunlu | Açıklama`, `Nama | Tipe | Wajib | Keterangan`, `Tên | Kiểu | Bắt buộc | Mô tả`;
 * a status table's `Kod | Opis`, `Kod | Açıklama`, `Kode | Deskripsi`, `Mã | Mô tả`), matched whole,
 * as the English names are.
 */
const MORE_COLUMN_NAMES: ReadonlyArray<[ColumnRole, RegExp]> = [
  [
    'name',
    /^(?:nazwa|parametr|pole|nazwa parametru|nazwa pola|ad|adı|[iİ]sim|parametre|alan|parametre adı|alan adı|nama|nama parameter|nama field|tên|tham số|tên tham số|trường|tên trường)$/i,
  ],
  ['type', /^(?:typ danych|tip|tür|veri tipi|veri türü|tipe|tipe data|jenis|kiểu|kiểu dữ liệu|loại)$/i],
  ['description', /^(?:opis|uwagi|açıklama|deskripsi|keterangan|penjelasan|catatan|mô tả|diễn giải|ghi chú)$/i],
  [
    'required',
    /^(?:wymagany|wymagane|wymagana|obowiązkowy|obowiązkowe|obowiązkowa|obowiązkowość|wymagalność|zorunlu|zorunlu mu|gerekli|gerekli mi|zorunluluk|wajib|diperlukan|wajib diisi|harus diisi|mandatori|bắt buộc)\??$/i,
  ],
  ['optional', /^(?:opcjonalny|opcjonalne|[iİ]steğe bağlı|opsiyonel|opsional|tùy chọn|không bắt buộc)$/i],
  ['in', /^(?:lokalizacja|położenie|miejsce|konum|lokasi|posisi|vị trí)$/i],
  [
    'status',
    /^(?:kod|kod statusu|kod stanu|kod odpowiedzi|kod http|durum kodu|http kodu|http durum kodu|yanıt kodu|kode|kode status|kode respons|kode response|kode http|mã|mã trạng thái|mã phản hồi|mã http)$/i,
  ],
  ['value', /^(?:wartość|değer|nilai|giá trị)$/i],
  ['default', /^(?:wartość domyślna|domyślnie|varsayılan|varsayılan değer|nilai default|bawaan|mặc định|giá trị mặc định)$/i],
  ['example', /^(?:przykład|przykładowa wartość|örnek|örnek değer|contoh|contoh nilai|ví dụ)$/i],
];

/**
 * Russian header names (`Параметр | Тип | Обязательный | Описание`, `Поле | Тип данных |
 * Обязательность | Описание`) and Ukrainian's (`Назва | Тип | Обов'язковий | Опис`), matched whole, as the English names are.
 */
const CYRILLIC_COLUMN_NAMES: ReadonlyArray<[ColumnRole, RegExp]> = [
  [
    'name',
    /^(?:параметр|имя|название|поле|ключ|атрибут|свойство|аргумент|имя параметра|название параметра|имя поля|название поля|назва|ім['’]я)$/i,
  ],
  ['type', /^(?:тип|тип данных|тип значения|формат)$/i],
  ['description', /^(?:описание|комментарий|примечание|пояснение|опис)$/i],
  ['required', /^(?:обязательный|обязательное|обязательно|обязательность|обязательный параметр|обяз\.?|обов['’]язковий|обов['’]язково)$/i],
  ['optional', /^(?:необязательный|опциональный|необов['’]язковий)$/i],
  ['in', /^(?:расположение|местоположение|где передаётся|где передается|способ передачи)$/i],
  ['status', /^(?:код|код ответа|http-код|код состояния|статус)$/i],
  ['value', /^значение$/i],
  ['default', /^(?:по умолчанию|значение по умолчанию|за замовчуванням)$/i],
  ['example', /^(?:пример|пример значения|приклад)$/i],
  ['method', /^(?:метод|http-метод)$/i],
  ['url', /^(?:адрес|путь|эндпоинт|адреса|шлях)$/i],
];

/**
 * Korean header names (`파라미터 | 타입 | 필수 | 설명`, `이름 | 유형 | 필수 여부 | 기본값 | 설명`,
 * `필드 | 자료형 | 설명`), matched whole, as the English names are; a Required column's note in
 * parentheses after it (`필수 (Y/N)`) is no part of its name.
 */
const KOREAN_COLUMN_NAMES: ReadonlyArray<[ColumnRole, RegExp]> = [
  [
    'name',
    /^(?:파라미터|파라미터명|파라미터 이름|매개변수|매개변수명|매개변수 이름|이름|필드|필드명|필드 이름|키|속성|속성명|항목|항목명|인자|변수명|요청 변수|파라미터 키|헤더명|헤더 이름)$/,
  ],
  ['type', /^(?:타입|유형|자료형|데이터 타입|데이터 유형|데이터형|형식|값 타입)$/],
  ['description', /^(?:설명|비고|내용|상세 설명|항목 설명)$/],
  ['required', /^(?:필수|필수 여부|필수여부|필수값|필수 값|필수 항목)(?:\s*[(（][^()（）]{0,20}[)）])?$/],
  ['optional', /^(?:선택|선택 사항|선택적)$/],
  ['in', /^(?:위치|파라미터 위치|전달 위치|전달 방식)$/],
  ['status', /^(?:상태 코드|응답 코드|http 상태 코드|코드)$/i],
  ['value', /^값$/],
  ['default', /^(?:기본값|기본 값|디폴트|디폴트 값|기본 설정)$/],
  ['example', /^(?:예시|예시 값|예시값|예제|샘플|샘플 값)$/],
  ['method', /^(?:메서드|메소드|요청 방식|http 메서드)$/i],
  ['url', /^(?:요청 url|요청 주소|경로|주소|엔드포인트)$/i],
  ['constraints', /^(?:제약|제약 조건|제한|제한 사항)$/],
  ['minLength', /^(?:최소 길이)$/],
  ['maxLength', /^(?:최대 길이)$/],
  ['minimum', /^(?:최솟값|최소값|최소 값)$/],
  ['maximum', /^(?:최댓값|최대값|최대 값)$/],
];

/** The role a header names; `extra`: the user's column names (lower case) → role, tried first. */
function roleOf(header: string, extra?: Readonly<Record<string, string>>): ColumnRole | undefined {
  const text = headerText(header);
  const own = extra && Object.hasOwn(extra, text.toLowerCase()) ? extra[text.toLowerCase()] : undefined;
  if (own && (COLUMN_ROLES as readonly string[]).includes(own)) return own as ColumnRole;
  return namedRole(text) ?? slippedRole(text)?.role;
}

/** A header's words: blanks made one space, a closing colon left out (`Type:`, `Description :`). */
function headerText(header: string): string {
  return header.replace(/\s+/g, ' ').trim().replace(/\s*:$/, '');
}

function namedRole(text: string): ColumnRole | undefined {
  for (const [role, pattern] of COLUMN_NAMES) if (pattern.test(text)) return role;
  for (const [role, pattern] of LATIN_COLUMN_NAMES) if (pattern.test(text)) return role;
  for (const [role, pattern] of MORE_COLUMN_NAMES) if (pattern.test(text)) return role;
  // ASCII headers are the English names' alone.
  if (!/[\u0080-\uFFFF]/.test(text)) return undefined;
  for (const [role, pattern] of CJK_COLUMN_NAMES) if (pattern.test(text)) return role;
  for (const [role, pattern] of CYRILLIC_COLUMN_NAMES) if (pattern.test(text)) return role;
  for (const [role, pattern] of KOREAN_COLUMN_NAMES) if (pattern.test(text)) return role;
  return undefined;
}

/** Header words vendors misspell (`Paramter`, `Requried`, `Desciption`: `slips.ts`). */
const SLIPPED_WORDS = [
  'parameter',
  'property',
  'attribute',
  'argument',
  'description',
  'required',
  'mandatory',
  'optional',
  'default',
  'example',
  'location',
  'deprecated',
];

/** The role a header no pattern names would name with its misspelt words read as meant (`Paramter Name` → `parameter Name`). */
function slippedRole(text: string): { role: ColumnRole; read: string } | undefined {
  if (text.length < 6 || text.length > 60) return undefined;
  let changed = false;
  const words = text.split(' ').map((word) => {
    const meant = meantWord(word, SLIPPED_WORDS);
    if (!meant) return word;
    changed = true;
    return meant;
  });
  if (!changed) return undefined;
  const read = words.join(' ');
  const role = namedRole(read);
  return role ? { role, read } : undefined;
}

/** The header cells of `table` read as the header word they misspell: their column, as written and as read. */
export function misspeltHeaders(
  table: Table,
  extra?: Readonly<Record<string, string>>,
): Array<{ column: number; written: string; read: string }> {
  const found: Array<{ column: number; written: string; read: string }> = [];
  (table.children[0]?.children ?? []).forEach((cell, column) => {
    const text = headerText(plainText(cell));
    if (extra && Object.hasOwn(extra, text.toLowerCase())) return;
    if (namedRole(text)) return;
    const slipped = slippedRole(text);
    if (slipped) found.push({ column, written: text, read: slipped.read });
  });
  return found;
}

/** The role of each header cell, in column order (`undefined` for columns we do not read). */
export function columnRoles(table: Table, extra?: Readonly<Record<string, string>>): Array<ColumnRole | undefined> {
  const headers = (table.children[0]?.children ?? []).map((cell) => plainText(cell).replace(/\s+/g, ' ').trim());
  const roles = headers.map((header) => roleOf(header, extra));
  // Widdershins' `Status | Meaning | Description | Schema`: the Meaning is the status's reason
  // phrase (a link to its RFC), the Description the response's own words.
  const described = headers.some((header, index) => roles[index] === 'description' && /^description$/i.test(header));
  const read = described
    ? roles.map((role, index) => (role === 'description' && /^meaning$/i.test(headers[index]!) ? undefined : role))
    : roles;
  return accessTyped(table, conditionDescribed(headers, read));
}

/** A cell of a Type column that says how a field may be written, not what it holds. */
const ACCESS = /^(?:read[ -]?only|writ(?:e)?able|read[ /-]?write|computed)$/i;

/**
 * `| Attribute | Description | Type |` whose Type cells are all `readonly`, `writable` or `computed`:
 * the column says who may write each field, as a Read-only column would (`readonly` flags its row), and
 * states no type. A table of two body rows at least, where no other column is Read-only.
 */
function accessTyped(table: Table, roles: Array<ColumnRole | undefined>): Array<ColumnRole | undefined> {
  const at = roles.indexOf('type');
  const rows = table.children.slice(1);
  if (at < 0 || roles.includes('readOnly') || rows.length < 2) return roles;
  for (const row of rows) {
    const cell = row.children[at];
    if (!cell || !ACCESS.test(plainText(cell).trim())) return roles;
  }
  return roles.map((role, index) => (index === at ? 'readOnly' : role));
}

/** A status table's column of the conditions each status answers: `| Status | When |`, `| Code | Returned when |`. */
const CONDITION = /^(?:returned\s+)?(?:when|if)$/i;

/**
 * `| Status | When |` (also `Returned when`, `Returned if`): beside a status column, with no
 * description column, the condition is each status's description. Elsewhere the header is no column we read.
 */
function conditionDescribed(headers: readonly string[], roles: Array<ColumnRole | undefined>): Array<ColumnRole | undefined> {
  if (!roles.includes('status') || roles.includes('description')) return roles;
  const at = headers.findIndex(
    (header, index) => roles[index] === undefined && CONDITION.test(headerText(header)) && header.toLowerCase() !== 'if',
  );
  if (at < 0) return roles;
  return roles.map((role, index) => (index === at ? 'description' : role));
}
