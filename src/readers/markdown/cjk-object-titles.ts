/**
 * Headings of references written in Chinese or Japanese that name one type, as English `## The
 * order object` does (`linked-sections.ts`' `titledTypeName`): the type's name, then the language's
 * word for an object, a model, an entity or a structure, with or without a space.
 *
 *     ### 订单对象               → `订单`          ## Order 对象            → `Order`
 *     ### ユーザーオブジェクト   → `ユーザー`      ### 订单对象（Order）    → `Order` (the name in code the page gives it)
 *     ### 商品模型 / 商品实体 / 商品结构体 / 商品数据结构 / ユーザーモデル / ユーザーエンティティ
 *     ### 对象：Order / モデル: User                → `Order`, `User` (as `Resource: Shelf`)
 *
 * A part's own title is no type (`返回对象`, `响应结构`, `请求参数对象`: the words before the object's
 * word title a section, as `Response object` does), nor is a sentence or a long run of words.
 *
 * A body's title with the name of its type (`返回参数说明 (Order)`, `响应体：Order`, `请求体（CreateOrder）`)
 * is read as `Response body: Order` is: the section's fields are that named type's (`namedPartType`).
 */
import { englishTitle } from './translated-titles.js';

/** The languages' words for a type: object, entity, model, structure (the data structure, the structure of a type). */
const OBJECT_WORD =
  '(?:对象|對象|实体|實體|模型|结构体|結構體|数据结构|數據結構|结构|結構|オブジェクト|モデル|エンティティ|構造体|データ構造|객체|오브젝트|모델|엔티티|구조체)';

/** A type's name written in the language: its letters (Han, kana, `ー`, Hangul), a few at most. */
const NATIVE_NAME = '[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}ー]{1,16}?';
/** A type's name in code: `Order`, `order_item`, `Order Item` (up to four words, as English headings name one). */
const CODE_NAME = '[A-Za-z_][\\w.]{0,60}(?: [A-Za-z_][\\w.]{0,60}){0,3}';

/** `订单对象`, `Order 对象`, `` `Order` 对象 ``, `订单对象（Order）`, `订单（Order）对象`. */
const NAME_OBJECT = new RegExp(
  `^(?:\`?(${CODE_NAME})\`?|(${NATIVE_NAME})(?:[(（]\\s*\`?(${CODE_NAME})\`?\\s*[)）])?)\\s*${OBJECT_WORD}(?:\\s*[(（]\\s*\`?(${CODE_NAME})\`?\\s*[)）])?$`,
  'u',
);
/** `对象：Order`, `モデル: User`. */
const OBJECT_COLON_NAME = new RegExp(`^${OBJECT_WORD}\\s*[:：]\\s*\`?([A-Za-z_][\\w.]{0,60})\`?$`, 'u');

/**
 * Words before the object's word that say which objects, not whose (common, nested, related, other),
 * or what of the data (its result, content, fields)
 * (`公共对象`, `嵌套对象`, `データモデル`: a heading over several types, or a field's).
 */
const NO_NAMES = new Set(
  '数据 数据的 结果 内容 信息 字段 状态 公共 通用 基础 基本 共通 共用 其他 其它 全局 嵌套 子 相关 常用 业务 返回的 请求的 データ 結果 その他 関連 ネスト 共通の 데이터 결과 내용 정보 필드 상태 공통 기본 기타 중첩 하위 관련 응답 요청'.split(
    ' ',
  ),
);

/** Words of the scripts these titles are written in: a title with none is English's (`linked-sections.ts`). */
const CJK = /[\u3040-\u30FF\u3400-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFFEF]/;

/** The type a Chinese or Japanese heading's text names (`订单对象` → `订单`, `Order Item 对象` → `Order Item`: the caller cases it), if it names one. */
export function cjkObjectTitle(text: string): { words: string } | undefined {
  const title = text.trim();
  if (title.length > 120 || !CJK.test(title)) return undefined;
  const colon = OBJECT_COLON_NAME.exec(title);
  if (colon) return { words: colon[1]! };
  const named = NAME_OBJECT.exec(title);
  if (!named) return undefined;
  const [, code, native, inner, after] = named;
  // `返回对象`, `请求参数结构`: a part's title (`Response object`), its words a section's (`translated-titles.ts`).
  if (native && (NO_NAMES.has(native) || englishTitle(native) !== native)) return undefined;
  return { words: inner ?? after ?? code ?? native! };
}

/** A note in parentheses after a body's title that is no type's name: where the values go, their format. */
const PART_NOTES = /^(?:body|query|path|header|headers|form|form-?data|data|json|xml|params|parameters|object|array|list|string)$/i;

/** `返回参数说明 (Order)`, `响应体：Order`, `请求体（CreateOrder）`: the body's title and the name of its type. */
const TITLE_WITH_NAME = /^(.+?)\s*(?:[(（]\s*`?([A-Za-z_][\w.]{0,60})`?\s*[)）]|[:：]\s*`?([A-Za-z_][\w.]{0,60})`?)$/u;

/**
 * A Chinese or Japanese body title and the type it names (`返回参数说明 (Order)` → `返回参数说明`,
 * `Order`): the name in code, capitalised as a type's; a location's or format's note (`（Body）`,
 * `(JSON)`), a word in capitals alone, and a title with no such name are none.
 */
export function cjkTitleTypeName(text: string): { title: string; name: string } | undefined {
  const trimmed = text.trim();
  if (trimmed.length > 160 || !CJK.test(trimmed)) return undefined;
  const found = TITLE_WITH_NAME.exec(trimmed);
  const name = found && (found[2] ?? found[3]);
  if (!found || !name || !CJK.test(found[1]!)) return undefined;
  if (!/^[A-Z]/.test(name) || /^[A-Z\d_]+$/.test(name) || PART_NOTES.test(name)) return undefined;
  return { title: found[1]!, name };
}

/** What an operation returns, said in Chinese: `返回一个书架对象。`, `成功时返回 Order 对象`, `返回书架对象列表`. */
const CHINESE_RETURN = new RegExp(
  `^(?:(?:调用|请求)?成功(?:时|后)?[，,]?\\s*)?(?:将|会)?返回(?:一个|一条|该|新的|新建的|更新后的|创建的)?\\s*(?:\`?(${CODE_NAME})\`?|(${NATIVE_NAME}))\\s*(?:对象|實體|实体|對象)?(列表|数组|数組|集合)?\\s*[。.]?$`,
  'u',
);
/** The same in Japanese: `ユーザーオブジェクトを返します。`, `User オブジェクトのリストを返します`, `…が返されます`. */
const JAPANESE_RETURN = new RegExp(
  `^(?:\`?(${CODE_NAME})\`?|(${NATIVE_NAME}))\\s*(?:オブジェクト)?(?:の(リスト|配列|一覧))?(?:を返(?:します|す|却します)|が返(?:されます|ります))\\s*[。.]?$`,
  'u',
);

/**
 * The same in Korean: `서가 객체를 반환합니다.`, `` `Order` 객체의 목록을 반환합니다 ``, `Order을(를) 반환합니다`,
 * `성공 시 생성된 주문 객체가 반환됩니다`: the name, its object word, a list of it, the object particle
 * (`을`, `를`, `을(를)`; `이`/`가` before the passive) and the verb.
 */
const KOREAN_RETURN = new RegExp(
  `^(?:성공\\s*(?:시|하면)\\s*,?\\s*)?(?:(?:생성된|수정된|갱신된|업데이트된|새|새로운|해당)\\s+)?(?:\`?(${CODE_NAME})\`?|(${NATIVE_NAME}))\\s*(?:객체|오브젝트)?\\s*(?:의\\s*)?(목록|리스트|배열)?\\s*(?:을\\s*\\(\\s*를\\s*\\)|를\\s*\\(\\s*을\\s*\\)|을|를|이|가)\\s*(?:반환(?:합니다|한다|됩니다|된다)|리턴(?:합니다|한다)|돌려줍니다)\\s*[.。]?$`,
  'u',
);

/**
 * The type words a Chinese, Japanese or Korean sentence says the operation returns (`返回一个书架对象。` →
 * `书架`; `返回书架对象列表` a list of it), as "Returns a shelf object." says (`named-returns.ts`).
 */
export function cjkNamedReturn(text: string): { words: string; list: boolean } | undefined {
  if (text.length > 120 || !CJK.test(text)) return undefined;
  const found = CHINESE_RETURN.exec(text) ?? JAPANESE_RETURN.exec(text) ?? KOREAN_RETURN.exec(text);
  if (!found) return undefined;
  const words = (found[1] ?? found[2])!;
  if (NO_NAMES.has(words) || englishTitle(words) !== words) return undefined;
  return { words, list: found[3] !== undefined };
}
