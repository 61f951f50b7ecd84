// Replaced by `payload migrate:create`; see README "Migrations".
export const migrations: { name: string; up: (args: any) => Promise<void>; down: (args: any) => Promise<void> }[] = []
