/**
 * What an operation returns, said in a European language, as "Returns a shelf object." says it in
 * English (`named-returns.ts`): the verb, an article, a list of it, the language's object word and
 * the type's name — in code, or a word after the object word (a bare word alone names no type:
 * "Devuelve un error." is prose).
 *
 *     Devuelve un objeto `Libro`.              Retorna uma lista de objetos `Livro`.
 *     Renvoie une liste d'objets `Livre`.      Restituisce un oggetto `Libro`.
 *     Gibt ein `Buch`-Objekt zurück.           Gibt eine Liste von `Buch`-Objekten zurück.
 *     Возвращает список объектов `Book`.       Zwraca obiekt `Book`.
 *     `Book` nesnesini döndürür.               `Book` nesnelerinin listesini döndürür.
 *
 * The words are carried to the merge, which types the response only where a page defines a type
 * of that name (merge/named-types.ts): nothing is invented from them.
 */

/** A type's name in code, and a word after the language's object word. */
const CODE = '`([A-Za-z_][\\w.]{0,60})`';
const WORD = '([\\p{L}_][\\p{L}\\p{N}_]{0,40})';

/** One language's sentence: its verbs, articles, the words of a list of the thing (then `of`) and its object word. */
interface Sentence {
  verb: string;
  article: string;
  list: string;
  object: string;
}

/** Spanish, Portuguese, French, Italian, Russian, Polish, Ukrainian, Indonesian, Vietnamese: verb, article, `list of`, object word, name. */
const SENTENCES: readonly Sentence[] = [
  {
    verb: 'devuelven?|retorna|regresa',
    article: 'un|una|el|la|los|las',
    list: '(?:lista|arreglo|array|colección)\\s+de',
    object: 'objetos?',
  },
  { verb: 'retorna|devolve|retornam', article: 'um|uma|o|a|os|as', list: '(?:lista|array|coleção)\\s+de', object: 'objetos?' },
  {
    verb: 'retourne|renvoie|retournent|renvoient',
    article: "un|une|le|la|les|l['’]",
    list: "(?:liste|tableau|collection)\\s+(?:de\\s+|d['’])",
    object: 'objets?',
  },
  {
    verb: 'restituisce|ritorna|restituiscono',
    article: "un|uno|una|il|lo|la|i|gli|le|l['’]",
    list: '(?:lista|elenco|array)\\s+di',
    object: 'oggett[oi]',
  },
  { verb: 'возвращает|возвращают', article: '', list: '(?:список|массив)', object: 'объект(?:ов|ы)?' },
  { verb: 'zwraca|zwracają', article: '', list: '(?:listę|tablicę)', object: 'obiekt(?:y|ów)?' },
  { verb: 'повертає|повертають', article: '', list: '(?:список|масив)', object: "об['’]єкт(?:и|ів)?" },
  { verb: 'mengembalikan', article: 'sebuah|satu', list: '(?:daftar|larik|array)', object: 'objek' },
  { verb: 'trả\\s+về', article: 'một|các', list: 'danh\\s+sách(?:\\s+các)?', object: 'đối\\s+tượng' },
];

/** The sentence of each: group 1 a list's words, 2 the name after the object word, 3 the name in code alone. */
const PATTERNS = SENTENCES.map(
  ({ verb, article, list, object }) =>
    new RegExp(
      `^(?:${verb})\\s+${article ? `(?:(?:${article})\\s*)?` : ''}(${list}\\s*)?(?:(?:${object})\\s+(?:${CODE}|${WORD})|${CODE})\\s*[.]?$`,
      'iu',
    ),
);

/** German: the name, then `-Objekt` (`Objekte`, `Objekten`), or `Objekt` then the name; `zurück` after the verb `gibt`. */
const GERMAN = new RegExp(
  `^(?:gibt|liefert)\\s+(?:(?:eine?[nmr]?|der|die|das|den|dem)\\s+)?((?:liste|array|sammlung)\\s+(?:von|mit|aus)\\s+)?(?:(?:${CODE}|${WORD})(?:-|\\s+)objekte?n?|objekte?n?\\s+(?:vom\\s+typ\\s+)?${CODE}|${CODE})(?:\\s+zurück)?\\s*[.]?$`,
  'iu',
);

/**
 * Turkish: the verb last, the name before the object word (`nesne` and its case endings), a list's
 * word after them: `` `Bahçe` nesnesini döndürür. ``, `` Bir `Bahçe` nesnesi döner. ``, `` `Bahçe`
 * nesnelerinin listesini döndürür. ``; a word alone names none (`Hata döndürür.`).
 */
const TURKISH_OBJECT = '(?:nesnesini|nesnesi|nesnelerini|nesneleri|nesnelerinin|nesnesinin)';
const TURKISH = new RegExp(
  `^(?:bir\\s+)?(?:${CODE}(?:\\s+${TURKISH_OBJECT})?|${WORD}\\s+${TURKISH_OBJECT})(\\s+(?:listesini|listesi|dizisini|dizisi))?\\s+(?:geri\\s+)?(?:döndürür|döndürülür|döner)\\s*[.]?$`,
  'iu',
);

/** The type words a sentence in one of these languages says the operation returns, if it names one so. */
export function translatedNamedReturn(text: string): { words: string; list: boolean } | undefined {
  if (text.length > 160) return undefined;
  for (const pattern of PATTERNS) {
    const found = pattern.exec(text);
    if (found) return { words: (found[2] ?? found[3] ?? found[4])!, list: found[1] !== undefined };
  }
  const german = GERMAN.exec(text);
  if (german) return { words: (german[2] ?? german[3] ?? german[4] ?? german[5])!, list: german[1] !== undefined };
  const turkish = TURKISH.exec(text);
  return turkish ? { words: (turkish[1] ?? turkish[2])!, list: turkish[3] !== undefined } : undefined;
}
