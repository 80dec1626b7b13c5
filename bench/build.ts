/** Production builds of the page (browser and server) and of the floor page, by the same Vite, into one folder the server serves. */
import { readdir, readFile } from 'node:fs/promises'
import { extname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import react from '@vitejs/plugin-react'
import { build } from 'vite'
import { firstViewBuildDir } from '../mock-server/first-view'

const projectRoot = fileURLToPath(new URL('..', import.meta.url))

/** The floor lives under this path of the same site, so both pages share one server and one origin's rules. */
export const FLOOR_PATH = '/floor/'

export async function buildSite(outDir: string): Promise<void> {
  await build({
    root: projectRoot,
    configFile: join(projectRoot, 'vite.config.ts'),
    configLoader: 'runner',
    logLevel: 'error',
    build: { outDir, emptyOutDir: true },
  })
  // The server's render of the first view, where the server looks for it (mock-server/first-view.ts).
  await build({
    root: projectRoot,
    configFile: join(projectRoot, 'vite.config.ts'),
    configLoader: 'runner',
    logLevel: 'error',
    build: { ssr: 'src/entry-server.tsx', outDir: firstViewBuildDir(outDir), emptyOutDir: true },
  })
  await build({
    root: join(projectRoot, 'bench/floor'),
    configFile: false,
    base: FLOOR_PATH,
    logLevel: 'error',
    plugins: [react()],
    build: { outDir: join(outDir, FLOOR_PATH), emptyOutDir: true, target: 'es2022' },
  })
}

/** Bytes after gzip at its default level, as a server compressing on the fly would send them. */
export const gzipSize = async (file: string): Promise<number> => gzipSync(await readFile(file)).length

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name))
}

export type AssetSizes = { js: number; css: number; files: { path: string; gzip: number }[] }

/** Gzip sizes of the page's own build output (the floor's folder left out). */
export async function pageAssetSizes(outDir: string): Promise<AssetSizes> {
  const floorDir = join(outDir, FLOOR_PATH)
  const files = (await filesUnder(outDir)).filter((file) => !file.startsWith(floorDir) && ['.js', '.css'].includes(extname(file)))
  const sized = await Promise.all(files.map(async (file) => ({ path: `/${relative(outDir, file)}`, gzip: await gzipSize(file) })))
  const total = (ext: string) => sized.filter((f) => f.path.endsWith(ext)).reduce((sum, f) => sum + f.gzip, 0)
  return { js: total('.js'), css: total('.css'), files: sized.toSorted((a, b) => b.gzip - a.gzip) }
}

type Manifest = Record<string, { file: string; isEntry?: boolean; imports?: string[]; dynamicImports?: string[] }>

/**
 * Gzip bytes of every JS file one console page can ever load: the entry, the page's own module and all they import,
 * statically or on demand (dialogs, the calendar), without the other pages' modules, which that page never asks for.
 */
export async function pageReachableJs(outDir: string, pageSource: string): Promise<number> {
  const manifest = JSON.parse(await readFile(join(outDir, '.vite/manifest.json'), 'utf8')) as Manifest
  const otherPage = (key: string) => key.startsWith('src/app/pages/') && key !== pageSource
  const reached = new Set<string>()
  const reach = (key: string) => {
    if (reached.has(key) || otherPage(key) || !manifest[key]) return
    reached.add(key)
    for (const next of [...(manifest[key].imports ?? []), ...(manifest[key].dynamicImports ?? [])]) reach(next)
  }
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) reach(key)
  reach(pageSource)
  const files = [...reached].map((key) => manifest[key].file).filter((file) => file.endsWith('.js'))
  const sizes = await Promise.all(files.map((file) => gzipSize(join(outDir, file))))
  return sizes.reduce((sum, size) => sum + size, 0)
}
