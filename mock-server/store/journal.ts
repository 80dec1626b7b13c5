/**
 * The durable form of a file store: an append-only JSON-lines journal of operations, replayed on start.
 * A write resolves only once it is on disk (write + fdatasync). Writes that arrive while a sync runs are
 * grouped into the next single write + sync (group commit), so concurrent creates share syncs.
 */
import { constants } from 'node:fs'
import { mkdir, open, readFile, rename, rm, truncate, type FileHandle } from 'node:fs/promises'
import { join } from 'node:path'
import type { TenantPreset } from '../../src/contract/mock-control'
import type { PagePreferences, PreferencePage } from '../../src/contract/preferences'
import type { PersistedApiKey } from './model'

export type JournalRecord =
  | { op: 'createTenant'; customerId: string; preset: TenantPreset; size?: number }
  | { op: 'resetTenant'; customerId: string }
  | { op: 'putKey'; customerId: string; key: PersistedApiKey }
  | { op: 'deleteKey'; customerId: string; microtenantId: string; id: string }
  | { op: 'advanceClock'; customerId: string; seconds: number }
  | { op: 'putPreferences'; customerId: string; microtenantId: string; page: PreferencePage; preferences: PagePreferences }
  | { op: 'setTimeZone'; customerId: string; timeZone: string }

export interface Journal {
  /** Resolves once the record is durable. */
  append(record: JournalRecord): Promise<void>
  /** Waits for pending writes, then releases the file. */
  close(): Promise<void>
}

/** Memory mode: nothing touches the disk. */
export const memoryJournal = (): Journal => ({ append: () => Promise.resolve(), close: () => Promise.resolve() })

export const JOURNAL_FILE = 'journal.jsonl'

type Pending = { data: string; resolve: () => void; reject: (error: unknown) => void }

export class FileJournal implements Journal {
  readonly #dir: string
  readonly #path: string
  #file: FileHandle
  #queue: Pending[] = []
  #flushing: Promise<void> | undefined
  #failure: unknown
  #closed = false

  private constructor(dir: string, file: FileHandle) {
    this.#dir = dir
    this.#path = join(dir, JOURNAL_FILE)
    this.#file = file
  }

  /** Opens (or creates) the journal in `dir` and returns the records it holds. A torn last line is dropped. */
  static async open(dir: string): Promise<{ journal: FileJournal; records: JournalRecord[]; created: boolean }> {
    await mkdir(dir, { recursive: true })
    const path = join(dir, JOURNAL_FILE)
    await rm(`${path}.tmp`, { force: true }) // an interrupted compaction; the journal itself is intact
    const { records, validBytes, totalBytes } = await readRecords(path)
    if (totalBytes !== undefined && validBytes < totalBytes) {
      // A crash mid-append leaves an unterminated line; it was never acknowledged, so cut it off.
      await truncate(path, validBytes)
    }
    const file = await open(path, constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT, 0o600)
    if (totalBytes === undefined) await syncDirectory(dir)
    else if (validBytes < totalBytes) await file.datasync()
    return { journal: new FileJournal(dir, file), records, created: totalBytes === undefined }
  }

  append(record: JournalRecord): Promise<void> {
    if (this.#closed) return Promise.reject(new Error('the journal is closed'))
    if (this.#failure) return Promise.reject(this.#failure)
    return new Promise((resolve, reject) => {
      this.#queue.push({ data: `${JSON.stringify(record)}\n`, resolve, reject })
      this.#flushing ??= this.#flush()
    })
  }

  async #flush(): Promise<void> {
    while (this.#queue.length > 0) {
      const batch = this.#queue
      this.#queue = []
      try {
        if (this.#failure) throw this.#failure
        await writeAll(this.#file, Buffer.from(batch.map((entry) => entry.data).join('')))
        await this.#file.datasync()
        for (const entry of batch) entry.resolve()
      } catch (error) {
        // After a failed write the file's tail is unknown: refuse further writes rather than corrupt it.
        this.#failure ??= error
        for (const entry of batch) entry.reject(error)
      }
    }
    this.#flushing = undefined
  }

  /** Replaces the journal by `records` (the current state) atomically: temp file, fsync, rename, fsync dir. */
  async compact(records: Iterable<JournalRecord>): Promise<void> {
    await this.#flushing
    const temp = `${this.#path}.tmp`
    const out = await open(temp, 'w', 0o600)
    try {
      let chunk: string[] = []
      for (const record of records) {
        chunk.push(JSON.stringify(record))
        if (chunk.length >= 1000) {
          await writeAll(out, Buffer.from(`${chunk.join('\n')}\n`))
          chunk = []
        }
      }
      if (chunk.length > 0) await writeAll(out, Buffer.from(`${chunk.join('\n')}\n`))
      await out.sync()
    } finally {
      await out.close()
    }
    await rename(temp, this.#path)
    await syncDirectory(this.#dir)
    const previous = this.#file
    this.#file = await open(this.#path, constants.O_WRONLY | constants.O_APPEND)
    await previous.close()
  }

  async close(): Promise<void> {
    if (this.#closed) return
    this.#closed = true
    await this.#flushing
    await this.#file.close()
  }
}

async function writeAll(file: FileHandle, buffer: Buffer): Promise<void> {
  let offset = 0
  while (offset < buffer.length) {
    const { bytesWritten } = await file.write(buffer, offset, buffer.length - offset)
    offset += bytesWritten
  }
}

async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/** Parses every complete line; `validBytes` ends after the last newline. */
async function readRecords(path: string): Promise<{ records: JournalRecord[]; validBytes: number; totalBytes?: number }> {
  let content: Buffer
  try {
    content = await readFile(path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { records: [], validBytes: 0 }
    throw error
  }
  const validBytes = content.lastIndexOf(0x0a) + 1
  const records: JournalRecord[] = []
  const lines = content.subarray(0, validBytes).toString('utf8').split('\n')
  lines.forEach((line, index) => {
    if (line.trim() === '') return
    try {
      records.push(JSON.parse(line) as JournalRecord)
    } catch {
      console.warn(`journal: skipping unreadable line ${index + 1} of ${path}`)
    }
  })
  if (validBytes < content.length) console.warn(`journal: dropping an unfinished last line of ${path}`)
  return { records, validBytes, totalBytes: content.length }
}
