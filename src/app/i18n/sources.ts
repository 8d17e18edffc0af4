/**
 * Source notes of presets, materials and tabulated electrolytes in languages other than English.
 * The English notes live once, beside the values they justify, in the models (`Preset.source`,
 * `Material.source`, `Electrolyte.source`); here are only translations, keyed by id. Citations
 * (authors, journals, volumes) stay as published; the prose around them is translated.
 */
import { localeState } from './locale.svelte';

const EIMR_JA =
  'Si₀.₈Ge₀.₂ 融液成長のその場観察、東北大学金属材料研究所（藤原グループ）、2025 年 E-IMR ワークショップ。関連：Yang et al., Appl. Phys. Lett. 100, 141601 (2012)；Mokhtari et al., J. Appl. Phys. 124, 085104 (2018)。G と R は実験値。融液長さ 20 mm、D = 1e-8 m²/s、Γ = 1.4e-7 K·m はこの計算環境での仮定。';

const LANI5_JA =
  'ΔH = −30.8 kJ/mol H₂、ΔS = −108 J/(K mol H₂)：Sandrock, J. Alloys Compd. 293–295, 877 (1999) [L]。ヒステリシス 0.15（範囲 0.1–0.2）[U]。プラトー端 H/M 0.08–0.92 と β 指数は例示値 [U]。LaNi₅H₆ = 1.38 mass%（Sato et al., Molecules 28, 1256 (2023) による引用）[C]。プラトーの測定は 0 °C（J. Alloys Compd. 2013、273–333 K の等温線）から 84 °C まで（Ono, Nomura, Akiba & Uruno：80 °C 以上で 2 段のプラトー、84 °C でのその場 XRD）[C、要旨]。密度 8.3 g/cm³ [L]。格子モデル：金属原子あたり 1.08 サイト（LaNi₅H₆.₅）、T_c は 25 °C のプラトー幅から [V]。';

const jaSources: Record<string, Record<string, string>> = {
  'preset.solidification': {
    'sige-eimr-7.7': EIMR_JA,
    'sige-eimr-13.9': EIMR_JA,
    'pure-si': '純シリコン（x₀ = 0）：溶質がないので組成的過冷却は起こらず、どの速度でも界面は平坦。炉の条件は E-IMR の実験と同じ。',
    'teaching-linear':
      '教育用の線形化した参照値（リポジトリの参考文献一覧を参照）：C₀ = 0.20、k = 0.30、m = −350 K（モル分率あたり）、D = 1e-8 m²/s、Γ = 1.4e-7 K·m。炉の条件は E-IMR の実験と同じ。ΔT₀ = 163 K（実際の Si–Ge 状態図では 125 K）。',
  },
  'material.hydrogen': {
    LaNi5: `${LANI5_JA} 最大 H/M 1.53（1 GPa 以上で LaNi₅H₉.₂ ≈ 2.1 mass%、Sato et al. 2023）により、β 枝が GPa 領域でなめらかに立ち上がる [U]。`,
    'LaNi5-GPa': `${LANI5_JA} 第 2 プラトー：Sato et al. 2023 の記述にフィット（プラトー一覧を参照）[フィット値、実測ではない]。格子モデル：そのための金属原子あたり 0.52 サイトの第 2 副格子 [フィット値]。`,
    'LaNi4.7Al0.3':
      'ΔH ≈ −34 kJ/mol H₂、ΔS ≈ −107 J/(K mol H₂)、25 °C でのプラトー ≈ 0.4 atm：Sandrock (1999) [U、再確認していない]。Al はプラトーを下げ |ΔH| を大きくする（“Thermodynamic and structural properties of LaNi5−yAly compounds and their related hydrides”）[C]。容量 ≈ LaNi₄.₇Al₀.₃H₆ = 1.41 mass% [V]。曲線の形と密度 8.0 g/cm³ [U]。格子モデル：金属原子あたり 1.05 サイト、T_c は幅から [V]。',
    FeTi: '2 段のプラトー：TiFeH₁.₀₄（β）、続いて TiFeH₁.₉₅（γ、H/M 0.975）、Reilly & Wiswall, Inorg. Chem. 13, 218 (1974) [L]。第 1 プラトー ΔH = −28.1 kJ/mol H₂、ΔS ≈ −106 J/(K mol H₂)：Sandrock (1999) [L]。第 2 プラトーは 274–344 K の熱量測定等温線のずれから [U]。ヒステリシス ln(p_a/p_d) ≈ 0.6（両方）[U]。密度 6.5 g/cm³ [L]。格子モデル：Lacher 型の 2 つの副格子（金属原子あたり 0.52 と 0.48 サイト）、それぞれの T_c はプラトー幅から [V]。',
    Mg: 'ΔH = −74.5 kJ/mol H₂、ΔS ≈ −135 J/(K mol H₂)：Sandrock (1999) / Stampfer et al., JACS 82, 3504 (1960) [L]。MgH₂ = 7.66 mass% [V]。ヒステリシス 0.2 とプラトー端 [U]。密度 1.738 g/cm³ [L]。格子モデルの T_c は 300 °C のプラトー幅から [V]。',
    PdH: 'ΔH ≈ −39 kJ/mol H₂、ΔS ≈ −92.5 J/(K mol H₂)（放出）：Flanagan & Oates, Annu. Rev. Mater. Sci. 21, 269 (1991) [L/U]。吸収 ≈ 放出の 2 倍（ヒステリシス ln 2）[U]。25 °C で α_max 0.017、β_min 0.60、T_c = 566 K（x_c = 0.29）：San-Martin & Manchester の評価 [C]。格子サイト 0.59 H/Pd（Lacher (1937) に従う）[U]。β 指数 0.03 で 10 bar のとき H/Pd ≈ 0.67 [U]。密度 12.02 g/cm³ [L]。',
    TiCrMn:
      'Ti₁.₁CrMn、ΔH = −22 kJ/mol H₂、296 K で p_d = 11 MPa、33 MPa と 0.1 MPa の間の有効容量 1.8 mass%、233 K と 296 K で測定：Kojima et al., J. Alloys Compd. 419, 256 (2006) [C、要旨]。ΔS = −113 J/(K mol H₂) は ΔH と p_d から導出 [V]。ヒステリシス、曲線の形と密度 6.2 g/cm³ [U]。格子モデル：金属原子あたり 1.0 サイト、T_c は幅から [V]。',
  },
  'preset.ionhop': {
    lgps: 'バルクの Ea = 0.22 eV（Kuhn et al., Energy Environ. Sci. 6, 3548 (2013)）。σ(27 °C) = 1.2 S/m（Kamaya et al., Nat. Mater. 10, 682 (2011)）。n = 2.08×10²⁸ m⁻³（Z = 2、V ≈ 960 Å³）。S あたり 40 Å³ での四面体–四面体間の跳躍距離 1.523 Å の bcc 四面体サイト網（Wang et al., Nat. Mater. 14, 1026 (2015)、幾何は計算値）。c と ν₀ は σ に合うように計算。',
    llzo: 'σ = 0.03 S/m、Ea ≈ 0.3 eV（Murugan et al., Angew. Chem. Int. Ed. 46, 7778 (2007)）。Li の総密度 2.57×10²⁸ m⁻³（a ≈ 12.97 Å、Z = 8）。ダイヤモンド網上の跳躍距離 2.4 Å を仮定（ガーネットの四面体–八面体網も 4 配位の四面体サイトをもつ）。c と ν₀ は σ に合うように計算。',
    na3ps4:
      'σ = 0.02 S/m（Hayashi et al., Nat. Commun. 3, 856 (2012)）。n = 1.76×10²⁸ m⁻³（a ≈ 6.99 Å、Z = 2）。Ea = 0.28 eV を仮定（報告値 0.2–0.3 eV、未確認）。bcc 四面体サイト網の跳躍距離 a_cell√2/4 = 2.47 Å。c と ν₀ は σ に合うように計算（ν₀ はガラスセラミックスの粒界の効果も含む）。',
    lipon: 'σ = 3.3×10⁻⁴ S/m（Yu et al. 1997、A. Hayashi による E-IMR 2025 の集計）。Ea ≈ 0.55 eV（Bates et al. 1992/93）。Li 密度 ≈ 3.8×10²⁸ m⁻³ は Li₂.₉PO₃.₃N₀.₄₆、≈ 2.5 g/cm³ から推定。跳躍距離 2.5 Å を仮定した単純立方網。c と ν₀ は σ に合うように計算（ガラスの乱れはモデル化していない）。',
    bzy20: '450–600 °C で σ ≈ 1 S/m、バルクの Ea ≈ 0.45 eV、n ≤ 2.66×10²⁷ m⁻³（Yamazaki et al. 2009、未確認の値）。跳躍距離 3.0 Å を仮定した単純立方網、T = 773 K。c と ν₀ は σ に合うように計算。',
  },
};

/** Japanese wording of the electrolyte table's notes: [pattern, replacement], applied in order. */
const ELECTROLYTE_JA: [RegExp, string][] = [
  [/tabulated by A\. Hayashi, E-IMR 2025 proceedings/g, 'A. Hayashi による E-IMR 2025 予稿集の集計'],
  [/tabulated by A\. Hayashi, E-IMR 2025/g, 'A. Hayashi による E-IMR 2025 の集計'],
  [/tabulated in E-IMR 2025/g, 'E-IMR 2025 の集計'],
  [/Ea bulk:/g, 'バルクの Ea：'],
  [/mobile n_c/g, '可動キャリアの n_c'],
  [/\(Nazar group\)/g, '（Nazar グループ）'],
  [/\(cubic glass-ceramic\)/g, '（立方晶ガラスセラミックス）'],
  [/\(tetragonal\)/g, '（正方晶）'],
  [/\(argyrodite\)/g, '（アルジロダイト）'],
  [/, cubic\)/g, '、立方晶）'],
  [/ glass \(/g, ' ガラス（'],
  [/ glass$/g, ' ガラス'],
  [/\), bulk H⁺/g, '）、バルクの H⁺'],
  [/; /g, '；'],
];

/** The source note `english` of item `id` in `kind` (e.g. `preset.solidification`, `material.hydrogen`) in the current language. */
export function sourceNote(kind: string, id: string, english: string): string {
  if (localeState.current !== 'ja') return english;
  return jaSources[kind]?.[id] ?? english;
}

/** The source note of a preset in the current language (a preset of a material without its own note takes the material's). */
export function presetSourceNote(modelId: string, preset: { id: string; source: string; values: Record<string, unknown> }): string {
  const material = preset.values.material;
  const own = jaSources[`preset.${modelId}`]?.[preset.id] !== undefined;
  return own || typeof material !== 'string' ? sourceNote(`preset.${modelId}`, preset.id, preset.source) : sourceNote(`material.${modelId}`, material, preset.source);
}

/** A row of the measured-electrolyte table (its name or its source) in the current language's words. */
export function electrolyteText(english: string): string {
  if (localeState.current !== 'ja') return english;
  return ELECTROLYTE_JA.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), english);
}
