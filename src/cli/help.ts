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
    '                              [--sweep FILE.jsonl [--shard i/n]]',
    '       npm run -s sim -- <model> --help',
    '',
    `models: ${ids.join(', ')}`,
    '',
    'Values take SI numbers (1e-8) or quantities with units ("7.7 K/mm", "5 degC/min", "10 bar").',
    'Output: one JSON document { crucible, commit, model, params, seed, time, partial, summary, series }',
    'in SI units (NaN and ±∞ as null; crucible = version, commit = git commit or null, partial = true',
    'for an unfinished run), or the series as CSV headed "name [SI unit]". --sweep reads one JSON',
    'object of parameters per line and prints one JSON document per line; --shard i/n keeps lines',
    'i, i+n, i+2n, ... Invalid input exits with code 2.',
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
