/** Lexical rich-text JSON for plain paragraphs (used by the seed and by imports). */
export function paragraphs(lines: string[]) {
  return {
    root: {
      type: 'root',
      format: '' as const,
      indent: 0,
      version: 1,
      direction: 'ltr' as const,
      children: lines.map((text) => ({
        type: 'paragraph',
        format: '' as const,
        indent: 0,
        version: 1,
        direction: 'ltr' as const,
        textFormat: 0,
        textStyle: '',
        children: [{ type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 }],
      })),
    },
  }
}

type LexicalNode = { type?: string; text?: string; children?: LexicalNode[] }

/** The text of a Lexical document, one line per block: for search keys, emails and share previews. */
export function plainText(value: unknown): string {
  const root = (value as { root?: LexicalNode } | null | undefined)?.root
  if (!root) return ''
  const walk = (node: LexicalNode): string =>
    node.text ?? (node.type === 'linebreak' ? '\n' : (node.children ?? []).map(walk).join(''))
  return (root.children ?? []).map(walk).filter(Boolean).join('\n')
}
