/** An error whose message is the whole story: printed as one line, without a stack. */
export class StartupError extends Error {
  override name = 'StartupError';
}
