// Seed 002: every requirement is scanned as JPG or PDF of at most 1 MB; this is the one place that says so.
export const DOCUMENT_MAX_BYTES = 1024 * 1024;

/** The limit as people read it ("1 MB"), for descriptions. */
export const DOCUMENT_MAX_SIZE = `${DOCUMENT_MAX_BYTES / 1024 / 1024} MB`;
