/**
 * LaTeX in titles, abstracts and names as plain Unicode text, for display and exports: one function, so a
 * page, an embed and an export show "A\textsuperscript{2}FM" alike (A²FM). Pure and total: text without
 * markup comes back unchanged, and markup it does not know loses its backslash and braces, never its words.
 *
 * It is for showing text, never for what is stored: titles key papers and evidence offsets index the
 * abstract as given, so both stay raw in the database (see extractors/claims/text.ts for the extractor's own
 * offset-keeping cleanup).
 */

const SYMBOLS: Record<string, string> = {
  times: "×",
  cdot: "·",
  pm: "±",
  mp: "∓",
  approx: "≈",
  sim: "~",
  simeq: "≃",
  le: "≤",
  leq: "≤",
  ge: "≥",
  geq: "≥",
  neq: "≠",
  ne: "≠",
  ll: "≪",
  gg: "≫",
  infty: "∞",
  to: "→",
  rightarrow: "→",
  leftarrow: "←",
  Rightarrow: "⇒",
  leftrightarrow: "↔",
  uparrow: "↑",
  downarrow: "↓",
  ldots: "…",
  dots: "…",
  cdots: "…",
  circ: "°",
  degree: "°",
  ell: "ℓ",
  partial: "∂",
  nabla: "∇",
  sum: "∑",
  prod: "∏",
  int: "∫",
  in: "∈",
  notin: "∉",
  subset: "⊂",
  subseteq: "⊆",
  cup: "∪",
  cap: "∩",
  forall: "∀",
  exists: "∃",
  neg: "¬",
  wedge: "∧",
  vee: "∨",
  oplus: "⊕",
  otimes: "⊗",
  star: "⋆",
  dagger: "†",
  ddagger: "‡",
  checkmark: "✓",
  S: "§",
  P: "¶",
  copyright: "©",
  textregistered: "®",
  texttrademark: "™",
  alpha: "α",
  beta: "β",
  gamma: "γ",
  delta: "δ",
  epsilon: "ε",
  varepsilon: "ε",
  zeta: "ζ",
  eta: "η",
  theta: "θ",
  vartheta: "ϑ",
  iota: "ι",
  kappa: "κ",
  lambda: "λ",
  mu: "μ",
  nu: "ν",
  xi: "ξ",
  pi: "π",
  rho: "ρ",
  sigma: "σ",
  tau: "τ",
  upsilon: "υ",
  phi: "φ",
  varphi: "φ",
  chi: "χ",
  psi: "ψ",
  omega: "ω",
  Gamma: "Γ",
  Delta: "Δ",
  Theta: "Θ",
  Lambda: "Λ",
  Xi: "Ξ",
  Pi: "Π",
  Sigma: "Σ",
  Upsilon: "Υ",
  Phi: "Φ",
  Psi: "Ψ",
  Omega: "Ω",
  textendash: "–",
  textemdash: "—",
  textasciitilde: "~",
  textbackslash: "\\",
  textbar: "|",
  textless: "<",
  textgreater: ">",
  quad: " ",
  qquad: " ",
  newline: " ",
  linebreak: " ",
  ss: "ß",
  ae: "æ",
  AE: "Æ",
  oe: "œ",
  OE: "Œ",
  o: "ø",
  O: "Ø",
  aa: "å",
  AA: "Å",
  l: "ł",
  L: "Ł",
  i: "ı",
};

// Commands whose argument is shown as it is: styles, fonts, boxes.
const WRAPPERS = new Set([
  "textbf",
  "textit",
  "emph",
  "texttt",
  "textsc",
  "textrm",
  "textsf",
  "textup",
  "textmd",
  "textnormal",
  "underline",
  "mathrm",
  "mathbf",
  "mathit",
  "mathsf",
  "mathtt",
  "mathcal",
  "mathbb",
  "mathfrak",
  "mathscr",
  "boldsymbol",
  "bm",
  "text",
  "mbox",
  "hbox",
  "operatorname",
  "mathnormal",
  "ensuremath",
  "textsl",
  "uppercase",
  "url",
  "href",
]);

// Accent commands as combining marks: \'e, \'{e}, {\'e} -> é after NFC.
const ACCENTS: Record<string, string> = {
  "'": "\u0301",
  "`": "\u0300",
  "^": "\u0302",
  '"': "\u0308",
  "~": "\u0303",
  "=": "\u0304",
  ".": "\u0307",
  u: "\u0306",
  v: "\u030c",
  H: "\u030b",
  c: "\u0327",
  k: "\u0328",
  r: "\u030a",
};

const SUPERSCRIPT: Record<string, string> = {
  "0": "⁰",
  "1": "¹",
  "2": "²",
  "3": "³",
  "4": "⁴",
  "5": "⁵",
  "6": "⁶",
  "7": "⁷",
  "8": "⁸",
  "9": "⁹",
  "+": "⁺",
  "-": "⁻",
  "=": "⁼",
  "(": "⁽",
  ")": "⁾",
  n: "ⁿ",
  i: "ⁱ",
  T: "ᵀ",
  "*": "*",
  "†": "†",
  "°": "°",
  "′": "′",
};
const SUBSCRIPT: Record<string, string> = {
  "0": "₀",
  "1": "₁",
  "2": "₂",
  "3": "₃",
  "4": "₄",
  "5": "₅",
  "6": "₆",
  "7": "₇",
  "8": "₈",
  "9": "₉",
  "+": "₊",
  "-": "₋",
  "=": "₌",
  "(": "₍",
  ")": "₎",
  a: "ₐ",
  e: "ₑ",
  o: "ₒ",
  x: "ₓ",
  i: "ᵢ",
  j: "ⱼ",
  k: "ₖ",
  n: "ₙ",
  t: "ₜ",
};

/** Every character of `s` in the given script, or null when one has no such form. */
function scripted(s: string, map: Record<string, string>): string | null {
  let out = "";
  for (const ch of s) {
    const m = map[ch];
    if (m === undefined) return null;
    out += m;
  }
  return out;
}

// A braced argument without nested braces, or one character.
const ARG = String.raw`(?:\{([^{}]*)\}|([^\s{}\\]))`;
const ACCENT = new RegExp(String.raw`\{?\\(['\`^"~=.]|[uvHckr](?![a-zA-Z]))\s*${ARG}\}?`, "g");
const SCRIPT_CMD = new RegExp(String.raw`\\text(super|sub)script\s*${ARG}`, "g");
const MATH_SCRIPT = new RegExp(String.raw`([\^_])\s*${ARG}`, "g");
const WRAPPED = /\\([a-zA-Z]+)\s*\{([^{}]*)\}/g;
const COMMAND = /\\([a-zA-Z]+)(?![a-zA-Z])/g;
// Math between single dollars (or \( \)), much as pandoc reads it: no space just inside either dollar, so
// "costs 5 $ or 6 $" is money; bounded so a stray "$" never swallows a page.
const MATH = /\$(?!\s)([^$]{1,300}?)(?<!\s)\$|\\\(([\s\S]{1,300}?)\\\)/g;

function superOrPlain(content: string, mathMark: string | null): string {
  const s = scripted(content, SUPERSCRIPT);
  if (s !== null) return s;
  return mathMark === null ? content : `${mathMark}${content}`;
}

/** Commands, scripts and groups of one piece of text (math or not), innermost first. */
function commands(text: string, math: boolean): string {
  let t = text;
  // Up to a few rounds: \textbf{\emph{x}} unwraps from the inside out.
  for (let round = 0; round < 4; round++) {
    const before = t;
    t = t.replace(SCRIPT_CMD, (_m, kind: string, braced: string | undefined, single: string | undefined) => {
      const c = braced ?? single ?? "";
      return kind === "super" ? superOrPlain(c, null) : (scripted(c, SUBSCRIPT) ?? c);
    });
    t = t.replace(
      ACCENT,
      (_m, acc: string, braced: string | undefined, single: string | undefined) =>
        `${braced ?? single ?? ""}${ACCENTS[acc] ?? ""}`,
    );
    t = t.replace(WRAPPED, (m, name: string, arg: string) => {
      if (WRAPPERS.has(name)) return arg;
      if (name in SYMBOLS) return m; // "\times{}" and the like: the symbol pass below takes it
      // "\ourmethod{}": a macro of the paper's own, called with an empty group, is shown by its name.
      return arg === "" ? name : arg;
    });
    if (t === before) break;
  }
  t = t.replace(COMMAND, (_m, name: string) => SYMBOLS[name] ?? (WRAPPERS.has(name) ? "" : name));
  if (math || /[\^_]\{/.test(t)) {
    t = t.replace(MATH_SCRIPT, (m, mark: string, braced: string | undefined, single: string | undefined) => {
      const c = braced ?? single ?? "";
      // A bare "_x" in text ("snake_case") is not math.
      if (!math && braced === undefined) return m;
      if (mark === "^") return superOrPlain(c, "^");
      return scripted(c, SUBSCRIPT) ?? (braced !== undefined ? `_${c}` : m);
    });
  }
  return t;
}

/** LaTeX markup in a title, abstract, sentence or name as plain Unicode text. */
export function latexToText(input: string): string {
  if (!/[\\$^_{}~]|-{2}|\dtimes\d/.test(input)) return input;
  let t = input;
  // Escaped specials first, held apart from the markup passes by private-use stand-ins.
  const held: Record<string, string> = {
    "\uE000": "$",
    "\uE001": "%",
    "\uE002": "&",
    "\uE003": "#",
    "\uE004": "_",
    "\uE005": "{",
    "\uE006": "}",
  };
  t = t.replace(/\\([$%&#_{}])/g, (_m, c: string) => Object.keys(held).find((k) => held[k] === c)!);
  t = t.replace(/\\\\/g, " ");
  t = t.replace(MATH, (m: string, dollar: string | undefined, paren: string | undefined, at: number, all: string) =>
    // "$5-$10" is two prices: a number right after the closing dollar of "math" that starts with one.
    dollar !== undefined && /^\d/.test(dollar) && /^\d/.test(all.slice(at + m.length))
      ? m
      : commands(dollar ?? paren ?? "", true).replace(/[{}]/g, ""),
  );
  t = commands(t, false);
  // Groups that only protect a word ("{B}ERT", "{GPT}-4"); a set "{0,1}" keeps its braces.
  for (let round = 0; round < 3 && /\{[^{},]*\}/.test(t); round++) t = t.replace(/\{([^{},]*)\}/g, "$1");
  // "Fig.~3", "et al.~[4]": a tie is a space; "~20%" (about 20%) stays.
  t = t.replace(/(?<=[A-Za-z.])~(?=\S)/g, " ");
  t = t.replace(/(?<![-!<])---(?!-)/g, "—").replace(/(?<![-!<])--(?![->])/g, "–");
  // "512times512": a "\times" whose backslash a source dropped, between two numbers.
  t = t.replace(/(\d)times(\d)/g, "$1×$2");
  t = t.replace(/[\uE000-\uE006]/g, (c) => held[c]!);
  return t.normalize("NFC");
}

/**
 * Where the dollars that open and close math stand in `text` (indices), as latexToText reads them: a caller
 * that shows a text in pieces (a highlighted span and the words around it) drops these from each piece
 * before cleaning it, so a span cut inside "$82.6\\%$" leaves no stray dollar on either side.
 */
export function mathDollarIndices(text: string): Set<number> {
  const out = new Set<number>();
  if (!text.includes("$")) return out;
  // Escaped dollars are text, never delimiters: hide them the way latexToText does.
  const masked = text.replace(/\\\$/g, "\uE000\uE000");
  for (const m of masked.matchAll(MATH)) {
    if (m[1] === undefined) continue;
    if (/^\d/.test(m[1]) && /^\d/.test(masked.slice(m.index + m[0].length))) continue;
    out.add(m.index).add(m.index + m[0].length - 1);
  }
  return out;
}
