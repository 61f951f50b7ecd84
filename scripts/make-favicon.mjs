#!/usr/bin/env node
/**
 * `node scripts/make-favicon.mjs`: src/app/favicon.ico from src/app/icon.svg (the loudspeaker mark
 * of src/components/LoaLogo.tsx), for browsers and tools that ask for /favicon.ico. Run it when the
 * mark changes and commit the result. An ICO may hold PNG images: 16, 32 and 48 px.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import sharp from 'sharp'

const app = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'src', 'app')
const svg = fs.readFileSync(path.join(app, 'icon.svg'))
const sizes = [16, 32, 48]
const images = await Promise.all(sizes.map((size) => sharp(svg, { density: 72 * (size / 32) * 4 }).resize(size, size).png().toBuffer()))

const header = Buffer.alloc(6)
header.writeUInt16LE(0, 0) // reserved
header.writeUInt16LE(1, 2) // 1 = icon
header.writeUInt16LE(images.length, 4)
let offset = 6 + 16 * images.length
const entries = images.map((png, i) => {
  const entry = Buffer.alloc(16)
  entry.writeUInt8(sizes[i] % 256, 0) // width (0 means 256)
  entry.writeUInt8(sizes[i] % 256, 1) // height
  entry.writeUInt16LE(1, 4) // colour planes
  entry.writeUInt16LE(32, 6) // bits per pixel
  entry.writeUInt32LE(png.length, 8)
  entry.writeUInt32LE(offset, 12)
  offset += png.length
  return entry
})
fs.writeFileSync(path.join(app, 'favicon.ico'), Buffer.concat([header, ...entries, ...images]))
console.log(`src/app/favicon.ico: ${sizes.join(', ')} px, ${offset} bytes`)
