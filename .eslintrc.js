// Lint keeps the architecture honest:
// - wx / my / swan and process.env.TARO_ENV live only in src/platform (STYLE.md habit 1);
// - code flows one way: domain ← api ← stores ← components ← pages (bulletproof-react);
// - no console.log anywhere (a token or an ID number must never reach a log).
const platformGlobals = ['wx', 'my', 'swan'].map((name) => ({
  name,
  message: `${name}.* belongs in src/platform/ only: call the adapter (import { platform } from '@/platform').`,
}))
const taroEnv = {
  selector: "MemberExpression[object.object.name='process'][object.property.name='env'][property.name='TARO_ENV']",
  message: 'process.env.TARO_ENV belongs in src/platform/ (or config/) only.',
}
// Taro 4.2's H5 router writes the title with innerHTML: a server string there runs as HTML (docs/security.md).
const rawTitle = {
  selector: "CallExpression[callee.object.name='Taro'][callee.property.name='setNavigationBarTitle']",
  message: 'Call setPageTitle (src/hooks/host-actions.ts): it makes the title plain text before Taro sees it.',
}

module.exports = {
  root: true,
  parser: '@typescript-eslint/parser',
  parserOptions: { ecmaVersion: 2022, sourceType: 'module', ecmaFeatures: { jsx: true } },
  plugins: ['@typescript-eslint', 'react', 'react-hooks', 'import'],
  extends: ['eslint:recommended', 'plugin:@typescript-eslint/recommended', 'plugin:react/recommended', 'plugin:react-hooks/recommended'],
  settings: { react: { version: '18.3' } },
  env: { es2022: true, node: true, browser: true },
  rules: {
    'no-console': 'error',
    'no-restricted-globals': ['error', ...platformGlobals],
    'no-restricted-syntax': ['error', taroEnv, rawTitle],
    'react/react-in-jsx-scope': 'off',
    'react/prop-types': 'off',
    '@typescript-eslint/no-non-null-assertion': 'off',
    '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    'import/no-restricted-paths': [
      'error',
      {
        zones: [
          { target: './src/domain', from: './src', except: ['./domain', './api/contract'], message: 'src/domain is pure logic: no Taro, api, stores or pages.' },
          { target: './src/api', from: './src', except: ['./api', './domain'], message: 'src/api depends only on its contract and domain.' },
          { target: './src/stores', from: ['./src/pages', './src/packages', './src/components'], message: 'stores never import views.' },
          { target: './src/components', from: ['./src/pages', './src/packages'], message: 'components never import pages.' },
          { target: './src/platform', from: ['./src/pages', './src/packages', './src/components', './src/stores', './src/api'], message: 'the adapter layer stands alone.' },
          { target: './mock', from: './src', except: ['./api/contract', './domain'], message: 'the mock shares only the contract and domain with the client.' },
        ],
      },
    ],
  },
  overrides: [
    {
      // The client bundle must not carry TypeBox: from the schema files it may import types only; values
      // (paths, constants, icon names) come from the schema-free files.
      files: ['src/**/*.ts', 'src/**/*.tsx'],
      excludedFiles: ['src/api/contract/**'],
      rules: {
        '@typescript-eslint/no-restricted-imports': [
          'error',
          {
            patterns: [
              {
                // (the bare index `api/contract` is imported for types only today; gitignore patterns cannot restrict
                // it without restricting its children, so code review keeps it that way)
                group: ['**/api/contract/*', '!**/api/contract/paths', '!**/api/contract/constants', '!**/api/contract/icons', '@sinclair/typebox'],
                allowTypeImports: true,
                message: 'Schema modules pull TypeBox into the bundle: import types only, or values from contract/paths, constants or icons.',
              },
            ],
          },
        ],
      },
    },
    {
      files: ['src/hooks/host-actions.ts'],
      rules: { 'no-restricted-syntax': ['error', taroEnv] },
    },
    {
      files: ['src/platform/**/*.ts', 'src/platform/**/*.tsx'],
      rules: { 'no-restricted-globals': 'off', 'no-restricted-syntax': 'off' },
    },
    {
      files: ['test/**/*.ts', 'test/**/*.tsx'],
      env: { jest: true },
      rules: { 'no-restricted-globals': 'off', '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-var-requires': 'off', '@typescript-eslint/no-require-imports': 'off' },
    },
    {
      files: ['scripts/**/*.mjs', 'scripts/**/*.ts'],
      rules: { 'no-restricted-globals': 'off' },
    },
  ],
  ignorePatterns: ['dist/', 'node_modules/', '*.generated.*'],
}
