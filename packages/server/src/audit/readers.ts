/**
 * From records to accounts. The splitters (records.ts) cut the input into records; a reader turns
 * each record into what the run does with it — an account to check, a malformed record to report
 * and skip, a blank line to count — and keeps no other state than a CSV file's columns. The run
 * counts, checks and writes; the readers only decide.
 */
import type { AccountId, AccountLine } from '../account-info.js';
import { AuditError, describeError } from './errors.js';
import { describeRecordProblem, parseCsvRow, type RecordProblem } from './records.js';
import type { MalformedCode } from './summary.js';
import { accountOf, type LineValidation, plainAccountLine } from './validate.js';

/** A valid account, with the id its output line carries: its own, or else its line number. */
export interface Account {
  type: 'account';
  account: AccountLine;
  id: AccountId;
}

/** A record that cannot be checked: reported (with its own id when it has a valid one) and skipped. */
export interface Malformed {
  type: 'malformed';
  id: AccountId | undefined;
  code: MalformedCode;
  message: string;
}

/** A blank line (JSON Lines) or an empty row (CSV): counted and skipped. */
export interface Blank {
  type: 'blank';
}

/** The CSV header row: it names the columns and is not a record. */
export interface Header {
  type: 'header';
}

export type Entry = Account | Malformed | Blank | Header;

export interface RecordReader {
  /**
   * What one record is, given by a splitter: its text (undefined when it could not be kept), the
   * line it starts on, and what the splitter found wrong with it. Throws an AuditError only when
   * the run cannot go on (a CSV header that names no usable columns).
   */
  read(text: string | undefined, line: number, problem?: RecordProblem): Entry;
  /** The CSV header's columns, once read (or given by a checkpoint). */
  readonly columns?: readonly CsvColumn[] | undefined;
}

const BLANK: Blank = { type: 'blank' };
const HEADER: Header = { type: 'header' };

const malformed = (id: AccountId | undefined, code: MalformedCode, message: string): Malformed => ({
  type: 'malformed',
  id,
  code,
  message,
});

const account = (line: AccountLine, id: AccountId): Account => ({ type: 'account', account: line, id });

function validated(result: LineValidation, line: number): Account | Malformed {
  if ('account' in result) return account(result.account, result.account.id ?? line);
  return malformed(result.id, 'invalid-account', result.message);
}

/** Whether a line holds nothing but JSON whitespace: a blank line, skipped. */
function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d && c !== 0x0a) return false;
  }
  return true;
}

/** JSON Lines: each line one account object. */
export class JsonLinesReader implements RecordReader {
  read(text: string | undefined, line: number, problem?: RecordProblem): Entry {
    if (text === undefined || problem !== undefined) {
      // Not UTF-8 is not JSON (RFC 8259), as the HTTP handler says; too long cannot be an account.
      const code = problem === 'invalid-utf8' ? 'invalid-json' : 'invalid-account';
      return malformed(undefined, code, `the line ${describeRecordProblem(problem ?? 'too-long')}`);
    }
    if (isBlank(text)) return BLANK;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      return malformed(undefined, 'invalid-json', `not valid JSON: ${describeError(error)}`);
    }
    // The fast path first: most lines are plainly valid (see validate.ts).
    const plain = plainAccountLine(value);
    if (plain !== undefined) return account(plain, plain.id ?? line);
    return validated(accountOf(value), line);
  }
}

/** CSV: a header naming the columns, then one account per row. */
export class CsvReader implements RecordReader {
  /**
   * `input` names the file in the error about a bad header; `columns` are those of a checkpoint
   * (a resumed run starts after the header).
   */
  constructor(
    private readonly input: string,
    public columns?: readonly CsvColumn[],
  ) {}

  read(text: string | undefined, line: number, problem?: RecordProblem): Entry {
    const columns = this.columns;
    if (columns === undefined) {
      this.columns = this.header(text, line, problem);
      return HEADER;
    }
    if (text === undefined || problem !== undefined) {
      return malformed(undefined, 'invalid-csv', `the row ${describeRecordProblem(problem ?? 'too-long')}`);
    }
    if (text.length === 0) return BLANK;
    const cells = parseCsvRow(text);
    if (cells.length !== columns.length) {
      const fields = cells.length === 1 ? 'field' : 'fields';
      return malformed(
        undefined,
        'invalid-csv',
        `the row has ${cells.length} ${fields}; the header has ${columns.length}`,
      );
    }
    return validated(accountOf(csvAccount(columns, cells)), line);
  }

  /** The first row names the columns; without usable ones the run cannot go on. */
  private header(text: string | undefined, line: number, problem: RecordProblem | undefined): CsvColumn[] {
    if (text === undefined || problem !== undefined || isBlank(text)) {
      const what = problem === undefined ? 'is empty' : describeRecordProblem(problem);
      throw new AuditError(`${this.input} line ${line}: the CSV header ${what}`);
    }
    try {
      return csvColumns(parseCsvRow(text));
    } catch (error) {
      throw new AuditError(`${this.input} line ${line}: ${describeError(error)}`);
    }
  }
}

/** The columns a CSV header may name: AccountInfo's fields, nested ones with a dot, and `id`. */
export const CSV_COLUMNS = [
  'id',
  'kind',
  'name',
  'bio',
  'signature',
  'avatar',
  'cover',
  'profession.domain',
  'profession.credential',
  'entity.name',
  'entity.uscc',
  'entity.address',
  'entity.contentCategory',
  'entity.contact',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Checks a header row; throws an Error naming the problem (unknown or repeated columns). */
export function csvColumns(fields: readonly string[]): CsvColumn[] {
  const known = new Set<string>(CSV_COLUMNS);
  const seen = new Set<string>();
  const columns: CsvColumn[] = [];
  for (const raw of fields) {
    const name = raw.trim();
    if (!known.has(name)) {
      throw new Error(
        `the CSV header names an unknown column ${JSON.stringify(name)}; the columns are ${CSV_COLUMNS.join(', ')}`,
      );
    }
    if (seen.has(name)) throw new Error(`the CSV header names the column ${JSON.stringify(name)} twice`);
    seen.add(name);
    columns.push(name as CsvColumn);
  }
  return columns;
}

/**
 * One CSV row as an account line: each non-empty cell sets its field (CSV cannot tell an empty
 * string from a missing value, and the engine checks neither); `profession` and `entity` exist
 * when one of their cells is set. The result is then validated like a JSON line.
 */
export function csvAccount(columns: readonly CsvColumn[], cells: readonly string[]): Record<string, unknown> {
  const account: Record<string, unknown> = {};
  for (let c = 0; c < columns.length; c++) {
    const value = cells[c] ?? '';
    if (value === '') continue;
    const column = columns[c] as CsvColumn;
    const dot = column.indexOf('.');
    if (dot < 0) {
      account[column] = value;
    } else {
      const parent = column.slice(0, dot);
      let object = account[parent] as Record<string, unknown> | undefined;
      if (object === undefined) {
        object = {};
        account[parent] = object;
      }
      object[column.slice(dot + 1)] = value;
    }
  }
  return account;
}
