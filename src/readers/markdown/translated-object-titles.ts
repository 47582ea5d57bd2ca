/**
 * Headings of references written in a European language that name one type, as English `## The
 * shelf object` does (`linked-sections.ts`' `titledTypeName`): the language's object word (its
 * article before it or none) then the name, or the name then the word where the language sets it so.
 *
 *     ## El objeto Libro · ## O objeto Livro · ## L'objet Livre · ## L'oggetto Libro   → `Libro`, `Livro`, …
 *     ## Objekt Buch · ## Das Buch-Objekt · ## Объект Book · ## Obiekt Lampa            → `Buch`, `Book`, `Lampa`
 *     ## Objek Rak · ## Đối tượng Kệ · ## Bahçe nesnesi                                  → `Rak`, `Kệ`, `Bahçe`
 *
 * One word, or a name in code: more words are a phrase (`Objeto de respuesta`, the response's
 * object), and a section's title word (`Objeto respuesta`) or a name in capitals alone (`Objeto
 * JSON`) names none.
 */
import { englishTitle } from './translated-titles.js';

/** A type's name: one word of any script's letters, in code or not. */
const NAME = '`?([\\p{L}_][\\p{L}\\p{N}_.]{0,60})`?';

/** The object word before the name, with the language's article (Spanish, Portuguese, French, Italian, German, Russian, Ukrainian, Polish, Indonesian, Vietnamese). */
const WORD_BEFORE = [
  '(?:el\\s+)?objeto',
  '(?:o\\s+)?objeto',
  "(?:l['’]\\s*)?objet",
  "(?:l['’]\\s*)?oggetto",
  '(?:das\\s+)?objekt',
  'объект',
  "об['’]єкт",
  'obiekt',
  'objek',
  'đối\\s+tượng',
];
/** The object word after the name: German's compound (`Buch-Objekt`), Turkish's `nesnesi`. */
const WORD_AFTER = ['-objekt', '\\s+objekt', '\\s+nesnesi'];

const BEFORE = new RegExp(`^(?:${WORD_BEFORE.join('|')})\\s+${NAME}$`, 'iu');
const AFTER = new RegExp(`^(?:das\\s+)?${NAME}(?:${WORD_AFTER.join('|')})$`, 'iu');

/** The type a European-language heading's text names (`El objeto Libro` → `Libro`), if it names one. */
export function translatedObjectTitle(text: string): { words: string } | undefined {
  const title = text.trim();
  if (title.length > 100) return undefined;
  const name = (BEFORE.exec(title) ?? AFTER.exec(title))?.[1];
  if (!name || /^[\p{Lu}\d_]+$/u.test(name) || englishTitle(name.toLowerCase()) !== name.toLowerCase()) return undefined;
  return { words: name };
}
