/**
 * Splits CSV text into rows with the line each starts on, so a problem is named by the line a
 * person sees in their editor even when a quoted cell (a bio, say) runs over several lines.
 */
import Papa from 'papaparse';
import type { ImportProblem } from './types';

export interface CsvLine {
  line: number;
  cells: string[];
}

const newlines = (text: string) => text.split('\n').length - 1;

export function csvLines(source: string): { rows: CsvLine[]; problems: ImportProblem[] } {
  const text = source.replace(/^\uFEFF/, ''); // the byte-order mark spreadsheets write
  const rows: CsvLine[] = [];
  const problems: ImportProblem[] = [];
  let counted = 0; // newlines before `countedTo`
  let countedTo = 0;
  Papa.parse<string[]>(text, {
    skipEmptyLines: 'greedy',
    delimitersToGuess: [',', ';', '\t'],
    step: (result) => {
      // The cursor is past the row's line break (if any); the row's first line is the line
      // it ends on, less the line breaks inside its own quoted cells.
      const end = result.meta.cursor;
      counted += newlines(text.slice(countedTo, end));
      countedTo = end;
      const cells = result.data;
      const endsLine = text[end - 1] === '\n' ? 1 : 0;
      const line = 1 + counted - endsLine - cells.reduce((sum, cell) => sum + newlines(cell), 0);
      for (const error of result.errors)
        problems.push({ line, field: '', reason: `the row cannot be read: ${error.message}` });
      rows.push({ line, cells });
    },
  });
  return { rows, problems };
}
