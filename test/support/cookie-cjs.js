/**
 * Fastify's inject() (light-my-request 6.8) requires `cookie` 2, which is ESM-only: Node 20 can require()
 * it, Jest 29's module loader cannot ("Unexpected token 'export'"). inject() uses only stringifySetCookie,
 * for its `cookies` option, which no test passes. jest.config.js maps `cookie` here for every project.
 */
module.exports = {
  stringifySetCookie: ({ name, value }) => `${name}=${encodeURIComponent(value)}`,
}
