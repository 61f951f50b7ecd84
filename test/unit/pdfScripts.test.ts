import { deflateSync } from 'node:zlib'

import { describe, expect, it } from 'vitest'

import { pdfNames, pdfScriptFinding, pdfScriptRejection } from '../../src/domain/pdfScripts'

/** A small PDF whose catalog gets `catalogExtra`, with `extraObjects` after the page (object 4 on). */
function pdf(catalogExtra = '', extraObjects: string[] = []): Buffer {
  const objects = [
    `<< /Type /Catalog /Pages 2 0 R ${catalogExtra} >>`,
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
    ...extraObjects,
  ]
  let body = '%PDF-1.7\n'
  objects.forEach((o, i) => {
    body += `${i + 1} 0 obj\n${o}\nendobj\n`
  })
  return Buffer.concat([Buffer.from(body, 'latin1'), Buffer.from('trailer\n<< /Root 1 0 R >>\n%%EOF\n', 'latin1')])
}

/** An object stream (PDF 1.5) holding `objects`, its data deflated unless `filter` says otherwise. */
function objectStream(objects: string[], filter = '/FlateDecode', encode = (b: Buffer) => deflateSync(b)): string {
  const header = objects.map((_, i) => `${10 + i} 0`).join(' ') + ' '
  const data = encode(Buffer.from(header + objects.join('\n'), 'latin1')).toString('latin1')
  return `<< /Type /ObjStm /N ${objects.length} /First ${header.length} /Filter ${filter} /Length ${data.length} >>\nstream\n${data}\nendstream`
}

describe('pdfNames', () => {
  it('reads names as a PDF reader does, #xx escapes decoded', () => {
    expect(pdfNames(Buffer.from('<< /S /J#61vaScript /JS(app.alert\\(1\\))/Type/Action >>'))).toEqual(['S', 'JavaScript', 'JS', 'Type', 'Action'])
    expect(pdfNames(Buffer.from('/#4A#53 /A#41[/x]'))).toEqual(['JS', 'AA', 'x'])
  })
})

describe('a PDF the media library refuses', () => {
  it('a leaflet that runs JavaScript when opened (/OpenAction with a JavaScript action)', () => {
    const file = pdf('/OpenAction 4 0 R', ['<< /Type /Action /S /JavaScript /JS (app.alert("Trúng thưởng!")) >>'])
    expect(pdfScriptFinding(file)).toEqual({ kind: 'active', name: 'JavaScript' })
  })

  it('the same with its names hidden behind #xx escapes', () => {
    const file = pdf('/OpenAction 4 0 R', ['<< /Type /Action /S /J#61v#61Script /#4A#53 (app.launchURL("http://evil.example")) >>'])
    expect(pdfScriptFinding(file)).toEqual({ kind: 'active', name: 'JavaScript' })
  })

  it('a page that runs an action when viewed (/AA), or a form that launches a program (/Launch)', () => {
    expect(pdfScriptFinding(pdf('', ['<< /AA << /O 5 0 R >> >>']))).toEqual({ kind: 'active', name: 'AA' })
    expect(pdfScriptFinding(pdf('/OpenAction << /S /Launch /F (cmd.exe) >>'))).toEqual({ kind: 'active', name: 'Launch' })
    expect(pdfScriptFinding(pdf('/AcroForm << /XFA 6 0 R >>'))).toEqual({ kind: 'active', name: 'XFA' })
  })

  it('JavaScript hidden inside a compressed object stream', () => {
    const file = pdf('/OpenAction 10 0 R', [objectStream(['<< /S /JavaScript /JS (app.alert(1)) >>'])])
    expect(file.toString('latin1')).not.toContain('JavaScript')
    expect(pdfScriptFinding(file)).toEqual({ kind: 'active', name: 'JavaScript' })
  })

  it('an object stream Loa cannot read (another filter, or encrypted data) cannot be checked, so it is refused', () => {
    const other = pdf('', [objectStream(['<< /Type /Font >>'], '/LZWDecode', (b) => b)])
    expect(pdfScriptFinding(other)).toEqual({ kind: 'unreadable' })
    const garbled = pdf('', [objectStream(['<< /Type /Font >>'], '/FlateDecode', (b) => Buffer.from(b.map((x) => x ^ 0x5a)))])
    expect(pdfScriptFinding(garbled)).toEqual({ kind: 'unreadable' })
  })

  it('says why in Vietnamese, and how to make an acceptable copy', () => {
    const message = pdfScriptRejection('to-roi.pdf', pdf('/OpenAction 4 0 R', ['<< /S /JavaScript /JS (1) >>']))
    expect(message).toMatch(/^Không nhận tệp PDF "to-roi\.pdf": tệp chứa mã JavaScript/)
    expect(message).toMatch(/Print to PDF/)
  })
})

describe('a PDF the media library takes', () => {
  it('an ordinary leaflet, one that opens at a fitted page, and one whose objects are compressed', () => {
    expect(pdfScriptFinding(pdf())).toBeNull()
    expect(pdfScriptFinding(pdf('/OpenAction [3 0 R /Fit] /PageMode /UseOutlines'))).toBeNull()
    expect(pdfScriptFinding(pdf('', [objectStream(['<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'])]))).toBeNull()
    expect(pdfScriptRejection('to-roi.pdf', pdf())).toBeNull()
  })

  it('names that only start like the forbidden ones (/JBIG2Decode, /JSON-like names) are not mistaken for them', () => {
    expect(pdfScriptFinding(pdf('', ['<< /Filter /JBIG2Decode /JSONData 1 /AAx 2 >>']))).toBeNull()
  })
})
