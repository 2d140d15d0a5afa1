/**
 * A parser for the small subset of Python used by feedparser's `Expect:`
 * lines: `and` / `or` / `not`, comparisons, subscripts, attribute access,
 * calls, `+` between literals, and literals (strings with Python escapes,
 * integers, tuples, None, True, False). Dicts, lists and anything else parse
 * to an `unsupported` node, which the translator skips.
 */

export type PyValue = string | number | boolean | null | PyValue[];

export type PyNode =
  | { kind: 'name'; name: string }
  | { kind: 'literal'; value: PyValue }
  | { kind: 'subscript'; target: PyNode; index: PyNode }
  | { kind: 'attribute'; target: PyNode; name: string }
  | { kind: 'call'; callee: PyNode; args: PyNode[] }
  | { kind: 'compare'; op: string; left: PyNode; right: PyNode }
  | { kind: 'not'; operand: PyNode }
  | { kind: 'and' | 'or'; operands: PyNode[] }
  | { kind: 'unsupported'; text: string };

type Token = { type: 'str'; value: string } | { type: 'num'; value: number } | { type: 'name'; value: string } | { type: 'op'; value: string };

/** Parse an expression; throws on syntax this subset does not cover. */
export function parsePython(source: string): PyNode {
  const tokens = tokenize(source);
  let position = 0;
  const peek = (): Token | undefined => tokens[position];
  const isOp = (value: string): boolean => peek()?.type === 'op' && peek()?.value === value;
  const isName = (value: string): boolean => peek()?.type === 'name' && peek()?.value === value;
  const expectOp = (value: string): void => {
    if (!isOp(value)) throw new SyntaxError(`expected ${value} at token ${position}`);
    position++;
  };

  const parseOr = (): PyNode => {
    const operands = [parseAnd()];
    while (isName('or')) {
      position++;
      operands.push(parseAnd());
    }
    return operands.length === 1 ? operands[0]! : { kind: 'or', operands };
  };
  const parseAnd = (): PyNode => {
    const operands = [parseNot()];
    while (isName('and')) {
      position++;
      operands.push(parseNot());
    }
    return operands.length === 1 ? operands[0]! : { kind: 'and', operands };
  };
  const parseNot = (): PyNode => {
    if (isName('not')) {
      position++;
      return { kind: 'not', operand: parseNot() };
    }
    return parseComparison();
  };
  const parseComparison = (): PyNode => {
    const left = parseSum();
    const token = peek();
    if (token?.type === 'op' && ['==', '!=', '<', '>', '<=', '>='].includes(token.value)) {
      position++;
      return { kind: 'compare', op: token.value, left, right: parseSum() };
    }
    if (isName('in') || isName('is')) return { kind: 'unsupported', text: 'in/is' };
    return left;
  };
  const parseSum = (): PyNode => {
    let left = parsePostfix();
    while (isOp('+')) {
      position++;
      const right = parsePostfix();
      left =
        left.kind === 'literal' && right.kind === 'literal' && typeof left.value === 'string' && typeof right.value === 'string'
          ? { kind: 'literal', value: left.value + right.value }
          : { kind: 'unsupported', text: '+' };
    }
    return left;
  };
  const parsePostfix = (): PyNode => {
    let node = parseAtom();
    for (;;) {
      if (isOp('[')) {
        position++;
        const index = parseOr();
        expectOp(']');
        node = { kind: 'subscript', target: node, index };
      } else if (isOp('.')) {
        position++;
        const name = tokens[position++];
        if (name?.type !== 'name') throw new SyntaxError('expected a name after .');
        node = { kind: 'attribute', target: node, name: name.value };
      } else if (isOp('(')) {
        position++;
        const args: PyNode[] = [];
        while (!isOp(')')) {
          args.push(parseOr());
          if (isOp(',')) position++;
        }
        position++;
        node = { kind: 'call', callee: node, args };
      } else {
        return node;
      }
    }
  };
  const parseAtom = (): PyNode => {
    const token = tokens[position++];
    if (!token) throw new SyntaxError('unexpected end');
    if (token.type === 'str') return { kind: 'literal', value: token.value };
    if (token.type === 'num') return { kind: 'literal', value: token.value };
    if (token.type === 'name') {
      if (token.value === 'None') return { kind: 'literal', value: null };
      if (token.value === 'True') return { kind: 'literal', value: true };
      if (token.value === 'False') return { kind: 'literal', value: false };
      return { kind: 'name', name: token.value };
    }
    if (token.value === '-' && peek()?.type === 'num') {
      const number = tokens[position++] as { value: number };
      return { kind: 'literal', value: -number.value };
    }
    if (token.value === '(') {
      const items: PyNode[] = [];
      let tuple = false;
      while (!isOp(')')) {
        items.push(parseOr());
        if (isOp(',')) {
          tuple = true;
          position++;
        }
      }
      position++;
      if (!tuple && items.length === 1) return items[0]!;
      return items.every((i) => i.kind === 'literal')
        ? { kind: 'literal', value: items.map((i) => (i as { value: PyValue }).value) }
        : { kind: 'unsupported', text: 'tuple' };
    }
    if (token.value === '{' || token.value === '[') {
      const close = token.value === '{' ? '}' : ']';
      let depth = 1;
      while (depth > 0 && position < tokens.length) {
        const t = tokens[position++]!;
        if (t.type === 'op' && (t.value === '{' || t.value === '[')) depth++;
        if (t.type === 'op' && (t.value === '}' || t.value === ']')) depth--;
      }
      return { kind: 'unsupported', text: `${token.value}…${close}` };
    }
    throw new SyntaxError(`unexpected ${token.value}`);
  };

  const node = parseOr();
  if (position !== tokens.length) throw new SyntaxError(`trailing tokens at ${position}`);
  return node;
}

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const rest = source.slice(i);
    const space = /^\s+/.exec(rest);
    if (space) {
      i += space[0].length;
      continue;
    }
    const stringStart = /^([uUbBrR]{0,2})('''|"""|'|")/.exec(rest);
    if (stringStart) {
      const raw = /r/i.test(stringStart[1] ?? '');
      const quote = stringStart[2]!;
      let j = i + stringStart[0].length;
      let body = '';
      while (j < source.length && !source.startsWith(quote, j)) {
        if (source[j] === '\\' && j + 1 < source.length) {
          body += source.slice(j, j + 2);
          j += 2;
        } else {
          body += source[j++];
        }
      }
      if (j >= source.length) throw new SyntaxError('unterminated string');
      tokens.push({ type: 'str', value: raw ? body : unescapePython(body) });
      i = j + quote.length;
      continue;
    }
    const number = /^\d+(?:\.\d+)?/.exec(rest);
    if (number) {
      tokens.push({ type: 'num', value: Number(number[0]) });
      i += number[0].length;
      continue;
    }
    const name = /^[A-Za-z_]\w*/.exec(rest);
    if (name) {
      tokens.push({ type: 'name', value: name[0] });
      i += name[0].length;
      continue;
    }
    const op = /^(==|!=|<=|>=|[<>()[\]{}.,:+-])/.exec(rest);
    if (!op) throw new SyntaxError(`unexpected character ${rest[0]}`);
    tokens.push({ type: 'op', value: op[0] });
    i += op[0].length;
  }
  return tokens;
}

const SIMPLE_ESCAPES: Record<string, string> = {
  n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', v: '\v', '\n': '',
};

/** Python string escapes: \n, \xHH, \uHHHH, \UHHHHHHHH, octal, and the simple ones. */
function unescapePython(body: string): string {
  return body.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{1,3}|[\s\S])/g, (whole, escape: string) => {
    if (/^[xuU]/.test(escape) && escape.length > 1) return String.fromCodePoint(parseInt(escape.slice(1), 16));
    if (/^[0-7]+$/.test(escape)) return String.fromCodePoint(parseInt(escape, 8));
    return SIMPLE_ESCAPES[escape] ?? whole;
  });
}
