/**
 * One server per data folder: a lock file, created only if absent, holds the owner's pid. A lock whose pid is no
 * longer alive (the owner was killed with -9) is taken over, so a crash never leaves the folder stuck.
 */
import { link, readFile, rm, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'

export const LOCK_FILE = 'server.lock'

/** The data folder cannot be used as it is; the message says why and what to do, for a person. */
export class DataFolderError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'DataFolderError'
  }
}

export type FolderLock = { release(): Promise<void> }

// Folders this process holds: a lock naming our own pid is ours only if listed here (else it was left by an
// earlier process that had the same pid, as in a restarted container where the server is always pid 1).
const held = new Set<string>()

export async function lockDataFolder(dir: string): Promise<FolderLock> {
  const folder = resolve(dir)
  const path = join(folder, LOCK_FILE)
  for (;;) {
    // Written aside, then linked into place: the lock never exists without its pid (link fails if it exists).
    const mine = `${path}.${process.pid}`
    await writeFile(mine, `${process.pid}\n`, { mode: 0o600 })
    try {
      await link(mine, path)
      held.add(folder)
      return {
        release: async () => {
          held.delete(folder)
          await rm(path, { force: true })
        },
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    } finally {
      await rm(mine, { force: true })
    }
    const owner = Number((await readFile(path, 'utf8').catch(() => '')).trim())
    if (isAlive(owner, folder)) {
      throw new DataFolderError(`another server is using the data folder ${folder} (pid ${owner}); stop it first or pass another --data-dir`)
    }
    // The owner is gone without closing. (Two servers taking over the same stale lock at the same instant
    // could both succeed; starting servers one at a time is left to the operator.)
    await rm(path, { force: true })
  }
}

function isAlive(pid: number, folder: string): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false // emptied by a system crash
  if (pid === process.pid) return held.has(folder)
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM' // alive, owned by another user
  }
}
