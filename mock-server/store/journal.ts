/**
 * The durable form of a file store: an append-only JSON-lines journal of operations, replayed on start.
 * A write resolves only once it is on disk (write + fdatasync). Writes that arrive while a sync runs are
 * grouped into the next single write + sync (group commit), so concurrent creates share syncs.
 * Each line is `<crc32 of the JSON, 8 hex digits> <JSON>`, so a damaged record is found, never replayed.
 * Only one server at a time opens a folder's journal (data-folder.ts).
 */
import { constants } from 'node:fs'
import { copyFile, link, mkdir, open, readFile, rename, rm, truncate, type FileHandle } from 'node:fs/promises'
import { join } from 'node:path'
import { crc32 } from 'node:zlib'
import type { TenantPreset } from '../../src/contract/mock-control'
import type { PagePreferences, PreferencePage } from '../../src/contract/preferences'
import { DataFolderError, lockDataFolder, type FolderLock } from './data-folder'
import type { ActivityDelta } from './activity'
import type { PersistedApiKey, PersistedZccKey, PersistedZdxKey } from './model'

/**
 * A key change's own activity (its audit event; a failed sign-in's event and refused call), durable with it and
 * undone with it. Journals written before it existed have none.
 */
type WithActivity = { activity?: ActivityDelta }

export type JournalRecord =
  | { op: 'createTenant'; customerId: string; preset: TenantPreset; size?: number }
  | { op: 'resetTenant'; customerId: string }
  | ({ op: 'putKey'; customerId: string; key: PersistedApiKey } & WithActivity)
  | ({ op: 'deleteKey'; customerId: string; microtenantId: string; id: string } & WithActivity)
  | { op: 'advanceClock'; customerId: string; seconds: number }
  | { op: 'putPreferences'; customerId: string; microtenantId: string; page: PreferencePage; preferences: PagePreferences }
  | { op: 'setTimeZone'; customerId: string; timeZone: string }
  | { op: 'dropTenant'; customerId: string }
  | ({ op: 'putZccKey'; customerId: string; key: PersistedZccKey } & WithActivity)
  | ({ op: 'deleteZccKey'; customerId: string; id: string } & WithActivity)
  /** Devices removed through the ZCC public API (soft removal: they leave getDevices). */
  | { op: 'removeZccDevices'; customerId: string; udids: string[] }
  /** A ZDX key created or changed; its secret sealed (secret-box.ts), never in clear. */
  | ({ op: 'putZdxKey'; customerId: string; key: PersistedZdxKey } & WithActivity)
  | ({ op: 'deleteZdxKey'; customerId: string; id: string } & WithActivity)
  /** Activity of its own: sign-ins and call counts (batched, about once a second), synthetic history, a compacted log. */
  | ({ op: 'activity'; customerId: string } & ActivityDelta)

export interface Journal {
  /** Resolves once the record is durable. */
  append(record: JournalRecord): Promise<void>
  /** Resolves after a sync of the journal, as an append would, without writing a record. */
  sync(): Promise<void>
  /** Waits for pending writes, then releases the file. */
  close(): Promise<void>
}

/** Memory mode: nothing touches the disk. */
export const memoryJournal = (): Journal => ({ append: () => Promise.resolve(), sync: () => Promise.resolve(), close: () => Promise.resolve() })

export const JOURNAL_FILE = 'journal.jsonl'
/** The journal as it was before the last compaction. */
export const BACKUP_FILE = `${JOURNAL_FILE}.bak`

type Pending = { data: string; resolve: () => void; reject: (error: unknown) => void }

const line = (record: JournalRecord): string => {
  const json = JSON.stringify(record)
  return `${checksum(json)} ${json}\n`
}
const checksum = (json: string): string => crc32(json).toString(16).padStart(8, '0')

export class FileJournal implements Journal {
  readonly #dir: string
  readonly #path: string
  readonly #lock: FolderLock
  #file: FileHandle
  #queue: Pending[] = []
  #flushing: Promise<void> | undefined
  #failure: unknown
  #closed = false

  private constructor(dir: string, file: FileHandle, lock: FolderLock) {
    this.#dir = dir
    this.#path = join(dir, JOURNAL_FILE)
    this.#file = file
    this.#lock = lock
  }

  /**
   * Locks `dir` and opens (or creates) its journal; returns the records it holds. A torn last line is dropped;
   * any other damaged line throws a DataFolderError naming it, and the folder is left as it is.
   */
  static async open(dir: string): Promise<{ journal: FileJournal; records: JournalRecord[]; created: boolean }> {
    await mkdir(dir, { recursive: true })
    const lock = await lockDataFolder(dir)
    try {
      const path = join(dir, JOURNAL_FILE)
      const { records, validBytes, totalBytes } = await readRecords(path)
      await rm(`${path}.tmp`, { force: true }) // an interrupted compaction; the journal itself is intact
      if (totalBytes !== undefined && validBytes < totalBytes) {
        // A crash mid-append leaves an unterminated line; it was never acknowledged, so cut it off.
        await truncate(path, validBytes)
      }
      const file = await open(path, constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT, 0o600)
      if (totalBytes === undefined) await syncDirectory(dir)
      else if (validBytes < totalBytes) await file.datasync()
      return { journal: new FileJournal(dir, file, lock), records, created: totalBytes === undefined }
    } catch (error) {
      await lock.release()
      throw error
    }
  }

  append(record: JournalRecord): Promise<void> {
    return this.#enqueue(line(record))
  }

  sync(): Promise<void> {
    return this.#enqueue('')
  }

  #enqueue(data: string): Promise<void> {
    if (this.#closed) return Promise.reject(new Error('the journal is closed'))
    if (this.#failure) return Promise.reject(this.#failure)
    return new Promise((resolve, reject) => {
      this.#queue.push({ data, resolve, reject })
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

  /**
   * Replaces the journal by `records` (the current state) atomically: temp file, fsync, rename, fsync dir.
   * The journal it replaces is kept as BACKUP_FILE, so a compaction never loses what it was not meant to.
   */
  async compact(records: Iterable<JournalRecord>): Promise<void> {
    await this.#flushing
    const temp = `${this.#path}.tmp`
    const out = await open(temp, 'w', 0o600)
    try {
      let chunk = ''
      let count = 0
      for (const record of records) {
        chunk += line(record)
        if (++count % 1000 === 0) {
          await writeAll(out, Buffer.from(chunk))
          chunk = ''
        }
      }
      if (chunk !== '') await writeAll(out, Buffer.from(chunk))
      await out.sync()
    } finally {
      await out.close()
    }
    await keepBackup(this.#path, join(this.#dir, BACKUP_FILE))
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
    await this.#lock.release()
  }
}

/** Makes `backup` the journal's current content; the journal stays in place meanwhile (a crash keeps both). */
async function keepBackup(path: string, backup: string): Promise<void> {
  await rm(backup, { force: true })
  try {
    await link(path, backup) // the same file under a second name: instant, whatever its size
  } catch {
    await copyFile(path, backup) // a file system without hard links
  }
}

async function writeAll(file: FileHandle, buffer: Buffer): Promise<void> {
  let offset = 0
  while (offset < buffer.length) {
    const { bytesWritten } = await file.write(buffer, offset, buffer.length - offset)
    offset += bytesWritten
  }
}

/** Makes a file's creation or rename in `dir` durable. */
export async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/**
 * Parses every complete line; `validBytes` ends after the last newline. A complete line that fails its
 * checksum or does not parse throws: skipping it would silently lose a record and all that builds on it.
 * Lines without a checksum (written before there were any) are read as plain JSON.
 */
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
  lines.forEach((text, index) => {
    if (text.trim() === '') return
    const damaged = (why: string) =>
      new DataFolderError(`journal: line ${index + 1} of ${path} is damaged (${why}); the data folder was left as it is`)
    const checked = /^([0-9a-f]{8}) (.*)$/.exec(text)
    if (checked && checksum(checked[2]) !== checked[1]) throw damaged('checksum mismatch')
    try {
      records.push(JSON.parse(checked ? checked[2] : text) as JournalRecord)
    } catch {
      throw damaged('not JSON')
    }
  })
  if (validBytes < content.length) console.warn(`journal: dropping an unfinished last line of ${path}`)
  return { records, validBytes, totalBytes: content.length }
}
