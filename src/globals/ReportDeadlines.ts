import type { Field, GlobalConfig } from 'payload'

import { authenticated } from '../access/authenticated'
import { evaluatorOrAdmin } from '../access/evaluatorOrAdmin'
import { dayOfYearError, DEFAULT_DEADLINES, type DayOfYear } from '../domain/reports'
import { GROUPS, label } from '../lib/labels'

const dayOfYear = (name: keyof typeof DEFAULT_DEADLINES, vi: string, en: string, description: string): Field => {
  const defaults = DEFAULT_DEADLINES[name] as DayOfYear
  return {
    name,
    type: 'group',
    label: label(vi, en),
    admin: { description },
    validate: (value: unknown) => dayOfYearError(value as DayOfYear) ?? true,
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'day', type: 'number', required: true, min: 1, max: 31, defaultValue: defaults.day, label: label('Ngày', 'Day') },
          { name: 'month', type: 'number', required: true, min: 1, max: 12, defaultValue: defaults.month, label: label('Tháng', 'Month') },
        ],
      },
    ],
  }
}

/**
 * Reporting deadlines as data (Sở Nội vụ changes them when the City People's Committee does).
 * Defaults from the seeds: unit reports before 10 January, the city report before 20 January.
 */
export const ReportDeadlines: GlobalConfig = {
  slug: 'report-deadlines',
  label: label('Thời hạn báo cáo', 'Reporting deadlines'),
  admin: { group: GROUPS.evaluation },
  access: { read: authenticated, update: evaluatorOrAdmin },
  fields: [
    dayOfYear('unitYear', 'Báo cáo năm của đơn vị', 'Unit yearly report', 'Hạn trong tháng 1–6 là của năm sau (mặc định 10/01).'),
    dayOfYear('cityYear', 'Báo cáo năm tổng hợp của thành phố', 'City yearly report', 'Mặc định 20/01 năm sau.'),
    // The plans set only the yearly deadlines; the half-year ones are Loa's defaults, and say so.
    dayOfYear('unitHalfYear', 'Báo cáo 6 tháng của đơn vị', 'Unit half-year report', 'Mặc định 10/07 — ngày do Loa đặt, Kế hoạch chưa quy định: sửa theo văn bản của UBND thành phố.'),
    dayOfYear('cityHalfYear', 'Báo cáo 6 tháng tổng hợp của thành phố', 'City half-year report', 'Mặc định 20/07 — ngày do Loa đặt, Kế hoạch chưa quy định: sửa theo văn bản của UBND thành phố.'),
    {
      name: 'reminderDaysBefore',
      type: 'number',
      required: true,
      min: 1,
      max: 30,
      defaultValue: DEFAULT_DEADLINES.reminderDaysBefore,
      label: label('Nhắc trước hạn (ngày)', 'Remind this many days before'),
    },
  ],
}
