import type { SharpDependency } from 'payload'
import sharp from 'sharp'

import { MAX_IMAGE_PIXELS } from '../domain/uploads'

/**
 * The sharp Payload resizes uploads with, refusing to decode an image of more pixels than the
 * media library accepts (sharp's own default is 268 million). A second line behind the media
 * collection's rejectOversizedImages hook, for any path that reaches sharp without it.
 */
export const limitedSharp: SharpDependency = (input, options) => sharp(input, { ...options, limitInputPixels: MAX_IMAGE_PIXELS })
