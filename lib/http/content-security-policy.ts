/**
 * The pages' Content-Security-Policy. Scripts need the per-request nonce (Next.js stamps it on its own
 * scripts); 'strict-dynamic' lets those load the lazily imported chunks such as Monaco.
 * Styles allow 'unsafe-inline' because Monaco writes style attributes and <style> elements at run time
 * and cannot carry a nonce. Workers come from our origin or from blob: URLs (bundler worker bootstraps).
 */
export function contentSecurityPolicy(nonce: string, { development = false } = {}): string {
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    // React's development build uses eval to rebuild server error stacks; production never does.
    "script-src": ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(development ? ["'unsafe-eval'"] : [])],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'"],
    "worker-src": ["'self'", "blob:"],
    "connect-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(" ")}`)
    .join("; ");
}
