// The output formats' names, apart from the renderers, so the command line
// can list them without loading a renderer (the table's loads cli-table3).

export const FORMATS = ['table', 'json', 'jsonl', 'csv', 'html'] as const;
export type Format = (typeof FORMATS)[number];
