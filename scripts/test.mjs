#!/usr/bin/env node
/**
 * `npm test`: the whole suite on a fresh clone.
 *   unit         plain domain functions
 *   integration  the Local API on a fresh SQLite file per test file
 *                (TEST_DATABASE_URL=postgres://… runs it on PostgreSQL instead)
 *   browser      the production build in headless Debian Chromium
 *   load         bursts of concurrent writes on the production build (its own server, limits lifted)
 * Installs what is missing first (dependencies, Debian's chromium and LibreOffice when run as
 * root: the tests render the DOCX/XLSX reports to PDF with LibreOffice), builds
 * when the sources changed, and ends with one "N passed, N failed" line.
 *
 * Flags: --integration-only (what CI's PostgreSQL run uses), --no-browser (skips the load test too: both need the build).
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { bin, ensureBuild, ensureDependencies, loadEnv, root, run } from './lib/prepare.mjs'

const args = new Set(process.argv.slice(2))
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
const SOFFICE = process.env.SOFFICE_PATH || '/usr/bin/soffice'

ensureDependencies()
loadEnv()

const projects = args.has('--integration-only') ? ['integration'] : ['unit', 'integration']
// The unit and integration tests both open the DOCX/XLSX reports with LibreOffice.
ensureLibreOffice()
if (!args.has('--integration-only') && !args.has('--no-browser')) {
  ensureChromium()
  ensureBuild(process.env)
  projects.push('browser', 'load')
}

// The browser project runs after the others: on two cores, a production server under the load
// of the integration workers answers too slowly for a fair browser test. The load test comes last,
// alone: its bursts would starve the browser test's server, and theirs its own.
const served = ['browser', 'load']
const runs = [projects.filter((p) => !served.includes(p)), ...served.filter((p) => projects.includes(p)).map((p) => [p])].filter((r) => r.length)
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'loa-vitest-'))
let status = 0
const summary = { passed: 0, failed: 0, skipped: 0 }
runs.forEach((run, i) => {
  const report = path.join(tmp, `report-${i}.json`)
  const vitest = spawnSync(
    bin('vitest'),
    ['run', ...run.flatMap((p) => ['--project', p]), '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
    { stdio: 'inherit', cwd: root, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } },
  )
  status ||= vitest.status ?? 1
  if (!fs.existsSync(report)) return
  const r = JSON.parse(fs.readFileSync(report, 'utf8'))
  summary.passed += r.numPassedTests
  summary.failed += r.numFailedTests
  summary.skipped += r.numPendingTests + (r.numTodoTests ?? 0)
})
// Errors outside any test (a crashed worker, an unhandled rejection) fail the run: count them.
if (status !== 0 && summary.failed === 0) summary.failed = 1
if (process.env.LOA_TEST_SUMMARY) fs.appendFileSync(process.env.LOA_TEST_SUMMARY, `${JSON.stringify(summary)}\n`)
console.log(`\nProjects: ${projects.join(', ')}; database: ${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'SQLite'}`)
console.log(`tests: ${summary.passed} passed, ${summary.failed} failed${summary.skipped ? `, ${summary.skipped} skipped` : ''}`)
// A run that executed nothing is a failure, not a pass.
process.exit(status === 0 && summary.passed > 0 ? 0 : 1)

function ensureChromium() {
  if (fs.existsSync(CHROMIUM)) return
  if (process.getuid?.() !== 0) {
    console.error(`✗ Cần Chromium cho kiểm thử trình duyệt – Chromium is needed at ${CHROMIUM}: sudo apt-get install -y chromium`)
    process.exit(1)
  }
  console.log('▸ Cài Chromium của Debian cho kiểm thử trình duyệt – installing Debian chromium')
  run('apt-get', ['update', '-qq'])
  run('apt-get', ['install', '-y', '-qq', 'chromium'], { ...process.env, DEBIAN_FRONTEND: 'noninteractive' })
}

/** LibreOffice converts the official reports to PDF (reportDocuments and evaluation tests); pdftotext reads them back. */
function ensureLibreOffice() {
  if (fs.existsSync(SOFFICE) && fs.existsSync('/usr/bin/pdftotext')) return
  const packages = ['libreoffice-writer-nogui', 'libreoffice-calc-nogui', 'poppler-utils', 'fonts-liberation']
  if (process.getuid?.() !== 0) {
    console.error(`✗ Cần LibreOffice và pdftotext cho kiểm thử báo cáo – LibreOffice (${SOFFICE}) and pdftotext are needed: sudo apt-get install -y --no-install-recommends ${packages.join(' ')}`)
    process.exit(1)
  }
  console.log('▸ Cài LibreOffice và poppler-utils cho kiểm thử báo cáo – installing LibreOffice and poppler-utils')
  run('apt-get', ['update', '-qq'])
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { ...process.env, DEBIAN_FRONTEND: 'noninteractive' })
}
