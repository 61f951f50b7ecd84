import type { CollectionBeforeChangeHook } from 'payload'

import { canMoveEvent, EVENT_STATUS_LABELS, eventErrors, type EventStatus } from '../../../src/domain/events'
import { fieldError, fieldErrors } from '../../../src/lib/fieldError'

/**
 * Every rule of src/domain/events.ts on the event as it will be stored (the update merged with
 * what is there), all reported at once in Vietnamese; nothing is written while any fails.
 */
export const validateEvent: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  const from = operation === 'create' ? null : ((originalDoc?.status ?? 'planned') as EventStatus)
  const to = (data.status ?? from ?? 'planned') as EventStatus
  if (!canMoveEvent(from, to)) {
    fieldError(
      req,
      'events',
      'status',
      from
        ? `Không thể chuyển sự kiện từ "${EVENT_STATUS_LABELS[from].vi}" sang "${EVENT_STATUS_LABELS[to].vi}".`
        : 'Sự kiện mới phải ở trạng thái "Đã lên lịch" hoặc "Đã tổ chức".',
    )
  }
  const errors = eventErrors({ ...data, status: to })
  if (errors.length) fieldErrors(req, 'events', errors)
  return data
}
