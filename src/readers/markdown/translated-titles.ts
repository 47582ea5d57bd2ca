/**
 * Section titles of references written in Chinese, Japanese or Korean (`KOREAN_MEANINGS`; and in Spanish, Portuguese, French,
 * German or Italian: `LATIN_MEANINGS`; in Russian: `CYRILLIC_MEANINGS`) → the English title they mean, so a
 * title is read wherever its English one is (`section-titles.ts`, and the passes that test a
 * normalised title: `response`, `errors`, `request url`…):
 *
 *     ### 请求参数 / ### パラメータ          → request parameters (rows placed by route and method)
 *     ### 路径参数 / ### パスパラメータ      → path parameters
 *     ### 返回参数 / ## レスポンス           → response parameters / response
 *     ### 返回示例 / ### レスポンス例        → example response
 *     ### 错误码 / ## エラー                 → errors (aside)
 *
 * Matched whole, after the title's normalising (lower case: `Body参数` is `body参数`); a numbered
 * title's `一、` / `1、` is no part of it. A title not listed stays as written.
 */

const MEANINGS: ReadonlyArray<[string, string[]]> = [
  ['path parameters', ['路径参数', '路径变量', 'path参数', 'パスパラメータ', 'パスパラメーター', 'パス変数']],
  [
    'query parameters',
    ['查询参数', 'query参数', '查询字符串参数', '请求查询参数', 'クエリパラメータ', 'クエリパラメーター', 'クエリ文字列'],
  ],
  [
    'request headers',
    [
      '请求头',
      '请求头参数',
      '请求头部',
      '请求header',
      'header参数',
      'headers参数',
      'リクエストヘッダー',
      'リクエストヘッダ',
      'ヘッダー',
      'ヘッダ',
      'ヘッダーパラメータ',
    ],
  ],
  [
    'request parameters',
    [
      '请求参数',
      '请求参数说明',
      '参数',
      '参数说明',
      '参数列表',
      '输入参数',
      '入参',
      'パラメータ',
      'パラメーター',
      'リクエストパラメータ',
      'リクエストパラメーター',
      '引数',
      '入力パラメータ',
    ],
  ],
  [
    'request body',
    [
      '请求体',
      '请求体参数',
      '请求体说明',
      '请求body',
      'body参数',
      '请求正文',
      '请求报文',
      'リクエストボディ',
      'リクエストボディー',
      'リクエスト本文',
      'ボディ',
    ],
  ],
  [
    'status codes',
    [
      '状态码',
      '状态码说明',
      'http状态码',
      'http状态码说明',
      '响应状态码',
      '返回状态码',
      '响应码',
      'ステータスコード',
      'ステータスコード一覧',
      'httpステータスコード',
      'レスポンスコード',
    ],
  ],
  [
    'response parameters',
    [
      '返回参数',
      '返回参数说明',
      '响应参数',
      '响应参数说明',
      '出参',
      '输出参数',
      '返回字段',
      '返回字段说明',
      '响应字段',
      '响应字段说明',
      '返回说明',
      '返回结果说明',
      '响应说明',
      '出参说明',
      '输出参数说明',
      'レスポンスパラメータ',
      'レスポンスパラメーター',
      'レスポンス項目',
      'レスポンスフィールド',
    ],
  ],
  ['response body', ['响应体', '返回体', 'レスポンスボディ', 'レスポンスボディー']],
  // The response's shape, no type of that name (`Response object`): `cjk-object-titles.ts` names none by them.
  ['response object', ['返回对象', '响应对象', '返回结构', '响应结构', '返回数据结构', '响应数据结构', 'レスポンスオブジェクト']],
  ['response', ['响应', '返回', '返回结果', '响应结果', '返回数据', '响应数据', '响应内容', '返回内容', 'レスポンス', '応答']],
  ['return value', ['返回值', '返回值说明', '戻り値']],
  ['request', ['请求', 'リクエスト']],
  [
    'example request',
    [
      '请求示例',
      '示例请求',
      '请求样例',
      '请求例子',
      '请求参数示例',
      '请求报文示例',
      '请求体示例',
      '调用示例',
      'リクエスト例',
      'リクエストの例',
      'リクエストサンプル',
      'サンプルリクエスト',
    ],
  ],
  ['example', ['示例', '例子', '样例', '示例代码', '例', '使用例', '実行例', 'サンプル', 'サンプルコード']],
  [
    'example response',
    [
      '返回示例',
      '响应示例',
      '示例响应',
      '返回样例',
      '响应样例',
      '返回结果示例',
      '响应结果示例',
      '返回值示例',
      '返回参数示例',
      '响应参数示例',
      '返回报文示例',
      '响应体示例',
      '返回数据示例',
      '成功示例',
      '成功返回示例',
      '成功响应示例',
      '正确返回示例',
      'レスポンス例',
      'レスポンスの例',
      'レスポンスサンプル',
      'サンプルレスポンス',
      '応答例',
      '出力例',
      'レスポンスボディ例',
    ],
  ],
  ['success response', ['成功响应', '成功返回']],
  ['result', ['実行結果', '結果']],
  ['response headers', ['响应头', '返回头', '响应头参数', 'レスポンスヘッダー', 'レスポンスヘッダ']],
  ['request url', ['接口地址', '请求地址', '请求url', '接口url', '请求路径', '接口路径', 'リクエストurl']],
  ['http method', ['请求方式', '请求方法', 'http方法', 'メソッド', 'httpメソッド']],
  ['http request', ['http请求', 'httpリクエスト']],
  ['endpoint', ['エンドポイント']],
  ['description', ['接口说明', '接口描述', '功能说明', '功能描述', '说明', '描述', '简介', '概述', '説明', '概要', '詳細']],
  ['notes', ['注意', '注意事项', '备注', '注意事項', '備考']],
  ['errors', ['错误码', '错误码说明', '错误代码', '错误', '错误信息', '错误响应', 'エラー', 'エラーコード', 'エラーレスポンス']],
  ['permissions', ['权限', '权限说明', '権限']],
  ['change log', ['更新日志', '变更记录', '修订记录', '版本历史', '変更履歴', '更新履歴']],
  ['see also', ['参见', '另请参见', '相关链接', '関連項目', '参照']],
  ['authentication', ['鉴权', '认证', '认证方式', '鉴权方式', '身份验证', '認証']],
];

/**
 * Korean titles (lower case, matched whole, as the Chinese and Japanese ones are): `### 요청 파라미터`
 * → request parameters, `### 경로 파라미터` → path parameters, `### 요청 본문` → request body, `### 응답
 * 예시` → example response, `### 에러 코드` → errors (aside).
 */
const KOREAN_MEANINGS: ReadonlyArray<[string, string[]]> = [
  ['path parameters', ['경로 파라미터', '경로 매개변수', '경로 변수', '패스 파라미터', 'path 파라미터']],
  ['query parameters', ['쿼리 파라미터', '쿼리 매개변수', '쿼리 스트링', '쿼리 문자열', 'query 파라미터']],
  ['request headers', ['요청 헤더', '헤더', '헤더 파라미터', 'header 파라미터']],
  ['request parameters', ['요청 파라미터', '요청 매개변수', '요청 변수', '요청 인자', '입력 파라미터', '파라미터', '매개변수', '인자']],
  ['request body', ['요청 본문', '요청 바디', '요청 body', '본문 파라미터', '바디 파라미터', 'body 파라미터', '요청 본문 파라미터']],
  ['status codes', ['응답 코드', '상태 코드', 'http 상태 코드', '응답 상태 코드']],
  ['response parameters', ['응답 파라미터', '응답 매개변수', '응답 필드', '응답 항목', '반환 파라미터', '반환 필드', '출력 파라미터']],
  ['response body', ['응답 본문', '응답 바디', '응답 body']],
  ['response object', ['응답 객체', '응답 구조', '반환 객체']],
  ['response', ['응답', '반환', '응답 결과', '응답 데이터', '반환 결과', '결과']],
  ['return value', ['반환값', '반환 값', '리턴값']],
  ['request', ['요청']],
  ['example request', ['요청 예시', '요청 예제', '예시 요청', '요청 샘플', '호출 예시', '요청 예']],
  ['example', ['예시', '예제', '샘플', '사용 예', '사용 예시']],
  ['example response', ['응답 예시', '응답 예제', '예시 응답', '응답 샘플', '반환 예시', '성공 응답 예시', '응답 예']],
  ['success response', ['성공 응답']],
  ['response headers', ['응답 헤더']],
  ['request url', ['요청 url', '요청 주소', '요청 경로', 'api 주소', '호출 url']],
  ['http method', ['요청 방식', '요청 메서드', '요청 메소드', 'http 메서드', '메서드', '메소드']],
  ['endpoint', ['엔드포인트']],
  ['description', ['설명', 'api 설명', '기능 설명', '상세 설명', '개요']],
  ['notes', ['참고', '참고 사항', '주의', '주의사항', '주의 사항', '비고']],
  ['errors', ['에러 코드', '오류 코드', '에러', '오류', '에러 응답', '오류 응답']],
  ['permissions', ['권한']],
  ['change log', ['변경 이력', '변경 내역', '업데이트 내역']],
  ['see also', ['참고 항목', '관련 항목']],
  ['authentication', ['인증', '인증 방식']],
];

const ENGLISH = new Map<string, string>(
  [...MEANINGS, ...KOREAN_MEANINGS].flatMap(([english, titles]) => titles.map((title): [string, string] => [title, english])),
);

/**
 * Spanish, Portuguese, French, German and Italian titles (lower case, as normalised), matched whole:
 * `### Parámetros de consulta` → query parameters, `## Resposta` → response, `### Beispielantwort`
 * → example response. A word English titles share (`Description`, `Parameter`) needs none.
 */
const LATIN_MEANINGS: ReadonlyArray<[string, string[]]> = [
  [
    'path parameters',
    [
      'parámetros de ruta',
      'parametros de ruta',
      'parâmetros de caminho',
      'parâmetros de rota',
      'parametros de rota',
      'paramètres de chemin',
      'pfadparameter',
      'parametri di percorso',
      'parametri del percorso',
      'parámetros de la ruta',
      'parámetros de url',
      'parâmetros de path',
      'parâmetros da url',
      'paramètres d’url',
      "paramètres d'url",
      'paramètres de chemin d’accès',
      "paramètres de chemin d'accès",
      'pfad-parameter',
    ],
  ],
  [
    'query parameters',
    [
      'parámetros de consulta',
      'parametros de consulta',
      'parâmetros de consulta',
      'paramètres de requête',
      'paramètres de la requête',
      'abfrageparameter',
      'parametri di query',
      'parametri della query',
      'parámetros de la consulta',
      'parámetros de query',
      'parâmetros de query',
      'parâmetros da query',
      'paramètres de chaîne de requête',
      'query-parameter',
      'abfrage-parameter',
    ],
  ],
  [
    'request headers',
    [
      'encabezados',
      'cabeceras',
      'parámetros de encabezado',
      'encabezados de la solicitud',
      'cabeçalhos',
      'cabecalhos',
      'parâmetros de cabeçalho',
      'cabeçalhos da requisição',
      'en-têtes',
      'en-têtes de la requête',
      'paramètres d’en-tête',
      "paramètres d'en-tête",
      'kopfzeilen',
      'header-parameter',
      'anfrage-header',
      'intestazioni',
      'parametri di intestazione',
      'intestazioni della richiesta',
    ],
  ],
  ['request parameters', ['parámetros', 'parametros', 'parâmetros', 'paramètres', 'parametri']],
  [
    'request body',
    [
      'cuerpo de la solicitud',
      'cuerpo de la petición',
      'cuerpo de la peticion',
      'corpo da requisição',
      'corpo da requisicao',
      'corpo da solicitação',
      'corps de la requête',
      'anfragekörper',
      'corpo della richiesta',
    ],
  ],
  [
    'response parameters',
    [
      'parámetros de respuesta',
      'campos de respuesta',
      'parâmetros de resposta',
      'campos da resposta',
      'paramètres de réponse',
      'champs de la réponse',
      'antwortparameter',
      'antwortfelder',
      'parametri di risposta',
      'campi della risposta',
    ],
  ],
  ['response', ['respuesta', 'resposta', 'réponse', 'antwort', 'risposta']],
  ['responses', ['respuestas', 'respostas', 'réponses', 'antworten', 'risposte']],
  ['request', ['solicitud', 'petición', 'peticion', 'requisição', 'requisicao', 'solicitação', 'requête', 'anfrage', 'richiesta']],
  [
    'example request',
    [
      'ejemplo de solicitud',
      'ejemplo de petición',
      'exemplo de requisição',
      'exemplo de solicitação',
      'exemple de requête',
      'beispielanfrage',
      'esempio di richiesta',
    ],
  ],
  ['example response', ['ejemplo de respuesta', 'exemplo de resposta', 'exemple de réponse', 'beispielantwort', 'esempio di risposta']],
  ['example', ['ejemplo', 'exemplo', 'exemple', 'beispiel', 'esempio']],
  // Not German's one word `Statuscodes`: OCS references title their API's own codes so (`ocs-arguments.test.ts`).
  [
    'status codes',
    [
      'códigos de estado',
      'codigos de estado',
      'códigos de respuesta',
      'códigos de status',
      'códigos de resposta',
      'codes de statut',
      'codes de réponse',
      'codes http',
      'codici di stato',
      'codici di risposta',
      'antwortcodes',
      'http-statuscodes',
    ],
  ],
  ['errors', ['errores', 'erros', 'erreurs', 'fehler', 'errori']],
  ['description', ['descripción', 'descripcion', 'descrição', 'descricao', 'beschreibung', 'descrizione']],
  ['authentication', ['autenticación', 'autenticação', 'authentification', 'authentifizierung', 'autenticazione']],
];

/**
 * Russian titles (lower case, matched whole): `### Параметры пути` → path parameters, `### Тело
 * запроса` → request body, `### Пример ответа` → example response. `Параметры запроса` ("the
 * request's parameters") is Russian's title for query parameters and for all of them alike: its rows
 * are placed by route and method, as `Request parameters` are.
 */
const CYRILLIC_MEANINGS: ReadonlyArray<[string, string[]]> = [
  ['path parameters', ['параметры пути', 'параметры в пути', 'path-параметры', 'параметры url', 'параметры маршрута']],
  ['query parameters', ['query-параметры', 'параметры строки запроса', 'параметры query', 'get-параметры']],
  ['request headers', ['заголовки', 'заголовки запроса', 'http-заголовки']],
  ['request parameters', ['параметры', 'параметры запроса', 'входные параметры', 'аргументы', 'параметры метода']],
  ['request body', ['тело запроса', 'параметры тела запроса', 'поля тела запроса', 'тело']],
  ['response parameters', ['параметры ответа', 'поля ответа', 'выходные параметры', 'структура ответа', 'формат ответа']],
  ['response body', ['тело ответа']],
  ['response', ['ответ', 'ответы', 'ответ сервера']],
  ['return value', ['возвращаемое значение', 'возвращаемые значения', 'возвращаемые данные']],
  ['request', ['запрос']],
  ['example request', ['пример запроса', 'примеры запросов', 'пример вызова']],
  ['example response', ['пример ответа', 'примеры ответов', 'пример успешного ответа']],
  ['example', ['пример', 'примеры']],
  ['status codes', ['коды ответа', 'коды ответов', 'коды состояния', 'http-коды', 'http-коды ответа', 'коды статуса']],
  ['errors', ['ошибки', 'коды ошибок', 'возможные ошибки']],
  ['description', ['описание']],
  ['notes', ['примечание', 'примечания']],
  ['authentication', ['аутентификация', 'авторизация']],
  ['see also', ['см. также', 'смотрите также']],
];

/**
 * Polish, Turkish, Indonesian and Vietnamese titles (lower case, matched whole): `### Parametry
 * zapytania` / `### Sorgu parametreleri` / `### Parameter kueri` / `### Tham số truy vấn` → query
 * parameters, `### Treść żądania` / `### İstek gövdesi` / `### Body permintaan` / `### Nội dung yêu
 * cầu` → request body. Ukrainian's beside Russian's (`Параметри шляху`, `Тіло запиту`).
 */
const MORE_MEANINGS: ReadonlyArray<[string, string[]]> = [
  [
    'path parameters',
    [
      'parametry ścieżki',
      'parametry path',
      'yol parametreleri',
      'path parametreleri',
      'parameter path',
      'parameter jalur',
      'tham số đường dẫn',
      'tham số path',
      'параметри шляху',
    ],
  ],
  [
    'query parameters',
    [
      'parametry zapytania',
      'parametry query',
      'sorgu parametreleri',
      'query parametreleri',
      'parameter query',
      'parameter kueri',
      'tham số truy vấn',
      'tham số query',
    ],
  ],
  [
    'request headers',
    [
      'nagłówki',
      'nagłówki żądania',
      'başlıklar',
      'istek başlıkları',
      'header parametreleri',
      'header permintaan',
      'parameter header',
      'tham số header',
      'заголовки запиту',
    ],
  ],
  [
    'request parameters',
    [
      'parametry',
      'parametry żądania',
      'parametreler',
      'istek parametreleri',
      'parameter permintaan',
      'parameter request',
      'tham số',
      'tham số yêu cầu',
      'tham số đầu vào',
      'параметри',
      'параметри запиту',
    ],
  ],
  [
    'request body',
    [
      'treść żądania',
      'ciało żądania',
      'istek gövdesi',
      'body permintaan',
      'isi permintaan',
      'nội dung yêu cầu',
      'body yêu cầu',
      'тіло запиту',
    ],
  ],
  [
    'response parameters',
    [
      'parametry odpowiedzi',
      'pola odpowiedzi',
      'yanıt parametreleri',
      'yanıt alanları',
      'cevap parametreleri',
      'parameter respons',
      'parameter response',
      'tham số trả về',
      'tham số phản hồi',
      'dữ liệu trả về',
      'параметри відповіді',
      'поля відповіді',
    ],
  ],
  [
    'response body',
    [
      'treść odpowiedzi',
      'ciało odpowiedzi',
      'yanıt gövdesi',
      'body respons',
      'body response',
      'isi respons',
      'nội dung phản hồi',
      'body phản hồi',
      'тіло відповіді',
    ],
  ],
  [
    'response',
    ['odpowiedź', 'odpowiedzi', 'yanıt', 'yanıtlar', 'cevap', 'respons', 'respon', 'tanggapan', 'phản hồi', 'kết quả trả về', 'відповідь'],
  ],
  ['request', ['żądanie', 'istek', 'permintaan', 'yêu cầu', 'запит']],
  [
    'example request',
    [
      'przykład żądania',
      'przykładowe żądanie',
      'örnek istek',
      'istek örneği',
      'przykładowe zapytanie',
      'contoh permintaan',
      'contoh request',
      'ví dụ yêu cầu',
      'ví dụ request',
      'приклад запиту',
    ],
  ],
  [
    'example response',
    [
      'przykład odpowiedzi',
      'przykładowa odpowiedź',
      'örnek yanıt',
      'örnek cevap',
      'yanıt örneği',
      'cevap örneği',
      'contoh respons',
      'contoh respon',
      'contoh response',
      'ví dụ phản hồi',
      'ví dụ response',
      'ví dụ kết quả trả về',
      'приклад відповіді',
    ],
  ],
  ['example', ['przykład', 'örnek', 'contoh', 'ví dụ', 'приклад']],
  [
    'status codes',
    [
      'kody odpowiedzi',
      'kody statusu',
      'kody stanu',
      'kody http',
      'durum kodları',
      'http durum kodları',
      'yanıt kodları',
      'kode status',
      'kode respons',
      'kode response',
      'kode http',
      'mã trạng thái',
      'mã phản hồi',
      'mã http',
      'коди відповіді',
      'коди стану',
    ],
  ],
  [
    'errors',
    [
      'błędy',
      'kody błędów',
      'hatalar',
      'hata kodları',
      'kesalahan',
      'kode kesalahan',
      'kode error',
      'mã lỗi',
      'lỗi',
      'помилки',
      'коди помилок',
    ],
  ],
  ['description', ['opis', 'açıklama', 'deskripsi', 'keterangan', 'mô tả', 'опис']],
  ['authentication', ['uwierzytelnianie', 'kimlik doğrulama', 'autentikasi', 'otentikasi', 'xác thực', 'автентифікація']],
];

const LATIN = new Map<string, string>(
  [...LATIN_MEANINGS, ...CYRILLIC_MEANINGS, ...MORE_MEANINGS].flatMap(([english, titles]) =>
    titles.map((title): [string, string] => [title, english]),
  ),
);

/** A numbered title's `一、`, `1、`, `1．`: no part of what it titles (a number in parentheses, `（一）`, went with them). */
const CJK_NUMBER = /^(?:\d{1,3}|[一二三四五六七八九十]{1,3})[、．]\s*/;

/** A title of words and a status after them (`响应 200`, `レスポンス 204`), or a status then its reason in words (`200 成功`). */
const WORDS_STATUS = /^(\S+?) ?(\d{3})$/;
const STATUS_WORDS = /^(\d{3}):? ?([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]+|\p{Script=Hangul}+)$/u;

/** A title of words then a status (`respuesta 201`, `antwort 200`, `ответ 200`), as `Response 201` is. */
const LATIN_WORDS_STATUS = /^(.+) (\d{3})$/;

/** The English title a European-language title means, a status after it kept (`respuesta 201` → `response 201`). */
function latinTitle(title: string): string | undefined {
  const known = LATIN.get(title);
  if (known) return known;
  const status = LATIN_WORDS_STATUS.exec(title);
  const words = status ? LATIN.get(status[1]!) : undefined;
  return words && status ? `${words} ${status[2]}` : undefined;
}

/** The English title a normalised Chinese, Japanese or Korean title means, or the title itself. */
export function englishTitle(title: string): string {
  // Turkish's `İ` lower-cased is `i` and a combining dot (`İstek gövdesi` → `i̇stek gövdesi`).
  if (!/[\u3000-\u9FFF\uAC00-\uD7AF\uFF00-\uFFEF]/.test(title))
    return latinTitle(title) ?? latinTitle(title.replace(/\u0307/g, '')) ?? title;
  const bare = title.replace(CJK_NUMBER, '');
  const known = ENGLISH.get(bare);
  if (known) return known;
  // `响应 200` → `response 200`; `200 成功` → `200 response` (its reason phrase, in words English titles do not hold).
  const status = WORDS_STATUS.exec(bare);
  const words = status ? ENGLISH.get(status[1]!) : undefined;
  if (status && words) return `${words} ${status[2]}`;
  const reason = STATUS_WORDS.exec(bare);
  return reason ? `${reason[1]} response` : title;
}
