/**
 * A reader of HCL's structure (Terraform's `.tf` files): blocks with their type, labels and body,
 * and each attribute's expression as written, with its line. It evaluates nothing; callers read
 * the few string literals and references they need from the expressions. Comments (`#`, `//`,
 * block comments), strings with `${...}` templates, and heredocs are skipped as HCL defines them,
 * so a `{` or `=` inside one never opens a block or an attribute.
 */

export interface HclAttribute {
  /** The expression's source text, trimmed. */
  expr: string;
  line: number;
}

export interface HclBody {
  attributes: Map<string, HclAttribute>;
  blocks: HclBlock[];
}

export interface HclBlock extends HclBody {
  type: string;
  labels: string[];
  line: number;
}

/** A file's top-level body, or the first problem that stopped the reader (with what was read before it). */
export function readHcl(text: string): { body: HclBody; error?: string } {
  const reader = new Reader(text);
  try {
    return { body: reader.body(false) };
  } catch (error) {
    if (!(error instanceof HclError)) throw error;
    return { body: reader.partial, error: error.message };
  }
}

/** An attribute of a block, or of a nested block along `path` (`build_config.runtime`). */
export function attributeAt(body: HclBody, path: string): HclAttribute | undefined {
  const names = path.split('.');
  let at: HclBody | undefined = body;
  for (const name of names.slice(0, -1)) at = at?.blocks.find((b) => b.type === name);
  return at?.attributes.get(names.at(-1)!);
}

class HclError extends Error {}

const IDENT = /[A-Za-z_][\w-]*/y;
const HEREDOC = /<<-?([A-Za-z_][\w-]*)[ \t]*\r?\n/y;

class Reader {
  private i = 0;
  private line = 1;
  /** The top-level body as far as it was read: kept when a later block is malformed. */
  partial: HclBody = { attributes: new Map(), blocks: [] };

  constructor(private readonly text: string) {}

  body(nested: boolean): HclBody {
    const body: HclBody = nested ? { attributes: new Map(), blocks: [] } : this.partial;
    for (;;) {
      this.skipSpace(true);
      const c = this.text[this.i];
      if (c === undefined) {
        if (nested) throw this.fail('a block is not closed');
        return body;
      }
      if (c === '}') {
        if (!nested) throw this.fail('unexpected `}`');
        this.i++;
        return body;
      }
      const line = this.line;
      const name = this.ident();
      this.skipSpace(false);
      if (this.text[this.i] === '=' && this.text[this.i + 1] !== '=') {
        this.i++;
        body.attributes.set(name, { expr: this.expression(), line });
        continue;
      }
      const labels: string[] = [];
      for (;;) {
        this.skipSpace(false);
        const d = this.text[this.i];
        if (d === '{') break;
        if (d === '"') labels.push(this.string().slice(1, -1));
        else if (d !== undefined && /[A-Za-z_]/.test(d)) labels.push(this.ident());
        else throw this.fail(`expected \`=\` or a block after \`${name}\``);
      }
      this.i++;
      body.blocks.push({ type: name, labels, line, ...this.body(true) });
    }
  }

  private fail(message: string): HclError {
    return new HclError(`line ${this.line}: ${message}`);
  }

  private ident(): string {
    IDENT.lastIndex = this.i;
    const m = IDENT.exec(this.text);
    if (!m) throw this.fail(`unexpected \`${this.text[this.i]}\``);
    this.i += m[0].length;
    return m[0];
  }

  /** Whitespace and comments; newlines too when `newlines`. */
  private skipSpace(newlines: boolean): void {
    for (;;) {
      const c = this.text[this.i];
      if (c === ' ' || c === '\t' || c === '\r' || (c === '\n' && newlines)) {
        if (c === '\n') this.line++;
        this.i++;
      } else if (c === '#' || (c === '/' && this.text[this.i + 1] === '/')) {
        while (this.i < this.text.length && this.text[this.i] !== '\n') this.i++;
      } else if (c === '/' && this.text[this.i + 1] === '*') {
        const end = this.text.indexOf('*/', this.i + 2);
        if (end < 0) throw this.fail('a comment is not closed');
        this.advanceTo(end + 2);
      } else return;
    }
  }

  private advanceTo(end: number): void {
    for (let j = this.i; j < end; j++) if (this.text[j] === '\n') this.line++;
    this.i = end;
  }

  /** An expression up to the end of its line (or its block's `}`), brackets and strings spanning lines. */
  private expression(): string {
    const start = this.i;
    let depth = 0;
    for (;;) {
      const c = this.text[this.i];
      if (c === undefined) break;
      if (
        depth === 0 &&
        (c === '\n' || c === '}' || c === '#' || (c === '/' && /[/*]/.test(this.text[this.i + 1] ?? '')))
      )
        break;
      if (c === '"') {
        this.string();
        continue;
      }
      if (c === '<' && this.text[this.i + 1] === '<') {
        HEREDOC.lastIndex = this.i;
        const m = HEREDOC.exec(this.text);
        if (m) {
          this.heredoc(m);
          continue;
        }
      }
      if (c === '#' || c === '/') {
        // a comment inside brackets
        if (c === '#' || this.text[this.i + 1] === '/' || this.text[this.i + 1] === '*') {
          this.skipSpace(true);
          continue;
        }
      }
      if (c === '(' || c === '[' || c === '{') depth++;
      else if (c === ')' || c === ']' || c === '}') depth--;
      else if (c === '\n') this.line++;
      this.i++;
    }
    return this.text.slice(start, this.i).trim();
  }

  /** A quoted string with its templates; returns it with its quotes. */
  private string(): string {
    const start = this.i;
    this.i++;
    for (;;) {
      const c = this.text[this.i];
      if (c === undefined || c === '\n') throw this.fail('a string is not closed');
      if (c === '\\') this.i += 2;
      else if (c === '"') {
        this.i++;
        return this.text.slice(start, this.i);
      } else if ((c === '$' || c === '%') && this.text[this.i + 1] === '{') {
        this.i += 2;
        this.template();
      } else this.i++;
    }
  }

  /** The inside of `${...}` up to its closing brace, strings nested in it included. */
  private template(): void {
    let depth = 1;
    for (;;) {
      const c = this.text[this.i];
      if (c === undefined) throw this.fail('a template is not closed');
      if (c === '"') {
        this.string();
        continue;
      }
      if (c === '{') depth++;
      else if (c === '}' && --depth === 0) {
        this.i++;
        return;
      } else if (c === '\n') this.line++;
      this.i++;
    }
  }

  private heredoc(m: RegExpExecArray): void {
    this.advanceTo(this.i + m[0].length);
    const end = new RegExp(String.raw`^[ \t]*${m[1]}[ \t]*\r?$`, 'm');
    const rest = this.text.slice(this.i);
    const found = end.exec(rest);
    if (!found) throw this.fail(`a heredoc is not closed by ${m[1]}`);
    this.advanceTo(this.i + found.index + found[0].length);
  }
}
