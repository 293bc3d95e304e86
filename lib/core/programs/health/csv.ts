/**
 * A dashboard table as CSV. Cells that a spreadsheet would run as a formula (names and notes
 * are people's own words) are escaped by papaparse.
 */
import Papa from 'papaparse';
import type { HealthTable } from './tables';

export function tableToCsv(table: HealthTable): string {
  return Papa.unparse({ fields: table.columns, data: table.rows }, { escapeFormulae: true });
}
