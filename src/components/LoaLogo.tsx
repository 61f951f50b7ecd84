/** The loudspeaker mark, drawn inline: no external assets, no fonts to fetch. */
function Mark({ size }: { size: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true">
      <rect width="32" height="32" rx="7" fill="#b3261e" />
      <path d="M7 13h4l8-5v16l-8-5H7z" fill="#fff" />
      <path
        d="M22 11.5a6 6 0 0 1 0 9M24.5 8.5a10 10 0 0 1 0 15"
        stroke="#fff"
        strokeWidth="2"
        fill="none"
        strokeLinecap="round"
      />
    </svg>
  )
}

/** The admin's nav icon. */
export function LoaIcon() {
  return <Mark size={18} />
}

/** The login page's logo: the mark and what Loa is, in Vietnamese. */
export function LoaLogo() {
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: '0.75rem' }}>
      <Mark size={48} />
      <div>
        <div style={{ fontSize: '1.75rem', fontWeight: 700, lineHeight: 1.1 }}>Loa</div>
        <div style={{ fontSize: '0.9rem', opacity: 0.75 }}>Tuyên truyền BHXH, BHYT Hải Phòng 2026–2030</div>
      </div>
    </div>
  )
}
