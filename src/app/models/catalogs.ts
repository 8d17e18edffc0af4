/**
 * The catalog entries of every model (titles, parameter labels, plot labels), merged for the
 * app's English and Japanese catalogs. Each model keeps its own strings beside its view.
 */
import * as solidificationI18n from './solidification/i18n';
import * as hydrogenI18n from './hydrogen/i18n';
import * as ionhopI18n from './ionhop/i18n';

export const modelCatalogsEn = { ...solidificationI18n.en, ...hydrogenI18n.en, ...ionhopI18n.en } as const;

export const modelCatalogsJa: Record<keyof typeof modelCatalogsEn, string> = { ...solidificationI18n.ja, ...hydrogenI18n.ja, ...ionhopI18n.ja };
