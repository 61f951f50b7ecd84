/**
 * The seed's material covers: a 1200×630 card (the social-share size) drawn from text with sharp,
 * so the demo library has real images without shipping binary files or fetching anything.
 */
import sharp from 'sharp'

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** Break a line into pieces of at most `width` characters at spaces. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/)) {
    if ((line + ' ' + word).trim().length > width && line) {
      lines.push(line)
      line = word
    } else line = (line + ' ' + word).trim()
  }
  if (line) lines.push(line)
  return lines
}

export async function cardImage(headline: string, lines: string[], accent = '#b3261e'): Promise<Buffer> {
  const title = wrap(headline, 34).slice(0, 3)
  const body = lines.flatMap((l) => wrap(l, 52)).slice(0, 6)
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
  <rect width="1200" height="630" fill="#fffaf5"/>
  <rect width="1200" height="18" fill="${accent}"/>
  <rect x="60" y="60" width="72" height="72" rx="14" fill="${accent}"/>
  <path d="M78 88h14l26-16v52l-26-16H78z" fill="#fff"/>
  <text x="152" y="108" font-family="DejaVu Sans, Liberation Sans, sans-serif" font-size="30" fill="#5b6570">BHXH, BHYT Hải Phòng 2026–2030</text>
  ${title.map((t, i) => `<text x="60" y="${215 + i * 62}" font-family="DejaVu Sans, Liberation Sans, sans-serif" font-weight="bold" font-size="52" fill="#1b1f24">${escape(t)}</text>`).join('\n  ')}
  ${body.map((t, i) => `<text x="60" y="${250 + title.length * 62 + i * 44}" font-family="DejaVu Sans, Liberation Sans, sans-serif" font-size="32" fill="#3d4650">• ${escape(t)}</text>`).join('\n  ')}
</svg>`
  return sharp(Buffer.from(svg)).png().toBuffer()
}
