// The schema CQL a node manifest carries (what server-side `DESCRIBE KEYSPACE` printed), taken apart
// into statements and the objects they create, so a restore can create exactly the missing ones.
// A small lexer instead of regular expressions over the whole text: table comments and string
// literals may contain ';', quotes and keywords.

export type SchemaObjectKind = 'keyspace' | 'type' | 'table' | 'index' | 'view' | 'function' | 'aggregate';

export interface SchemaStatement {
  readonly kind: SchemaObjectKind;
  readonly keyspace: string;
  /** Name of the object (for an index: the index name; for a keyspace: the keyspace). */
  readonly name: string;
  /** Index / view: the table it is built on. */
  readonly baseTable?: string;
  /** The statement as DESCRIBE printed it, with IF NOT EXISTS added (so a repeat is harmless). */
  readonly cql: string;
}

export interface ParsedSchema {
  readonly statements: readonly SchemaStatement[];
  /** Statements that create nothing this restore understands (e.g. ALTER ... DROP of dropped columns). */
  readonly ignored: readonly string[];
}

interface Token {
  readonly text: string;
  /** Unquoted words are case-insensitive in CQL; quoted identifiers keep their case. */
  readonly kind: 'word' | 'quoted' | 'string' | 'symbol';
  readonly start: number;
  readonly end: number;
}

/** Splits CQL text into statements (without the trailing ';'), ignoring ';' inside literals and comments. */
export function splitCqlStatements(cql: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const token of lex(cql)) {
    if (token.kind === 'symbol' && token.text === ';') {
      const statement = cql.slice(start, token.start).trim();
      if (hasCode(statement)) out.push(statement);
      start = token.end;
    }
  }
  const rest = cql.slice(start).trim();
  if (hasCode(rest)) out.push(rest);
  return out;
}

function hasCode(text: string): boolean {
  return text !== '' && lex(text).length > 0;
}

/**
 * Parses one keyspace's schema CQL. Statements are kept in their order (DESCRIBE prints the keyspace,
 * then types, functions, tables, indexes and views, each after what it depends on).
 */
export function parseSchemaCql(keyspace: string, cql: string): ParsedSchema {
  const statements: SchemaStatement[] = [];
  const ignored: string[] = [];
  for (const text of splitCqlStatements(cql)) {
    const parsed = parseCreate(keyspace, text);
    if (parsed === undefined) ignored.push(text);
    else statements.push(parsed);
  }
  return { statements, ignored };
}

const KIND_WORDS: ReadonlyArray<{ readonly words: readonly string[]; readonly kind: SchemaObjectKind }> = [
  { words: ['keyspace'], kind: 'keyspace' },
  { words: ['type'], kind: 'type' },
  { words: ['table'], kind: 'table' },
  { words: ['columnfamily'], kind: 'table' },
  { words: ['custom', 'index'], kind: 'index' },
  { words: ['index'], kind: 'index' },
  { words: ['materialized', 'view'], kind: 'view' },
  { words: ['function'], kind: 'function' },
  { words: ['aggregate'], kind: 'aggregate' },
];

function parseCreate(keyspace: string, text: string): SchemaStatement | undefined {
  const tokens = lex(text);
  let i = 0;
  const word = (at: number): string | undefined => {
    const t = tokens[at];
    return t?.kind === 'word' ? t.text.toLowerCase() : undefined;
  };
  if (word(i) !== 'create') return undefined;
  i++;
  // CREATE OR REPLACE cannot take IF NOT EXISTS; DESCRIBE never prints it, so such text is left alone.
  if (word(i) === 'or') return undefined;
  const kindEntry = KIND_WORDS.find((k) => k.words.every((w, n) => word(i + n) === w));
  if (kindEntry === undefined) return undefined;
  i += kindEntry.words.length;
  const insertAt = tokens[i - 1]!.end;
  let ifNotExists = false;
  if (word(i) === 'if' && word(i + 1) === 'not' && word(i + 2) === 'exists') {
    ifNotExists = true;
    i += 3;
  }
  const name = readName(tokens, i);
  if (name === undefined) return undefined;
  i = name.next;
  const cql = ifNotExists ? text : `${text.slice(0, insertAt)} IF NOT EXISTS${text.slice(insertAt)}`;
  const kind = kindEntry.kind;
  if (kind === 'keyspace') return { kind, keyspace: name.last, name: name.last, cql };
  if (kind === 'index') {
    if (word(i) !== 'on') return undefined;
    const base = readName(tokens, i + 1);
    if (base === undefined) return undefined;
    return { kind, keyspace: base.qualifier ?? keyspace, name: name.last, baseTable: base.last, cql };
  }
  if (kind === 'view') {
    const from = tokens.findIndex((t, n) => n >= i && t.kind === 'word' && t.text.toLowerCase() === 'from');
    const base = from < 0 ? undefined : readName(tokens, from + 1);
    return { kind, keyspace: name.qualifier ?? keyspace, name: name.last, ...(base === undefined ? {} : { baseTable: base.last }), cql };
  }
  return { kind, keyspace: name.qualifier ?? keyspace, name: name.last, cql };
}

/** `name` or `qualifier.name`, either part quoted or not. */
function readName(tokens: readonly Token[], at: number): { qualifier?: string; last: string; next: number } | undefined {
  const first = identifier(tokens[at]);
  if (first === undefined) return undefined;
  const dot = tokens[at + 1];
  if (dot?.kind === 'symbol' && dot.text === '.') {
    const second = identifier(tokens[at + 2]);
    if (second === undefined) return undefined;
    return { qualifier: first, last: second, next: at + 3 };
  }
  return { last: first, next: at + 1 };
}

function identifier(token: Token | undefined): string | undefined {
  if (token === undefined) return undefined;
  if (token.kind === 'quoted') return token.text;
  if (token.kind === 'word') return token.text.toLowerCase();
  return undefined;
}

/** Tokens of CQL text; comments and whitespace are dropped. Quoted identifiers are unescaped. */
function lex(cql: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = cql.length;
  while (i < n) {
    const c = cql[i]!;
    const next = cql[i + 1];
    if (/\s/.test(c)) {
      i++;
    } else if ((c === '-' && next === '-') || (c === '/' && next === '/')) {
      const eol = cql.indexOf('\n', i);
      i = eol < 0 ? n : eol + 1;
    } else if (c === '/' && next === '*') {
      const close = cql.indexOf('*/', i + 2);
      i = close < 0 ? n : close + 2;
    } else if (c === "'" || c === '"') {
      // '' (or "") inside is an escaped quote.
      let j = i + 1;
      let value = '';
      for (;;) {
        if (j >= n) throw new SyntaxError(`unterminated ${c === "'" ? 'string literal' : 'quoted identifier'} in schema CQL at offset ${i}`);
        if (cql[j] === c) {
          if (cql[j + 1] === c) {
            value += c;
            j += 2;
            continue;
          }
          break;
        }
        value += cql[j];
        j++;
      }
      tokens.push({ text: value, kind: c === "'" ? 'string' : 'quoted', start: i, end: j + 1 });
      i = j + 1;
    } else if (c === '$' && next === '$') {
      const close = cql.indexOf('$$', i + 2);
      if (close < 0) throw new SyntaxError(`unterminated $$ string in schema CQL at offset ${i}`);
      tokens.push({ text: cql.slice(i + 2, close), kind: 'string', start: i, end: close + 2 });
      i = close + 2;
    } else if (/[A-Za-z0-9_]/.test(c)) {
      let j = i + 1;
      while (j < n && /[A-Za-z0-9_]/.test(cql[j]!)) j++;
      tokens.push({ text: cql.slice(i, j), kind: 'word', start: i, end: j });
      i = j;
    } else {
      tokens.push({ text: c, kind: 'symbol', start: i, end: i + 1 });
      i++;
    }
  }
  return tokens;
}
