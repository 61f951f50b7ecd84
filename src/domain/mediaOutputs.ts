/** Mass and digital channels a media output goes through (plan IV.2). */
export const MEDIA_CHANNEL_LABELS = {
  print: { vi: 'Báo in', en: 'Print' },
  online_news: { vi: 'Báo điện tử', en: 'Online news' },
  tv: { vi: 'Truyền hình', en: 'TV' },
  radio: { vi: 'Phát thanh', en: 'Radio' },
  loudspeaker: { vi: 'Loa truyền thanh cơ sở', en: 'Grassroots loudspeaker' },
  portal: { vi: 'Cổng, trang thông tin điện tử', en: 'Portal' },
  facebook: { vi: 'Facebook', en: 'Facebook' },
  zalo: { vi: 'Zalo', en: 'Zalo' },
  tiktok: { vi: 'TikTok', en: 'TikTok' },
  youtube: { vi: 'YouTube', en: 'YouTube' },
  sms: { vi: 'Tin nhắn SMS', en: 'SMS' },
} as const
