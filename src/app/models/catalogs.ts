/**
 * The catalog entries of every model (titles, parameter labels, plot labels), merged for the
 * app's English and Japanese catalogs. Each model keeps its own strings beside its view.
 */

export const modelCatalogsEn = {} as const;

export const modelCatalogsJa: Record<keyof typeof modelCatalogsEn, string> = {};
