/**
 * Japanese wording of the detail messages the models and their input parsers write in English
 * (CSV problems, cross-field rules): a table of phrase patterns, applied in order. A message the
 * table does not cover stays English (the page marks it `lang="en"`); the Japanese UI test
 * triggers the error paths and fails on any English left.
 */

/** [pattern, replacement] pairs, most specific first; `$1`… are the pattern's groups. */
const JA_PHRASES: [RegExp, string][] = [
  [/header needs at least the columns T, p, composition/g, '見出し行には少なくとも T、p、組成の列が必要です'],
  [/expected 3 or 4 columns \(T, p, composition\[, abs\|des\]\), found (\d+)/g, '3 または 4 列（T、p、組成[、abs|des]）が必要ですが $1 列あります'],
  [/temperature ("(?:[^"\\]|\\.)*") is not a positive absolute temperature/g, '温度 $1 は正の絶対温度ではありません'],
  [/pressure ("(?:[^"\\]|\\.)*") is not a positive number/g, '圧力 $1 は正の数ではありません'],
  [/composition ("(?:[^"\\]|\\.)*") is not a non-negative number/g, '組成 $1 は 0 以上の数ではありません'],
  [/composition ("(?:[^"\\]|\\.)*") mass% is not below 100/g, '組成 $1 mass% が 100 未満ではありません'],
  [/direction ("(?:[^"\\]|\\.)*") is not abs or des/g, '方向 $1 は abs でも des でもありません'],
  [/not a temperature unit: ("(?:[^"\\]|\\.)*")/g, '温度の単位ではありません：$1'],
  [/not a pressure unit: ("(?:[^"\\]|\\.)*")/g, '圧力の単位ではありません：$1'],
  [/unknown composition unit ("(?:[^"\\]|\\.)*")/g, '組成の単位として読めません：$1'],
  [/unknown unit ("(?:[^"\\]|\\.)*")/g, '単位として読めません：$1'],
  [/; allowed: /g, '；使える単位：'],
  [/temperature ([\d.e+-]+) K is outside ([\d.e+-]+)–([\d.e+-]+) K/g, '温度 $1 K は $2–$3 K の範囲外です'],
  [
    /pressure ([\d.e+-]+) GPa is above the melting pressure of H₂ at ([\d.e+-]+) K \(([\d.e+-]+) GPa, Datchi et al\. 2000\): hydrogen would be solid/g,
    '圧力 $1 GPa は $2 K での H₂ の融解圧（$3 GPa、Datchi et al. 2000）を超えます：水素は固体になります',
  ],
  [/pressure ([\d.e+-]+) GPa is above ([\d.e+-]+) GPa, the highest pressure the gas models are evaluated at/g, '圧力 $1 GPa は気体モデルを評価する上限 $2 GPa を超えます'],
  [/no data rows found \(only a header or comments\); give rows of T, p, composition\[, abs\|des\]/g, 'データ行がありません（見出しかコメントだけです）。T、p、組成[、abs|des] の行を入れてください'],
  [/line (\d+), column (\d+) /g, '$1 行目 $2 列 '],
  [/line (\d+): /g, '$1 行目：'],
  [/ \(and (\d+) more\)/g, '（ほか $1 件）'],
  [/pMax must be greater than pMin/g, '最高圧力は最低圧力より大きくしてください'],
  [/pMax exceeds the melting pressure of H₂ at T \(hydrogen would be solid\)/g, '最高圧力が温度 T での H₂ の融解圧を超えています（水素は固体になります）'],
  [/pCharge exceeds the melting pressure of H₂ at TCharge/g, '充填圧力が充填温度での H₂ の融解圧を超えています'],
  [/pDischarge exceeds the melting pressure of H₂ at TDischarge/g, '放出圧力が放出温度での H₂ の融解圧を超えています'],
  [/k must differ from 1 by at least 0\.001 \(k = 1 means no segregation\)\./g, 'k は 1 から 0.001 以上離してください（k = 1 は偏析なしを意味します）。'],
  [/the liquidus slope must be negative when k < 1 and positive when k > 1 \(otherwise the solidus lies above the liquidus\)\./g, '液相線の傾きは k < 1 なら負、k > 1 なら正にしてください（そうでないと固相線が液相線より上になります）。'],
  [/on the linearised diagram the solidus at x0, Tm \+ m·x0\/k, must stay above 1 K\./g, '線形化した状態図では x₀ での固相線 Tm + m·x₀/k が 1 K より上でなければなりません。'],
  [/the stirred boundary layer must be shorter than half the melt length \(use 0 for an unstirred melt\)\./g, '撹拌境界層は融液長さの半分より短くしてください（撹拌しない融液には 0）。'],
  [/must be smaller than the number of open sites \(one ion at least must remain\)/g, '開いたサイトの数より少なくしてください（少なくとも 1 個のイオンが残る必要があります）'],
  [/the uniform algorithm needs disorder, repulsion and field all zero/g, '一様アルゴリズムでは乱れ・反発・電場をすべて 0 にしてください'],
  [/; /g, '；'],
  [/, /g, '、'],
];

/** `message` (a model's English detail, without its leading "field: ") in `locale`'s words where the table knows them. */
export function localizeDetail(message: string, locale: string): string {
  if (locale !== 'ja') return message;
  return JA_PHRASES.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), message);
}

/** True when `text` still holds Latin words of three letters or more outside quotes (so it is not fully translated). */
export function looksEnglish(text: string): boolean {
  return /[A-Za-z]{3,}/.test(text.replace(/"(?:[^"\\]|\\.)*"/g, ''));
}
