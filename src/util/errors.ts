/** A problem with how vitals was called or where: a bad flag, not a repository, an unknown revision. Exit 2. */
export class UsageError extends Error {
  readonly exitCode = 2;
}

/** The data is invalid or a check failed, already reported. Exit 1. */
export class DataError extends Error {
  readonly exitCode = 1;
}
