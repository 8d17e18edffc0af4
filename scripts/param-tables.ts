/**
 * Prints, for README.md, one Markdown table per model of its URL/CLI parameters: name, meaning,
 * unit and allowed values, default. Run with `npx tsx scripts/param-tables.ts`.
 */
import { modelLoaders } from '../src/models/registry';
import { allowedText, displayUnitOf, toDisplay } from '../src/core/params';

for (const [id, load] of Object.entries(modelLoaders)) {
  const model = await load();
  console.log(`\n#### \`#/${id}\` — ${model.title}\n`);
  console.log('| name | meaning | SI unit | allowed (display unit) | default |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const s of model.params) {
    const unit = s.kind === 'number' || s.kind === 'integer' ? s.unit || '—' : '—';
    const def =
      s.kind === 'number' || s.kind === 'integer'
        ? `${Number(toDisplay(s, s.default).toPrecision(6))}${displayUnitOf(s) ? ' ' + displayUnitOf(s) : ''}`
        : s.kind === 'text'
          ? '(empty)'
          : String(s.default);
    console.log(`| \`${s.key}\` | ${s.label}: ${s.help.replace(/\|/g, '\\|')} | ${unit} | ${allowedText(s).replace(/\|/g, '\\|')} | ${def} |`);
  }
}
