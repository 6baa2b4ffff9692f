/** A setting in the environment is missing or wrong: `serve` stops with this message, before opening anything. */
export class ConfigurationError extends Error {
  override name = 'ConfigurationError'
}
