import type { z } from 'zod';

/** Each bad field by its path ('sources.0.url'), with its message; for API bodies and forms. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_';
    fields[key] ??= issue.message;
  }
  return fields;
}

/** One line naming every bad field, for logs and command-line tools. */
export function describeZodError(error: z.ZodError, prefix = ''): string {
  return Object.entries(fieldErrorsOf(error))
    .map(([path, message]) => `${prefix}${path}: ${message}`)
    .join('; ');
}
