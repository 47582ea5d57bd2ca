/**
 * A body a request sample writes as a literal of its language, as the JSON it sends — read, never run:
 *
 *     { name: "Wren", sails: ['main', 'jib'], }       (JavaScript)  → {"name":"Wren","sails":["main","jib"]}
 *     {"name": "Lily", "deep": True, "fish": None}    (Python)      → {"name":"Lily","deep":true,"fish":null}
 *     @{ color = "red"; watts = 40; on = $true }      (PowerShell)  → {"color":"red","watts":40,"on":true}
 *
 * Strings, numbers, the language's true/false/null, objects and arrays (a PowerShell `@( … )`), keys
 * quoted or bare (a bare key only where the language allows it: JavaScript's and PowerShell's), a
 * trailing comma. Anything else — a variable, a call, a spread, a template with `${…}`, a comment, a
 * Python tuple — is code whose value the page does not state: undefined, no sample.
 */

export type ScriptLanguage = 'js' | 'python' | 'powershell';

const WORDS: Record<ScriptLanguage, Record<string, unknown>> = {
  js: { true: true, false: false, null: null },
  python: { True: true, False: false, None: null },
  powershell: { $true: true, $false: false, $null: null },
};

/** The JSON text of the literal `text` is (compact), or undefined where it is none. */
export function jsonOfLiteral(text: string, language: ScriptLanguage): string | undefined {
  const reader = new LiteralReader(text, language);
  try {
    const value = reader.value();
    reader.blank();
    return reader.atEnd() ? JSON.stringify(value) : undefined;
  } catch {
    return undefined;
  }
}

/** A string literal alone (`"https://…"`, `'…'`, a template without `${…}`) → its text; undefined otherwise. */
export function stringOfLiteral(text: string, language: ScriptLanguage): string | undefined {
  const trimmed = text.trim();
  if (!/^['"`]/.test(trimmed) || (trimmed.startsWith('`') && language !== 'js')) return undefined;
  const reader = new LiteralReader(trimmed, language);
  try {
    const value = reader.string();
    return reader.atEnd() ? value : undefined;
  } catch {
    return undefined;
  }
}

class NotLiteral extends Error {}

class LiteralReader {
  private at = 0;

  constructor(
    private readonly text: string,
    private readonly language: ScriptLanguage,
  ) {}

  atEnd(): boolean {
    return this.at >= this.text.length;
  }

  /** Spaces and line ends; PowerShell's `;` and line ends part a hashtable's entries, as commas do. */
  blank(): void {
    while (this.at < this.text.length && /\s/.test(this.text[this.at]!)) this.at++;
  }

  value(): unknown {
    this.blank();
    const c = this.text[this.at];
    if (c === undefined) throw new NotLiteral();
    if (this.language === 'powershell' && this.text.startsWith('@{', this.at)) {
      this.at += 2;
      return this.object('}');
    }
    if (this.language === 'powershell' && this.text.startsWith('@(', this.at)) {
      this.at += 2;
      return this.array(')');
    }
    if (c === '{' && this.language !== 'powershell') {
      this.at++;
      return this.object('}');
    }
    if (c === '[' && this.language !== 'powershell') {
      this.at++;
      return this.array(']');
    }
    if (c === '"' || c === "'" || (c === '`' && this.language === 'js')) return this.string();
    const number = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?(?![\w.])/.exec(this.text.slice(this.at, this.at + 40));
    if (number) {
      this.at += number[0].length;
      return Number(number[0]);
    }
    const word = /^\$?[A-Za-z_]\w*/.exec(this.text.slice(this.at, this.at + 40))?.[0];
    const words = WORDS[this.language];
    // PowerShell's words are the same whatever their case (`$True`).
    const key = word && (this.language === 'powershell' ? word.toLowerCase() : word);
    if (key !== undefined && Object.hasOwn(words, key)) {
      this.at += word!.length;
      return words[key];
    }
    throw new NotLiteral();
  }

  private object(close: string): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (;;) {
      this.separators();
      if (this.text[this.at] === close) {
        this.at++;
        return out;
      }
      const name = this.key();
      this.blank();
      const assign = this.language === 'powershell' ? '=' : ':';
      if (this.text[this.at] !== assign) throw new NotLiteral();
      this.at++;
      Object.defineProperty(out, name, { value: this.value(), enumerable: true, writable: true, configurable: true });
      const before = this.at;
      this.blank();
      const next = this.text[this.at];
      if (next === close || next === ',' || (this.language === 'powershell' && next === ';')) continue;
      // PowerShell parts entries by line ends too.
      if (this.language === 'powershell' && this.text.slice(before, this.at).includes('\n')) continue;
      throw new NotLiteral();
    }
  }

  private array(close: string): unknown[] {
    const out: unknown[] = [];
    for (;;) {
      this.blank();
      if (this.text[this.at] === close) {
        this.at++;
        return out;
      }
      out.push(this.value());
      this.blank();
      const next = this.text[this.at];
      if (next === ',') this.at++;
      else if (next !== close) throw new NotLiteral();
    }
  }

  /** Commas (JavaScript's, Python's) or semicolons (PowerShell's) between entries, and blanks. */
  private separators(): void {
    for (;;) {
      this.blank();
      const c = this.text[this.at];
      if (c === ',' || (c === ';' && this.language === 'powershell')) this.at++;
      else return;
    }
  }

  private key(): string {
    const c = this.text[this.at];
    if (c === '"' || c === "'") return this.string();
    // Python's keys are always written as values; JavaScript's and PowerShell's may be bare names.
    const bare = this.language === 'python' ? undefined : /^[A-Za-z_$][\w$-]*/.exec(this.text.slice(this.at, this.at + 200))?.[0];
    if (!bare || (this.language === 'js' && bare.includes('-'))) throw new NotLiteral();
    this.at += bare.length;
    return bare;
  }

  string(): string {
    const quote = this.text[this.at]!;
    let out = '';
    for (let i = this.at + 1; i < this.text.length; i++) {
      const c = this.text[i]!;
      if (c === quote) {
        // PowerShell doubles a quote inside its string (`'it''s'`).
        if (this.language === 'powershell' && this.text[i + 1] === quote) {
          out += quote;
          i++;
          continue;
        }
        this.at = i + 1;
        return out;
      }
      if (c === '\n' && quote !== '`') throw new NotLiteral();
      if (quote === '`' && c === '$' && this.text[i + 1] === '{') throw new NotLiteral();
      const escaper = this.language === 'powershell' ? (quote === '"' ? '`' : undefined) : '\\';
      if (c === escaper && i + 1 < this.text.length) {
        const next = this.text[++i]!;
        out += next === 'n' ? '\n' : next === 't' ? '\t' : next === 'r' ? '\r' : next;
        continue;
      }
      // A PowerShell double-quoted string expands `$name`: its value is not stated.
      if (this.language === 'powershell' && quote === '"' && c === '$' && /[\w{(]/.test(this.text[i + 1] ?? '')) throw new NotLiteral();
      out += c;
    }
    throw new NotLiteral();
  }
}
