/**
 * Where an audit's records come from. A source hands records to a sink (as a splitter does) a chunk
 * at a time, and says where the input stands after them: the position a checkpoint records and a
 * resumed run starts from.
 *
 * - FileSource: a JSON Lines or CSV file, read in chunks of 256 KB into one reused buffer and cut
 *   by a splitter (records.ts); the position is a byte offset and a line count.
 * - PostgresSource (`--from postgres://… --query "SELECT …"`): the rows of a query, read through a
 *   server-side cursor (pg-cursor) 1,000 at a time, so memory does not grow with the table. Each
 *   row becomes the JSON line of an account — its columns named as the CSV columns are (id, name,
 *   bio, profession.domain, …; NULL is an absent field) — so it is read, checked and written
 *   exactly as the same account in a JSON Lines file; the position is the number of rows read (a
 *   "line" is a row). A resumed run skips that many rows of the same query (`OFFSET`): the query
 *   must return its rows in a stable order (ORDER BY a unique key) for a resume to be exact.
 */
import { createHash } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import { AuditError, describeError, fileProblem } from './errors.js';
import { CSV_COLUMNS, type CsvColumn } from './readers.js';
import type { RecordSink, Splitter } from './records.js';

/** A place in the input: the offset after a record (bytes, or rows), and the lines before it. */
export interface Position {
  offset: number;
  lines: number;
}

export interface RecordSource {
  /** Hands the next records to `sink`; resolves to false once the input has ended (and was handed out). */
  next(sink: RecordSink): Promise<boolean>;
  /** Where the input stands after the records handed out so far. */
  readonly position: Position;
  close(): Promise<void>;
}

const CHUNK_BYTES = 262_144;

export class FileSource implements RecordSource {
  private readonly buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  private at: number;

  constructor(
    private readonly handle: FileHandle,
    private readonly splitter: Splitter,
    private readonly name: string,
    start: number,
  ) {
    this.at = start;
  }

  get position(): Position {
    return { offset: this.splitter.consumed, lines: this.splitter.consumedLines };
  }

  async next(sink: RecordSink): Promise<boolean> {
    let bytesRead: number;
    try {
      ({ bytesRead } = await this.handle.read(this.buffer, 0, CHUNK_BYTES, this.at));
    } catch (error) {
      throw fileProblem('read', this.name, error);
    }
    if (bytesRead === 0) {
      this.splitter.end(sink);
      return false;
    }
    this.at += bytesRead;
    this.splitter.feed(this.buffer.subarray(0, bytesRead), sink);
    return true;
  }

  async close(): Promise<void> {
    await this.handle.close();
  }
}

const ROWS_PER_READ = 1_000;

/** The connection string without its password, for messages, the summary and the checkpoint. */
export function redactedUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://…';
  }
}

/** What a checkpoint records of a query: the database and a fingerprint of the query text. */
export function queryIdentity(url: string, query: string): string {
  const digest = createHash('sha256').update(query).digest('hex').slice(0, 16);
  return `${redactedUrl(url)}#query=${digest}`;
}

interface PgClient {
  connect(): Promise<void>;
  query(cursorOrText: unknown, values?: unknown[]): unknown;
  end(): Promise<void>;
}

interface PgCursor {
  read(rows: number): Promise<Record<string, unknown>[]>;
  close(): Promise<void>;
}

export class PostgresSource implements RecordSource {
  /**
   * Connects, checks the query's columns (without running it to the end) and opens a cursor on it,
   * past the `start` rows a resumed run has already read. Throws an AuditError when it cannot.
   */
  static async open(url: string, query: string, start: number): Promise<PostgresSource> {
    let pg: { Client: new (config: object) => PgClient };
    let Cursor: new (text: string, values?: unknown[]) => PgCursor;
    try {
      pg = ((await import('pg')) as unknown as { default: typeof pg }).default;
      Cursor = ((await import('pg-cursor')) as unknown as { default: typeof Cursor }).default;
    } catch (error) {
      throw new AuditError(
        `--from postgres needs the packages "pg" and "pg-cursor" (optional peer dependencies of @mingzheng/server): npm install pg pg-cursor (${describeError(error)})`,
      );
    }
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
    } catch (error) {
      throw new AuditError(`cannot connect to ${redactedUrl(url)}: ${describeError(error)}`);
    }
    try {
      const inner = query.trim().replace(/;\s*$/, '');
      const described = (await client.query(`SELECT * FROM (${inner}) AS audited LIMIT 0`)) as {
        fields: { name: string }[];
      };
      const columns = queryColumns(described.fields.map((field) => field.name));
      const cursor = client.query(
        new Cursor(`SELECT * FROM (${inner}) AS audited OFFSET $1`, [start]),
      ) as unknown as PgCursor;
      return new PostgresSource(client, cursor, columns, start);
    } catch (error) {
      await client.end().catch(() => {});
      if (error instanceof AuditError) throw error;
      throw new AuditError(`the query cannot be read: ${describeError(error)}`);
    }
  }

  private rows: number;

  private constructor(
    private readonly client: PgClient,
    private readonly cursor: PgCursor,
    private readonly columns: readonly CsvColumn[],
    start: number,
  ) {
    this.rows = start;
  }

  get position(): Position {
    return { offset: this.rows, lines: this.rows };
  }

  async next(sink: RecordSink): Promise<boolean> {
    let rows: Record<string, unknown>[];
    try {
      rows = await this.cursor.read(ROWS_PER_READ);
    } catch (error) {
      throw new AuditError(`reading the query failed: ${describeError(error)}`);
    }
    for (const row of rows) {
      this.rows += 1;
      sink(JSON.stringify(rowAccount(this.columns, row)), this.rows);
    }
    return rows.length === ROWS_PER_READ;
  }

  async close(): Promise<void> {
    await this.cursor.close().catch(() => {});
    await this.client.end().catch(() => {});
  }
}

/** Checks the query's column names: those of the CSV header (id, name, bio, entity.name, …). */
function queryColumns(names: readonly string[]): CsvColumn[] {
  const known = new Set<string>(CSV_COLUMNS);
  const unknown = names.filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new AuditError(
      `the query selects ${unknown.map((name) => JSON.stringify(name)).join(', ')}; its columns must be named as ${CSV_COLUMNS.join(', ')} (use AS "entity.name" …)`,
    );
  }
  if (new Set(names).size !== names.length) throw new AuditError('the query selects a column twice');
  return names as CsvColumn[];
}

/** A row as an account line: NULL is an absent field; other values are kept as they are (and validated). */
function rowAccount(columns: readonly CsvColumn[], row: Record<string, unknown>): Record<string, unknown> {
  const account: Record<string, unknown> = {};
  for (const column of columns) {
    const value = row[column];
    if (value === null || value === undefined) continue;
    const dot = column.indexOf('.');
    if (dot < 0) {
      account[column] = value;
      continue;
    }
    const parent = column.slice(0, dot);
    let object = account[parent] as Record<string, unknown> | undefined;
    if (object === undefined) {
      object = {};
      account[parent] = object;
    }
    object[column.slice(dot + 1)] = value;
  }
  return account;
}
