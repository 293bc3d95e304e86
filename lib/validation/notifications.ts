/** A notification's id as it arrives in a URL. */
import { z } from 'zod';

export const notificationIdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);
