/**
 * The console's pages (SPEC §4), by path: the page's route table (src/app/routes.ts) gives each its component and
 * loader, and the mock server renders the first view of these and answers 404 for any other page path.
 */
export const legacyApiPagePaths = ['/', '/legacy-api/client-connector', '/legacy-api/digital-experience'] as const
export const consolePagePaths = [...legacyApiPagePaths, '/audit-logs'] as const
export type ConsolePagePath = (typeof consolePagePaths)[number]

export const isConsolePagePath = (path: string): path is ConsolePagePath => (consolePagePaths as readonly string[]).includes(path)
