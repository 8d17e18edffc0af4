/**
 * Help text for the CLI: the list of models, and one model's parameters with their units,
 * ranges and defaults (in display units, with the SI unit the JSON output uses) and presets.
 */
import type { ModelDefinition } from '../core/model';
import { allowedText, displayUnitOf, toDisplay, type ParamSpec } from '../core/params';

/** Usage text listing the models. */
export function generalHelp(ids: readonly string[]): string {
  return [
    'Crucible headless runner',
    '',
    'usage: npm run -s sim -- <model> [--preset NAME] [--set key=value ...] [--format json|csv]',
    '                              [--sweep FILE.jsonl] [--grid key=values ...] [--repeat K]',
    '                              [--shard i/n] [--jobs N] [--threads N]',
    '       npm run -s sim -- <model> --help',
    '       npm run -s sim -- merge FILE.jsonl ...',
    '',
    `models: ${ids.join(', ')}`,
    '',
    'Values take SI numbers (1e-8) or quantities with units ("7.7 K/mm", "5 degC/min", "10 bar").',
    'Output: one JSON document { crucible, commit, model, params, seed, time, partial, summary, series }',
    'in SI units (NaN and ±∞ as null; crucible = version, commit = git commit or null, partial = true',
    'for an unfinished run), or the series as CSV headed "name [SI unit]".',
    '',
    'Sweeps print one JSON document per point, starting with { index, points, sweep, ... }:',
    '  --sweep FILE.jsonl   one JSON object of parameters per line',
    '  --grid key=a:b:n     n values from a to b (also log:a:b:n, or a list v1,v2,...; units allowed);',
    '                       several --grid make the cartesian product, the first varying slowest',
    '  --repeat K           K runs per point, each with seed deriveSeed(base seed, index)',
    '  --shard i/n          only the points whose index is i modulo n (for batch systems)',
    '  --jobs N             N worker threads (default: one per core); output in index order',
    '  --threads N          morphology only: N threads, one horizontal strip of the grid each',
    '                       (same fields, bit for bit, as one thread)',
    'merge checks that shard outputs hold every index once and prints them sorted by index.',
    'Exit codes: 0 ok, 1 model error, 2 invalid input, 130 interrupted (Ctrl-C).',
  ].join('\n');
}

function defaultText(spec: ParamSpec): string {
  if (spec.kind === 'number' || spec.kind === 'integer') {
    const unit = displayUnitOf(spec);
    return `${Number(toDisplay(spec, spec.default).toPrecision(6))}${unit ? ' ' + unit : ''}`;
  }
  return JSON.stringify(spec.default);
}

/** Parameter table and presets of one model. */
export function modelHelp(model: ModelDefinition): string {
  const lines = [`${model.id}: ${model.title}`, '', 'parameters (name  SI unit  allowed  default  — help):'];
  for (const spec of model.params) {
    const si = spec.kind === 'number' || spec.kind === 'integer' ? spec.unit || '1' : spec.kind;
    lines.push(`  ${spec.key.padEnd(14)} [${si}]  ${allowedText(spec)}  default ${defaultText(spec)}  — ${spec.help}`);
  }
  if (model.presets.length > 0) {
    lines.push('', 'presets:');
    for (const p of model.presets) lines.push(`  ${p.id.padEnd(22)} ${p.label} (source: ${p.source})`);
  }
  return lines.join('\n');
}
