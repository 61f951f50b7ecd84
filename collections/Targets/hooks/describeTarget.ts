import type { CollectionBeforeChangeHook } from 'payload'

import { formatTarget, INDICATORS, isIndicatorKey } from '../../../src/domain/indicators'

/** A readable title for lists and relationship pickers, e.g. "Tỷ lệ bao phủ BHYT … 2026: ≥ 95,5%". */
export const describeTarget: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const indicator = data.indicator ?? originalDoc?.indicator
  if (!isIndicatorKey(indicator)) return data
  const minimum = data.minimum ?? originalDoc?.minimum
  const maximum = data.maximum === undefined ? originalDoc?.maximum : data.maximum
  const year = data.year ?? originalDoc?.year
  data.title = `${INDICATORS[indicator].label.vi} – ${year}: ${formatTarget(indicator, minimum, maximum)}`
  return data
}
