// The building blocks of the question vocabulary's schema (vocabulary-schema.ts, vocabulary-claims.ts):
// ids, and words or phrases per language.
import { z } from 'zod';

export const Id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower-case letters, digits and dashes');

export const Words = z.strictObject({
  en: z.array(z.string().trim().min(1)).default([]),
  de: z.array(z.string().trim().min(1)).default([]),
});

export const I18nNote = z.strictObject({ en: z.string().trim().min(1), de: z.string().trim().min(1) });
