import { describe, expect, it } from 'vitest'

import { isSharedPublicPage, sitePath, withoutScripts } from '../../src/domain/publicPages'

describe('isSharedPublicPage', () => {
  it('the home page, the lists without a query and one item are shared by every visitor', () => {
    for (const path of ['/', '/hoi-dap', '/su-kien', '/hoi-dap/12', '/tai-lieu/7', '/thong-diep/3', '/tai-lieu/65a1b2c3d4e5f6a7b8c9d0e1']) {
      expect(isSharedPublicPage(path, ''), path).toBe(true)
    }
    expect(isSharedPublicPage('/', '?nhom=4')).toBe(true)
  })

  it('a search, a commune’s events, the feedback form, downloads, feeds and the admin are per request', () => {
    for (const [path, search] of [
      ['/hoi-dap', '?q=bao+hiem'],
      ['/hoi-dap', '?nhom=4'],
      ['/su-kien', '?xa=3'],
      ['/', '?nhom=4&x=1'],
      ['/', '?nhom=<script>'],
      ['/gop-y', ''],
      ['/tai-lieu/7/tai-ve/9', ''],
      ['/lich/xa/1.ics', ''],
      ['/admin', ''],
      ['/admin/login', ''],
      ['/hoi-dap/', ''],
      ['/tai-lieu/1;2', ''],
    ]) {
      expect(isSharedPublicPage(path, search), `${path}${search}`).toBe(false)
    }
  })
})

describe('withoutScripts', () => {
  it('removes inline and external scripts and their preloads, and keeps the rest', () => {
    const html =
      '<html><head><link rel="stylesheet" href="/_next/static/css/a.css"/><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/x.js"/>' +
      '<script src="/_next/static/chunks/main.js" async=""></script></head><body><main><h1>Bảo hiểm</h1><p>&lt;script&gt;alert(1)&lt;/script&gt;</p></main>' +
      '<script>self.__next_f.push([1,"a\\u003c/script\\u003e"])</script><script nonce="abc">(self.__next_f=self.__next_f||[]).push([0])</script>' +
      '<link rel="modulepreload" href="/m.js"></body></html>'
    const out = withoutScripts(html)
    expect(out).not.toMatch(/<script/i)
    expect(out).not.toContain('chunks/x.js')
    expect(out).not.toContain('/m.js')
    expect(out).toBe(
      '<html><head><link rel="stylesheet" href="/_next/static/css/a.css"/></head><body><main><h1>Bảo hiểm</h1><p>&lt;script&gt;alert(1)&lt;/script&gt;</p></main></body></html>',
    )
  })
})

describe('sitePath', () => {
  it('an address of this site becomes a path; other sites and paths stay as they are', () => {
    expect(sitePath('http://localhost:3000/api/media/file/a-card.jpg?v=2', 'http://localhost:3000')).toBe('/api/media/file/a-card.jpg?v=2')
    expect(sitePath('https://loa.haiphong.gov.vn/api/media/file/a.jpg', 'https://loa.haiphong.gov.vn/')).toBe('/api/media/file/a.jpg')
    expect(sitePath('https://cdn.example.vn/a.jpg', 'https://loa.haiphong.gov.vn')).toBe('https://cdn.example.vn/a.jpg')
    expect(sitePath('http://localhost:3001/a.jpg', 'http://localhost:3000')).toBe('http://localhost:3001/a.jpg')
    expect(sitePath('/api/media/file/a.jpg', 'http://localhost:3000')).toBe('/api/media/file/a.jpg')
  })
})
