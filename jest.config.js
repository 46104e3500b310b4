/**
 * One Jest run, several projects:
 * - unit: pure logic, stores, the API client against the real mock server over HTTP (node)
 * - pages: page components in jsdom with @tarojs/components mapped to DOM elements
 * - platform-<target>: one adapter contract suite, run once per target; each project resolves
 *   `@/platform` to index.<target>.ts exactly as Taro does, with a fake wx / my / swan global installed
 * - native: the compiled dist/weapp|alipay|swan booted in a simulated host (needs `npm run build:all`)
 * - e2e: the production H5 build in real Chromium against the mock server (needs dist/h5 and chromium)
 */
const ts = ['ts-jest', { tsconfig: '<rootDir>/test/tsconfig.json' }]
const base = {
  rootDir: __dirname,
  transform: { '^.+\\.tsx?$': ts },
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/src/$1', '^cookie$': '<rootDir>/test/support/cookie-cjs.js' },
}
const targets = ['weapp', 'alipay', 'swan', 'h5']

module.exports = {
  // Every answer of every mock server in the suite is checked against the contract; any violation fails the run.
  globalSetup: '<rootDir>/test/support/global-setup.js',
  globalTeardown: '<rootDir>/test/support/global-teardown.js',
  projects: [
    { ...base, displayName: 'unit', testEnvironment: 'node', testMatch: ['<rootDir>/test/unit/**/*.test.ts'] },
    {
      ...base,
      displayName: 'pages',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/test/pages/**/*.test.tsx'],
      setupFiles: ['<rootDir>/test/pages/setup.ts'],
      moduleNameMapper: {
        '^@tarojs/components$': '<rootDir>/test/pages/taro-components.tsx',
        '^@tarojs/taro$': '<rootDir>/test/pages/taro-fake.ts',
        '^@/platform$': '<rootDir>/test/pages/fake-platform.ts',
        '\\.(scss|css)$': '<rootDir>/test/pages/style-stub.ts',
        ...base.moduleNameMapper,
      },
    },
    ...targets.map((target) => ({
      ...base,
      displayName: `platform-${target}`,
      testEnvironment: target === 'h5' ? 'jsdom' : 'node',
      testMatch: ['<rootDir>/test/platform/**/*.test.ts'],
      moduleFileExtensions: [`${target}.ts`, `${target}.tsx`, 'ts', 'tsx', 'js', 'json'],
      // The mini-programs' request goes through Taro.request (src/platform/mini/request.ts): a fake host doing real HTTP.
      moduleNameMapper: { '^@tarojs/taro$': '<rootDir>/test/unit/api/support/fake-taro.ts', ...base.moduleNameMapper },
      setupFiles: [`<rootDir>/test/platform/hosts/setup-${target}.ts`],
      globals: { TARGET: target },
    })),
    { ...base, displayName: 'native', testEnvironment: 'node', testMatch: ['<rootDir>/test/native/**/*.test.ts'] },
    { ...base, displayName: 'e2e', testEnvironment: 'node', testMatch: ['<rootDir>/test/e2e/**/*.test.ts'] },
  ],
}
